//! Tables and lists for people: the `due` table, a plan's history and a plan-level diff.
//! Without a terminal the width is fixed, so output is the same in every log. Every text
//! taken from a plan or from git (ids, paths, names, authors, commit messages, changes) is
//! shown through [`terminal::visible`], so it cannot command the terminal; the colours are
//! added by the table around the text, after. Headers and words are the person's language
//! (`messages.rs`); dates stay ISO, as they sort and as the plans write them.

use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, ContentArrangement, Table};

use crate::changes::{Diff, Entry};
use crate::due::{DuePlan, DueReport, State};
use crate::i18n;
use crate::messages::{self, msg};
use crate::values::Duration;

use crate::terminal::visible;

/// Plans per piece of the `ip due` table (see [`due`]).
const PIECE: usize = 256;

/// Writes the `ip due` table with its closing line.
///
/// Streamed, so 100,000 plans never sit in memory as cells: the column widths are decided
/// first from every cell's widest line, then the table is drawn in pieces of [`PIECE`]
/// plans with those widths fixed, and the pieces join into one table. The width rule
/// (comfy-table's own dynamic layout needs every cell at once): each column is as wide as
/// its widest line; when the table would be wider than the terminal (140 columns when
/// not a terminal), a column narrower than an equal share of what is left keeps its width
/// and the others share the rest, their text wrapped.
pub fn due(
    out: &mut dyn std::io::Write,
    report: &DueReport,
    within: Duration,
    color: bool,
) -> std::io::Result<()> {
    if report.is_empty() {
        return writeln!(
            out,
            "{}",
            msg(
                "due-none",
                &[
                    ("date", report.as_of.to_string().into()),
                    ("within", within_text(within).into()),
                    ("total", report.total.into()),
                ],
            )
        );
    }
    let header = [
        "due-header-state",
        "due-header-plan",
        "due-header-person",
        "due-header-coordinator",
        "due-header-next",
        "due-header-days",
        "due-header-commit",
    ]
    .map(|id| msg(id, &[]));
    let mut natural = header.each_ref().map(|h| text_width(h));
    for plan in report.plans() {
        for (width, text) in natural.iter_mut().zip(due_cells(&plan)) {
            *width = (*width).max(text_width(&text));
        }
    }
    let width = if color {
        Table::new().width()
    } else {
        // Not a terminal: a fixed width, so output is the same in every log.
        Some(140)
    };
    let widths = column_widths(&natural, width.map(usize::from));
    let total = report.plans().len();
    let mut plans = report.plans().enumerate().peekable();
    while plans.peek().is_some() {
        let mut table = Table::new();
        table
            .load_preset(UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Disabled);
        if color {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        let first = plans.peek().is_some_and(|(i, _)| *i == 0);
        if first {
            table.set_header(header.clone());
        }
        let mut last = false;
        for (i, plan) in plans.by_ref().take(PIECE) {
            last = i + 1 == total;
            let [state, rest @ ..] = due_cells(&plan);
            let state = Cell::new(state);
            let state = if color {
                state.fg(match plan.state {
                    State::Overdue
                    | State::PeriodEnded
                    | State::ConsentExpired
                    | State::Invalid => comfy_table::Color::Red,
                    State::DueSoon | State::ConsentExpiring => comfy_table::Color::Yellow,
                    _ => comfy_table::Color::Green,
                })
            } else {
                state
            };
            let mut row = vec![state];
            row.extend(rest.map(Cell::new));
            table.add_row(row);
        }
        for (column, width) in table.column_iter_mut().zip(&widths) {
            let width = u16::try_from(*width).unwrap_or(u16::MAX);
            column.set_constraint(comfy_table::ColumnConstraint::Absolute(
                comfy_table::Width::Fixed(width.saturating_add(2)),
            ));
        }
        let text = table.to_string();
        let mut lines: Vec<&str> = text.lines().collect();
        if !last {
            lines.pop(); // the bottom border: the next piece goes on
        }
        let skip = usize::from(!first); // the top border of a piece that goes on
        for line in &lines[skip..] {
            writeln!(out, "{line}")?;
        }
    }
    writeln!(
        out,
        "{}",
        msg(
            "due-closing",
            &[
                ("needing", report.needing.into()),
                ("total", report.total.into()),
                ("date", report.as_of.to_string().into()),
                ("within", within_text(within).into()),
            ],
        )
    )
}

/// The widest line of a cell's text, in terminal columns.
fn text_width(text: &str) -> usize {
    text.lines()
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

/// The content width of each column: its natural width, unless the table (with borders
/// and a space each side of every cell) would be wider than `width`; then columns that
/// fit an equal share of what is left keep theirs, again and again, and the others share
/// the rest (the odd columns to the leftmost).
fn column_widths(natural: &[usize], width: Option<usize>) -> Vec<usize> {
    let frame = natural.len() * 3 + 1;
    let Some(room) = width.map(|w| w.saturating_sub(frame)) else {
        return natural.to_vec();
    };
    if natural.iter().sum::<usize>() <= room {
        return natural.to_vec();
    }
    let mut widths = natural.to_vec();
    let mut open: Vec<usize> = (0..natural.len()).collect();
    let mut left = room;
    loop {
        let share = left / open.len().max(1);
        let (fit, wide): (Vec<usize>, Vec<usize>) =
            open.iter().partition(|&&c| natural[c] <= share);
        if fit.is_empty() || wide.is_empty() {
            open = wide;
            break;
        }
        left -= fit.iter().map(|&c| natural[c]).sum::<usize>();
        open = wide;
    }
    let n = open.len().max(1);
    for (k, &c) in open.iter().enumerate() {
        widths[c] = (left / n + usize::from(k < left % n)).max(1);
    }
    widths
}

/// The cells of a plan's row, as text.
fn due_cells(p: &DuePlan) -> [String; 7] {
    let plan = match p.id {
        Some(id) => format!("{}\n{}", visible(id), visible(p.path)),
        None => visible(p.path).into_owned(),
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
    [
        state_text(p.state),
        plan,
        visible(p.person.unwrap_or("")).into_owned(),
        visible(p.coordinator.unwrap_or("")).into_owned(),
        p.next_revision.map(|d| d.to_string()).unwrap_or_default(),
        days,
        commit_text(p),
    ]
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
