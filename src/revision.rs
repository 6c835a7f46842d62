//! Recording a revision (`ip revise`) by setting `revision.last` (default today) and
//! `revision.next` (given, or last + interval), and changes nothing else in the file.
//!
//! The edit is made on the text, at the byte spans the parser gives for those two values,
//! so comments, key order, quoting, blank lines and line endings stay byte for byte. A
//! missing `last` key is inserted after the last entry of `revision` with its siblings'
//! indentation (or before the `}` of a flow mapping). The result is parsed again and must
//! equal the old plan with only those two dates changed, else nothing is written. The
//! write is atomic.

use chrono::NaiveDate;

use crate::changes::{self, Change};
use crate::check::{check_bytes, Checked};
use crate::edits::{apply, line_start, Edit};
use crate::error::{Error, Result};
use crate::git::Repo;
use crate::messages::msg;
use crate::plan::Plan;
use crate::values::Duration;
use crate::yaml::{self, Kind, Node};

/// What `git commit` of the plan would commit besides the revision: its uncommitted
/// changes against HEAD, in plan terms (empty when the file is as committed).
pub fn uncommitted_changes(repo: &Repo, rel: &str, current: &[u8]) -> Result<Vec<Change>> {
    Ok(match repo.committed_version(rel)? {
        None => vec![Change::new("the plan has never been committed")],
        Some(old) if old == current => Vec::new(),
        Some(old) => {
            let found = changes::describe(Some(&old), Some(current));
            if found.is_empty() {
                vec![Change::new("layout or comments changed")]
            } else {
                found
            }
        }
    })
}

/// A revision ready to be written: the file's new bytes and the two dates.
/// The dates of a revision: when it was held (`last`), the next one if given, and today.
#[derive(Debug, Clone, Copy)]
pub struct Dates {
    pub last: NaiveDate,
    pub next: Option<NaiveDate>,
    pub today: NaiveDate,
}

pub struct Revised {
    pub bytes: Vec<u8>,
    pub last: NaiveDate,
    pub next: NaiveDate,
}

/// Revises a valid plan (`checked`, from `bytes` of the file `file`): `last` is the
/// revision date, `next` the given next date, else `last` plus the plan's
/// `revision.interval`, else `default_interval` (ip.toml).
///
/// Refused, with nothing written: a revision date after `today` (a revision is recorded
/// once it has been held), and a `next` given after the plan period ends (IP032 would
/// then fail the plan; the period is extended first, deliberately). A next date computed
/// from the interval is at the latest the period's last day: the plan is revised when
/// its period ends anyway.
pub fn revise(
    file: &str,
    bytes: &[u8],
    checked: &Checked,
    dates: Dates,
    default_interval: Option<Duration>,
) -> Result<Revised> {
    let Dates { last, next, today } = dates;
    let plan = checked
        .plan
        .as_ref()
        .filter(|_| checked.errors() == 0)
        .ok_or_else(|| Error::plan(file, msg("revise-invalid", &[]), None))?;
    if last > today {
        return Err(Error::plan(
            file,
            msg(
                "revise-on-future",
                &[
                    ("on", last.to_string().into()),
                    ("today", today.to_string().into()),
                ],
            ),
            Some(msg("revise-on-future-help", &[])),
        ));
    }
    let interval = plan
        .revision
        .as_ref()
        .and_then(|r| r.interval)
        .or(default_interval);
    let period_end = plan
        .period
        .as_ref()
        .and_then(|p| p.end.as_ref())
        .map(|e| e.value);
    let next = match (next, interval) {
        (Some(next), _) => next,
        (None, Some(interval)) => interval
            .after(last)
            .map(|n| period_end.map_or(n, |end| n.min(end.max(last.succ_opt().unwrap_or(last)))))
            .ok_or_else(|| {
                Error::plan(
                    file,
                    msg(
                        "revise-beyond-calendar",
                        &[
                            ("last", last.to_string().into()),
                            ("interval", interval.to_string().into()),
                        ],
                    ),
                    None,
                )
            })?,
        (None, None) => {
            return Err(Error::plan(
                file,
                msg("revise-no-interval", &[]),
                Some(msg("revise-no-interval-help", &[])),
            ))
        }
    };
    if next <= last {
        return Err(Error::plan(
            file,
            msg(
                "revise-next-not-after",
                &[
                    ("next", next.to_string().into()),
                    ("last", last.to_string().into()),
                ],
            ),
            None,
        ));
    }
    if let Some(end) = period_end.filter(|end| next > *end) {
        return Err(Error::plan(
            file,
            msg(
                "revise-next-after-period",
                &[
                    ("next", next.to_string().into()),
                    ("end", end.to_string().into()),
                ],
            ),
            Some(msg(
                "revise-next-after-period-help",
                &[("end", end.to_string().into())],
            )),
        ));
    }
    let unsafe_edit = |why: String| {
        Error::plan(
            file,
            format!("cannot edit the plan safely: {why}; nothing was written"),
            None,
        )
    };
    let text = &checked.text;
    let root = yaml::parse(text)
        .root
        .ok_or_else(|| unsafe_edit("it does not parse".into()))?;
    let revised = set_revision(text, &root, last, next).map_err(unsafe_edit)?;
    verify(plan, &revised, last, next).map_err(unsafe_edit)?;
    // Keep a BOM the file had.
    let mut out = Vec::with_capacity(revised.len() + 3);
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        out.extend_from_slice(b"\xEF\xBB\xBF");
    }
    out.extend_from_slice(revised.as_bytes());
    Ok(Revised {
        bytes: out,
        last,
        next,
    })
}

