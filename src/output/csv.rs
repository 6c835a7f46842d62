//! `ip due --format csv`: the due report as a spreadsheet file.
//!
//! What spreadsheet users need, and why each choice:
//! - UTF-8 with a byte order mark first: without it Excel (and LibreOffice, when it
//!   guesses) reads the file in the machine's old code page and "Ørsta" becomes "Ã˜rsta".
//!   Python reads it with `encoding="utf-8-sig"`.
//! - RFC 4180: commas as separators, CRLF line ends, a field quoted when it holds a comma,
//!   a quote or a line break, quotes doubled inside — by the `csv` crate, never by hand.
//! - Human headers in English, as the table of `ip due`; one row per plan, the columns of
//!   the table plus the git facts spelled out, dates as YYYY-MM-DD and days as plain
//!   numbers (negative: overdue), so they sort and compute.
//! - A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a `'`
//!   in front: a spreadsheet would otherwise run it as a formula (CSV injection).

use crate::due::DueReport;

/// The header row.
pub const DUE_HEADERS: [&str; 11] = [
    "State",
    "Plan ID",
    "Path",
    "Person",
    "Coordinator",
    "Next revision",
    "Days",
    "Last commit",
    "Last commit date",
    "Last commit author",
    "Uncommitted",
];

/// Writes the report as CSV: a byte order mark, the header row, one row per plan.
pub fn due(out: &mut dyn std::io::Write, report: &DueReport) -> std::io::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(DUE_HEADERS)?;
    for plan in report.plans() {
        let commit = plan.last_commit;
        let row = [
            plan.state.label().to_owned(),
            text_cell(plan.id),
            text_cell(Some(plan.path)),
            text_cell(plan.person),
            text_cell(plan.coordinator),
            plan.next_revision
                .map(|d| d.to_string())
                .unwrap_or_default(),
            plan.days.map(|d| d.to_string()).unwrap_or_default(),
            commit.map(|c| c.id.clone()).unwrap_or_default(),
            commit.map(|c| c.date.to_string()).unwrap_or_default(),
            text_cell(commit.map(|c| c.author.as_str())),
            if plan.uncommitted { "yes" } else { "no" }.to_owned(),
        ];
        writer.write_record(&row)?;
    }
    writer.flush()
}

/// Text from a plan or from git, made safe from formula injection.
fn text_cell(text: Option<&str>) -> String {
    let text = text.unwrap_or("");
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_stay_text() {
        assert_eq!(text_cell(Some("=HYPERLINK(\"x\")")), "'=HYPERLINK(\"x\")");
        assert_eq!(text_cell(Some("-1+2")), "'-1+2");
        assert_eq!(text_cell(Some("Kari Nordmann")), "Kari Nordmann");
        assert_eq!(text_cell(None), "");
    }

    #[test]
    fn an_empty_report_is_the_bom_and_the_headers() {
        let report = DueReport::empty(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), 30);
        let mut out = Vec::new();
        due(&mut out, &report).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\u{feff}State,Plan ID,Path,Person,Coordinator,Next revision,Days,Last commit,Last commit date,Last commit author,Uncommitted\r\n"
        );
    }
}
