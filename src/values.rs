//! Values a plan author types and the tool reads, with no knowledge of plans: ISO dates
//! (strict), the dates people type instead, durations ("6 months") and the nearest word to
//! a misspelt one. A leaf: config, the field table, the checks and the commands all use it.

use chrono::NaiveDate;

/// Parses `YYYY-MM-DD` strictly (four-digit year, two-digit month and day).
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    // The shape is checked: read the digits directly (chrono's `parse_from_str` reads its
    // format string anew for every date, 1 % of `ip validate`).
    let number = |range: std::ops::Range<usize>| {
        b[range]
            .iter()
            .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'))
    };
    let year = i32::try_from(number(0..4)).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7), number(8..10))
}

/// Recognises the dates people type instead of ISO (15.01.2026, 15/1/2026, 15-01-2026)
/// and returns the ISO form for the help line.
pub fn iso_suggestion(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.trim().split(['.', '/', '-']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let (d, m, y) = (parts[0], parts[1], parts[2]);
    if y.len() != 4 || d.len() > 2 || m.len() > 2 {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
    Some(date.format("%Y-%m-%d").to_string())
}

/// A revision interval or a window: "6 months", "30 days", "2 weeks", "1 year".
/// Serialized as it is written in a plan ("6 months"), so `ip history` and `ip diff` show
/// "interval 6 months → 3 months".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duration {
    Days(u32),
    Weeks(u32),
    Months(u32),
    Years(u32),
}

impl Duration {
    pub fn parse(s: &str) -> Option<Duration> {
        let mut words = s.split_whitespace();
        let n: u32 = words.next()?.parse().ok()?;
        let unit = words.next()?;
        if words.next().is_some() {
            return None;
        }
        match unit {
            "day" | "days" => Some(Duration::Days(n)),
            "week" | "weeks" => Some(Duration::Weeks(n)),
            "month" | "months" => Some(Duration::Months(n)),
            "year" | "years" => Some(Duration::Years(n)),
            _ => None,
        }
    }

    /// The date this long after `from`; month arithmetic clamps to the month's last day.
    pub fn after(self, from: NaiveDate) -> Option<NaiveDate> {
        match self {
            Duration::Days(n) => from.checked_add_days(chrono::Days::new(n.into())),
            Duration::Weeks(n) => from.checked_add_days(chrono::Days::new(u64::from(n) * 7)),
            Duration::Months(n) => from.checked_add_months(chrono::Months::new(n)),
            Duration::Years(n) => from.checked_add_months(chrono::Months::new(n.checked_mul(12)?)),
        }
    }

    /// Length in days counted from `from` (for `ip due --within`).
    pub fn days_from(self, from: NaiveDate) -> i64 {
        self.after(from)
            .map_or(i64::MAX / 4, |to| (to - from).num_days())
    }
}

impl std::fmt::Display for Duration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (n, unit) = match *self {
            Duration::Days(n) => (n, "day"),
            Duration::Weeks(n) => (n, "week"),
            Duration::Months(n) => (n, "month"),
            Duration::Years(n) => (n, "year"),
        };
        write!(f, "{n} {unit}{}", if n == 1 { "" } else { "s" })
    }
}

impl serde::Serialize for Duration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The nearest candidate to a misspelt word, if it is close enough to be a likely typo.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word_lower = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&word_lower, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// Whether two names are the same name as people mean it: letter case and runs of spaces
/// do not count ("håkon  VIK" is "Håkon Vik"; æ, ø and å fold like any letter).
pub fn same_name(a: &str, b: &str) -> bool {
    let fold = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    fold(a) == fold(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_are_strict() {
        assert_eq!(
            parse_iso_date("2026-01-15"),
            NaiveDate::from_ymd_opt(2026, 1, 15)
        );
        assert_eq!(
            parse_iso_date("2028-02-29"),
            NaiveDate::from_ymd_opt(2028, 2, 29)
        );
        assert!(parse_iso_date("2027-02-29").is_none());
        assert!(parse_iso_date("2026-13-01").is_none());
        assert!(parse_iso_date("2026-00-10").is_none());
        assert!(parse_iso_date("2026-1-15").is_none());
        assert!(parse_iso_date("2026-02-30").is_none());
        assert!(parse_iso_date("+2026-01-15").is_none());
    }

    #[test]
    fn norwegian_dates_get_their_iso_form() {
        assert_eq!(iso_suggestion("15.01.2026").as_deref(), Some("2026-01-15"));
        assert_eq!(iso_suggestion("5.1.2026").as_deref(), Some("2026-01-05"));
        assert_eq!(iso_suggestion("31.02.2026"), None);
        assert_eq!(iso_suggestion("2026-01-15"), None);
    }

    #[test]
    fn durations_read_like_speech() {
        assert_eq!(Duration::parse("6 months"), Some(Duration::Months(6)));
        assert_eq!(Duration::parse("1 year"), Some(Duration::Years(1)));
        assert_eq!(Duration::parse("six months"), None);
        let d = NaiveDate::from_ymd_opt(2026, 8, 31).unwrap();
        assert_eq!(
            Duration::Months(6).after(d),
            NaiveDate::from_ymd_opt(2027, 2, 28)
        );
        assert_eq!(Duration::Weeks(2).days_from(d), 14);
    }

    #[test]
    fn names_match_whatever_the_case_and_spacing() {
        assert!(same_name("Håkon Vik", "HÅKON  vik"));
        assert!(same_name(" Ola Hansen ", "ola hansen"));
        assert!(!same_name("Ola Hansen", "Ola Hanssen"));
        assert!(!same_name("Ola", "Ola Hansen"));
    }

    #[test]
    fn misspelt_words_find_their_neighbour() {
        let keys = ["coordinator", "measures", "consent"];
        assert_eq!(nearest("coordinater", keys), Some("coordinator"));
        assert_eq!(nearest("mesures", keys), Some("measures"));
        assert_eq!(nearest("zzz", keys), None);
    }
}