/// The text with `revision.last` and `revision.next` set, or why it cannot be done safely.
pub fn set_revision(
    text: &str,
    root: &Node,
    last: NaiveDate,
    next: NaiveDate,
) -> Result<String, String> {
    let revision = root
        .get("revision")
        .ok_or("the plan has no `revision` section")?;
    let Kind::Map(entries) = &revision.kind else {
        return Err("`revision` is not a mapping".into());
    };
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut edits = Vec::new();
    let mut missing = Vec::new();
    for (key, date) in [("last", last), ("next", next)] {
        let date = date.format("%Y-%m-%d").to_string();
        let Some((k, v)) = entries.iter().find(|(k, _)| k.as_str() == Some(key)) else {
            missing.push(format!("{key}: {date}"));
            continue;
        };
        edits.push(replace_value(text, k, v, &date)?);
    }
    if !missing.is_empty() {
        let flow = text.as_bytes().get(revision.pos.offset) == Some(&b'{');
        let (last_key, last_value) = entries.last().ok_or("`revision` is empty")?;
        if matches!(last_value.kind, Kind::Seq(_) | Kind::Map(_)) {
            // Its end is not known from the spans: the insert could land inside it.
            return Err(format!(
                "`revision.{}` is a list or mapping, after which `last` cannot be added",
                last_key.key_text()
            ));
        }
        // A block scalar's span takes in the blank lines after its text: insert after the
        // line of its last character, not after the line that follows the blank ones.
        let start = last_value.pos.offset;
        let end = start
            + text
                .get(start..start + last_value.pos.len)
                .map_or(last_value.pos.len, |s| s.trim_end().len());
        if flow {
            // Right after the last entry's value: `{ next: X }` → `{ next: X, last: Y }`.
            let insert: String = missing.iter().map(|m| format!(", {m}")).collect();
            edits.push(Edit {
                at: end,
                remove: 0,
                insert,
            });
        } else {
            // The indentation of the last key's line: its column would count a tag or an
            // anchor before it (`!!str next:`), and a deeper `last:` after a block scalar
            // would become part of its text.
            let line_start = line_start(text, last_key.pos.offset);
            let spaces =
                text[line_start..].len() - text[line_start..].trim_start_matches(' ').len();
            let indent = " ".repeat(spaces);
            let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i + 1);
            let mut insert = String::new();
            if line_end == text.len() && !text.ends_with('\n') {
                insert.push_str(newline);
            }
            for m in &missing {
                insert.push_str(&format!("{indent}{m}{newline}"));
            }
            edits.push(Edit {
                at: line_end,
                remove: 0,
                insert,
            });
        }
    }
    apply(text, edits).ok_or_else(|| "two edits of the plan would overlap".to_owned())
}

fn replace_value(text: &str, key: &Node, value: &Node, date: &str) -> Result<Edit, String> {
    let key_end = key.pos.offset + key.pos.len;
    match &value.kind {
        Kind::Null
            if value.pos.len == 0 || !text[value.pos.offset..].starts_with(['n', 'N', '~']) =>
        {
            // `last:` with nothing after it: insert after the colon.
            let colon = text[key_end..]
                .find(':')
                .ok_or("cannot find the `:` after the key")?
                + key_end;
            Ok(Edit {
                at: colon + 1,
                remove: 0,
                insert: format!(" {date}"),
            })
        }
        Kind::Null | Kind::Str(_) => {
            let span = &text[value.pos.offset..value.pos.offset + value.pos.len];
            if span.contains('\n') {
                return Err(format!("`revision.{}` spans several lines", key.key_text()));
            }
            let quote = span.chars().next().filter(|c| *c == '"' || *c == '\'');
            let insert = match quote {
                Some(q) => format!("{q}{date}{q}"),
                None => date.to_owned(),
            };
            Ok(Edit {
                at: value.pos.offset,
                remove: value.pos.len,
                insert,
            })
        }
        _ => Err(format!("`revision.{}` is not a date", key.key_text())),
    }
}

