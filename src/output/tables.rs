//! Tables and lists for people: the `due` table, a plan's history and a plan-level diff.
//! Without a terminal the width is fixed, so output is the same in every log. Every text
//! taken from a plan or from git (ids, paths, names, authors, commit messages, changes) is
//! shown through [`terminal::visible`], so it cannot command the terminal; the colours are
//! added by the table around the text, after. Headers and words are the person's language
//! (`messages.rs`); dates stay ISO, as they sort and as the plans write them.

use chrono::NaiveDate;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, ContentArrangement, Table};

use crate::changes::{Diff, Entry};
use crate::due::{DuePlan, DueReport, State};
use crate::i18n;
use crate::messages::{self, msg};
use crate::values::Duration;

use crate::terminal::visible;

/// The `ip due` table with its closing line.
pub fn due(report: &DueReport, within: Duration, color: bool) -> String {
    table(
        &report.plans,
        report.as_of,
        within,
        report.needing,
        report.total,
        color,
    )
}

pub fn days_text(days: i64) -> String {
    match days {
        0 => msg("due-today", &[]),
        1 => msg("due-tomorrow", &[]),
        d if d < 0 => msg("due-overdue-days", &[("days", (-d).into())]),
        d => msg("due-in-days", &[("days", d.into())]),
    }
}

/// A state as the table shows it.
fn state_text(state: State) -> String {
    msg(
        match state {
            State::Overdue => "due-state-overdue",
            State::PeriodEnded => "due-state-period-ended",
            State::Invalid => "due-state-invalid",
            State::DueSoon => "due-state-due-soon",
            State::ConsentExpired => "due-state-consent-expired",
            State::ConsentExpiring => "due-state-consent-expiring",
            State::Ok => "due-state-ok",
            State::Closed => "due-state-closed",
        },
        &[],
    )
}

/// "30 days", "30 dager", "30 dagar".
fn within_text(within: Duration) -> String {
    i18n::duration(messages::current(), within)
}

fn commit_text(p: &DuePlan) -> String {
    let mut text = match &p.last_commit {
        Some(c) if c.cut_short => msg(
            "due-on-or-before",
            &[
                ("commit", visible(&c.id).into()),
                ("date", c.date.to_string().into()),
                ("author", visible(&c.author).into()),
            ],
        ),
        Some(c) => format!("{} {} {}", visible(&c.id), c.date, visible(&c.author)),
        None if p.in_git || p.path == "<stdin>" => msg("due-never-committed", &[]),
        None => msg("due-not-in-git", &[]),
    };
    if p.uncommitted && p.last_commit.is_some() {
        text.push('\n');
        text.push_str(&msg("due-uncommitted", &[]));
    }
    text
}

fn table(
    plans: &[DuePlan],
    as_of: NaiveDate,
    within: Duration,
    needing: usize,
    total: usize,
    color: bool,
) -> String {
    let mut out = String::new();
    if plans.is_empty() {
        out.push_str(&msg(
            "due-none",
            &[
                ("date", as_of.to_string().into()),
                ("within", within_text(within).into()),
                ("total", total.into()),
            ],
        ));
        out.push('\n');
        return out;
    }
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(
            [
                "due-header-state",
                "due-header-plan",
                "due-header-person",
                "due-header-coordinator",
                "due-header-next",
                "due-header-days",
                "due-header-commit",
            ]
            .map(|id| msg(id, &[])),
        );
    if color {
        table.enforce_styling();
    } else {
        // Not a terminal: a fixed width, so output is the same in every log.
        table.force_no_tty().set_width(140);
    }
    for p in plans {
        let state_cell = Cell::new(state_text(p.state));
        let state_cell = if color {
            match p.state {
                State::Overdue | State::PeriodEnded | State::ConsentExpired | State::Invalid => {
                    state_cell.fg(comfy_table::Color::Red)
                }
                State::DueSoon | State::ConsentExpiring => {
                    state_cell.fg(comfy_table::Color::Yellow)
                }
                _ => state_cell.fg(comfy_table::Color::Green),
            }
        } else {
            state_cell
        };
        let plan = match &p.id {
            Some(id) => format!("{}\n{}", visible(id), visible(&p.path)),
            None => visible(&p.path).into_owned(),
        };
        let days = match (p.state, p.days, p.period_end) {
            (State::Invalid, ..) => msg("due-run-validate", &[]),
            (State::ConsentExpired | State::ConsentExpiring, ..) => msg(
                if p.state == State::ConsentExpired {
                    "due-consent-ended-on"
                } else {
                    "due-consent-ends-on"
                },
                &[(
                    "date",
                    p.consent_until
                        .map(|d| d.to_string())
                        .unwrap_or_default()
                        .into(),
                )],
            ),
            (State::PeriodEnded, _, Some(end)) => {
                msg("due-period-ended-on", &[("date", end.to_string().into())])
            }
            (_, Some(d), _) => days_text(d),
            _ => String::new(),
        };
        table.add_row(vec![
            state_cell,
            Cell::new(plan),
            Cell::new(visible(p.person.as_deref().unwrap_or(""))),
            Cell::new(visible(p.coordinator.as_deref().unwrap_or(""))),
            Cell::new(p.next_revision.map(|d| d.to_string()).unwrap_or_default()),
            Cell::new(days),
            Cell::new(commit_text(p)),
        ]);
    }
    out.push_str(&table.to_string());
    out.push('\n');
    out.push_str(&msg(
        "due-closing",
        &[
            ("needing", needing.into()),
            ("total", total.into()),
            ("date", as_of.to_string().into()),
            ("within", within_text(within).into()),
        ],
    ));
    out.push('\n');
    out
}

/// A plan's history, newest first.
pub fn history(plan: &str, entries: &[Entry]) -> String {
    let plan = visible(plan);
    if entries.is_empty() {
        return format!("{}\n", msg("history-none", &[("plan", plan.into())]));
    }
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(120)
        .force_no_tty()
        .set_header(
            [
                "history-header-date",
                "history-header-author",
                "history-header-commit",
                "history-header-message",
                "history-header-changes",
            ]
            .map(|id| msg(id, &[])),
        );
    for e in entries {
        let date = if e.commit.cut_short {
            format!("{}\n{}", msg("history-on-or-before", &[]), e.commit.date)
        } else {
            e.commit.date.to_string()
        };
        let what: Vec<String> = e
            .changes
            .iter()
            .map(|c| format!("• {}", visible(&c.to_string())))
            .collect();
        table.add_row(vec![
            date,
            visible(&e.commit.author).into_owned(),
            visible(&e.commit.id).into_owned(),
            visible(&e.message).into_owned(),
            what.join("\n"),
        ]);
    }
    format!("{table}\n")
}

/// A plan-level diff as a list.
pub fn diff(plan: &str, diff: &Diff) -> String {
    let to_label = match &diff.to {
        Some(c) => format!("{} ({})", visible(&c.id), c.date),
        None => msg("diff-working-file", &[]),
    };
    let mut out = msg(
        "diff-range",
        &[
            ("plan", visible(plan).into()),
            ("from", visible(&diff.from.id).into()),
            ("date", diff.from.date.to_string().into()),
            ("to", to_label.into()),
        ],
    );
    out.push('\n');
    if diff.changes.is_empty() && diff.identical {
        out.push_str(&msg("diff-no-change", &[]));
        out.push('\n');
    } else if diff.changes.is_empty() {
        out.push_str(&msg("diff-layout-only", &[]));
        out.push('\n');
    }
    for change in &diff.changes {
        out.push_str(&format!("• {}\n", visible(&change.what)));
        for detail in &change.details {
            out.push_str(&format!("    {}\n", visible(detail)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_read_like_speech() {
        assert_eq!(days_text(-45), "45 days overdue");
        assert_eq!(days_text(-1), "1 day overdue");
        assert_eq!(days_text(0), "today");
        assert_eq!(days_text(19), "in 19 days");
    }
}