/// The revised text must parse to the same plan but for the two dates.
fn verify(before: &Plan, revised: &str, last: NaiveDate, next: NaiveDate) -> Result<(), String> {
    let after = check_bytes(revised.as_bytes());
    let Some(after_plan) = after.plan.as_ref().filter(|_| after.errors() == 0) else {
        return Err("the edited file would not be valid".into());
    };
    let revision = after_plan.revision.as_ref().ok_or("revision vanished")?;
    if revision.last.as_ref().map(|d| d.value) != Some(last)
        || revision.next.as_ref().map(|d| d.value) != Some(next)
    {
        return Err("the dates did not land where expected".into());
    }
    let strip = |p: &Plan| {
        let mut v = serde_json::to_value(p).unwrap_or_default();
        v["revision"]["last"] = serde_json::Value::Null;
        v["revision"]["next"] = serde_json::Value::Null;
        v
    };
    if strip(before) != strip(after_plan) {
        return Err("the edit would change more than the revision dates".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn revise(text: &str) -> String {
        let root = yaml::parse(text).root.unwrap();
        let d = |s| crate::values::parse_iso_date(s).unwrap();
        set_revision(text, &root, d("2026-07-15"), d("2027-01-15")).unwrap()
    }

    #[test]
    fn only_the_two_values_change() {
        let text = "a: 1 # keep\nrevision:\n  next: '2026-07-15'   # quoted, with a comment\n\n  last: 2026-01-15\nz: 2\n";
        assert_eq!(
            revise(text),
            "a: 1 # keep\nrevision:\n  next: '2027-01-15'   # quoted, with a comment\n\n  last: 2026-07-15\nz: 2\n"
        );
    }

    #[test]
    fn a_missing_last_is_inserted_with_the_siblings_indent() {
        let text =
            "revision:\r\n    next: 2026-07-15 # c\r\n    interval: 6 months\r\nmeetings: []\r\n";
        assert_eq!(
            revise(text),
            "revision:\r\n    next: 2027-01-15 # c\r\n    interval: 6 months\r\n    last: 2026-07-15\r\nmeetings: []\r\n"
        );
    }

    #[test]
    fn empty_and_null_values_are_filled_in() {
        assert_eq!(
            revise("revision:\n  next: 2026-07-15\n  last:\n"),
            "revision:\n  next: 2027-01-15\n  last: 2026-07-15\n"
        );
        assert_eq!(
            revise("revision:\n  next: 2026-07-15\n  last: null\n"),
            "revision:\n  next: 2027-01-15\n  last: 2026-07-15\n"
        );
    }

    #[test]
    fn flow_mappings_and_files_without_a_final_newline() {
        assert_eq!(
            revise("revision: { next: 2026-07-15 }\n"),
            "revision: { next: 2027-01-15, last: 2026-07-15 }\n"
        );
        assert_eq!(
            revise("revision:\n  next: 2026-07-15"),
            "revision:\n  next: 2027-01-15\n  last: 2026-07-15\n"
        );
    }

    /// `last` goes after the last entry's text, and never into a list or mapping.
    #[test]
    fn last_is_inserted_after_a_block_scalar_and_never_into_a_collection() {
        assert_eq!(
            revise("revision:\n  next: 2026-07-15\n  interval: |\n    6 months\n\nz: 1\n"),
            "revision:\n  next: 2027-01-15\n  interval: |\n    6 months\n  last: 2026-07-15\n\nz: 1\n"
        );
        assert_eq!(
            revise("revision:\n  next: 2026-07-15\n  !!str x: |+\n    a\n\nz: 1\n"),
            "revision:\n  next: 2027-01-15\n  !!str x: |+\n    a\n  last: 2026-07-15\n\nz: 1\n"
        );
        for text in [
            "revision:\n  next: 2026-07-15\n  x:\n    a: 1\n    b: 2\nz: 1\n",
            "revision:\n  next: 2026-07-15\n  x:\n  - 1\n  - 2\nz: 1\n",
            "revision: {next: 2026-07-15, x: {a: 1}}\n",
            "revision: {next: 2026-07-15, x: [1, 2]}\n",
        ] {
            let root = yaml::parse(text).root.unwrap();
            let d = |s| crate::values::parse_iso_date(s).unwrap();
            let result = set_revision(text, &root, d("2026-07-15"), d("2027-01-15"));
            assert!(result.is_err(), "{text:?} became {result:?}");
        }
    }

    /// Found by fuzzing: both edits at the end of the text, `last` went in before `next`'s
    /// date (`next:\n  last: D\n D`), which does not parse.
    #[test]
    fn an_empty_next_at_the_very_end_gets_its_date_before_last() {
        assert_eq!(
            revise("revision:\n  next:"),
            "revision:\n  next: 2027-01-15\n  last: 2026-07-15\n"
        );
    }

    /// After the period has ended no next date lies inside it: refused, with the way out.
    #[test]
    fn after_the_period_there_is_nothing_to_revise_to() {
        let text = include_str!("../tests/fixtures/valid/complete.yaml");
        let checked = crate::check::check_bytes(text.as_bytes());
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let dates = Dates {
            last: day("2027-01-20"),
            next: None,
            today: day("2027-02-01"),
        };
        let err = super::revise("p.yaml", text.as_bytes(), &checked, dates, None)
            .err()
            .expect("refused");
        let shown = format!("{err:?}");
        assert!(shown.contains("2027-01-15") && shown.contains("period.end"), "{shown}");
        // The day before it ends, the period's last day is the next revision.
        let dates = Dates {
            last: day("2027-01-14"),
            ..dates
        };
        let revised = super::revise("p.yaml", text.as_bytes(), &checked, dates, None).unwrap();
        assert_eq!(revised.next, day("2027-01-15"));
    }
}
