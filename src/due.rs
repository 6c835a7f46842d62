//! Which plans need revision, with git facts for each (`ip due`).
//!
//! States, most urgent first: `overdue` (next revision passed), `period-ended`,
//! `consent-expired`, `invalid` (never skipped silently: its dates cannot be trusted),
//! `due-soon` (inside the window), `consent-expiring`, and with `--all` also `ok` and
//! `closed`. A closed plan is never due. When a plan's period has ended, that is the state
//! shown even if its revision is also overdue: it needs a new period, not a revision.
//!
//! Consent (format v2): a consent given for a period (`until`) ends. For each party and
//! what their consent covers (the plan, or sharing), the latest `until` among the records
//! not withdrawn is when that consent ends; a record without `until` holds until it is
//! withdrawn. When one has ended (`consent-expired`) or ends inside the window
//! (`consent-expiring`), the plan needs the coordinator: ask again, or record that it
//! ended. A withdrawn consent is not a due state: rules IP037/IP038 report what it means.
//! The row shows the more urgent of the revision state and the consent state.
//!
//! Git facts come from one history walk per repository (`git::Repo::last_commits`), never
//! one per file. A file outside git, or never committed, counts as having uncommitted
//! changes; `last_commit` is then null.

use std::path::PathBuf;

use chrono::NaiveDate;
use serde::Serialize;

use crate::check::{self, Checked, Input};
use crate::error::Result;
use crate::git::{self, CommitInfo};
use crate::plan::Status;
use crate::values::{same_name, Duration};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    Overdue,
    PeriodEnded,
    ConsentExpired,
    Invalid,
    DueSoon,
    ConsentExpiring,
    Ok,
    Closed,
}

impl State {
    pub fn needs_revision(self) -> bool {
        matches!(
            self,
            State::Overdue
                | State::PeriodEnded
                | State::ConsentExpired
                | State::Invalid
                | State::DueSoon
                | State::ConsentExpiring
        )
    }

    /// The state for scripts (JSON, CSV): English, stable.
    pub fn label(self) -> &'static str {
        match self {
            State::Overdue => "overdue",
            State::PeriodEnded => "period ended",
            State::Invalid => "invalid",
            State::DueSoon => "due soon",
            State::ConsentExpired => "consent expired",
            State::ConsentExpiring => "consent expiring",
            State::Ok => "ok",
            State::Closed => "closed",
        }
    }
}

#[derive(Debug, Serialize)]
pub struct DuePlan {
    pub path: String,
    pub id: Option<String>,
    pub person: Option<String>,
    pub coordinator: Option<String>,
    pub next_revision: Option<NaiveDate>,
    pub days: Option<i64>,
    pub state: State,
    /// For `consent-expired` and `consent-expiring`: the day the consent ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consent_until: Option<NaiveDate>,
    pub last_commit: Option<CommitInfo>,
    pub uncommitted: bool,
    #[serde(skip)]
    pub period_end: Option<NaiveDate>,
    #[serde(skip)]
    pub in_git: bool,
    #[serde(skip)]
    pub file: Option<PathBuf>,
}

/// What `ip due` reports: the plans (all, or those needing revision), most urgent first.
#[derive(Serialize)]
pub struct DueReport {
    pub as_of: NaiveDate,
    pub within_days: i64,
    pub plans: Vec<DuePlan>,
    /// Plans needing revision, and all plans checked (before `--all` filtering).
    #[serde(skip)]
    pub needing: usize,
    #[serde(skip)]
    pub total: usize,
    /// A repository is a shallow clone: facts from its cut-off commit may be older.
    #[serde(skip)]
    pub shallow: bool,
}

fn state_of(
    checked: &Checked,
    as_of: NaiveDate,
    within_days: i64,
) -> (State, Option<NaiveDate>, Option<i64>) {
    let plan = checked.plan.as_ref();
    let next = plan
        .and_then(|p| p.revision.as_ref())
        .and_then(|r| r.next.as_ref())
        .map(|d| d.value);
    let days = next.map(|n| (n - as_of).num_days());
    if checked.errors() > 0 {
        return (State::Invalid, next, days);
    }
    let Some(plan) = plan else {
        return (State::Invalid, next, days);
    };
    if plan.status == Status::Closed {
        return (State::Closed, next, days);
    }
    let period_end = plan
        .period
        .as_ref()
        .and_then(|p| p.end.as_ref())
        .map(|d| d.value);
    if period_end.is_some_and(|end| end < as_of) {
        return (State::PeriodEnded, next, days);
    }
    let state = match days {
        Some(d) if d < 0 => State::Overdue,
        Some(d) if d <= within_days => State::DueSoon,
        _ => State::Ok,
    };
    (state, next, days)
}

/// When the first of the plan's consents (per party and what it covers) ends, if one ends
/// before `as_of` plus the window: the consent state and that day.
pub fn consent_state(
    plan: &crate::plan::Plan,
    as_of: NaiveDate,
    within_days: i64,
) -> Option<(State, NaiveDate)> {
    let mut ends: std::collections::HashMap<(&str, &str), Option<NaiveDate>> =
        std::collections::HashMap::new();
    for r in &plan.consent_records {
        if r.withdrawn.is_some() {
            continue;
        }
        let (Some(party), Some(covers)) = (r.party.as_deref(), r.covers.as_deref()) else {
            continue;
        };
        let until = r.until.as_ref().map(|u| u.value);
        ends.entry((party.as_str(), covers.as_str()))
            .and_modify(|end| {
                *end = match (*end, until) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    _ => None, // one record without an end: it holds
                }
            })
            .or_insert(until);
    }
    let first = ends.into_values().flatten().min()?;
    let days = (first - as_of).num_days();
    if days < 0 {
        Some((State::ConsentExpired, first))
    } else if days <= within_days {
        Some((State::ConsentExpiring, first))
    } else {
        None
    }
}

/// The due report for `inputs` as of a day: the history walk (one core) and the checking
/// of plans (the other) run side by side. `all` keeps plans that need nothing;
/// `coordinator` keeps only the plans of the coordinator with that name (letter case
/// aside), and the counts are of those plans.
pub fn report(
    inputs: &[Input],
    as_of: NaiveDate,
    within: Duration,
    all: bool,
    coordinator: Option<&str>,
) -> Result<DueReport> {
    let within_days = within.days_from(as_of);
    let files = check::inputs::files(inputs);
    let (facts, checked_rows) = std::thread::scope(|scope| {
        let walk = scope.spawn(|| git::facts(&files));
        let rows = check_rows(inputs, as_of, within_days);
        (
            walk.join().unwrap_or_else(|p| std::panic::resume_unwind(p)),
            rows,
        )
    });
    let facts = facts?;
    let mut plans = checked_rows?;
    // A second file with an id already seen is invalid (IP054, as `ip validate` says).
    let mut seen = std::collections::HashSet::new();
    for p in &mut plans {
        if let Some(id) = &p.id {
            if !seen.insert(id.clone()) {
                p.state = State::Invalid;
            }
        }
    }
    // After the id check: a duplicate id is invalid whoever coordinates the other plan.
    if let Some(wanted) = coordinator {
        plans.retain(|p| {
            p.coordinator
                .as_deref()
                .is_some_and(|name| same_name(name, wanted))
        });
    }
    for p in &mut plans {
        let Some(file) = &p.file else { continue };
        p.last_commit = facts.last.get(file).cloned();
        p.uncommitted = facts.is_dirty(file);
        p.in_git = facts.in_repo.contains(file);
    }
    let needing = plans.iter().filter(|p| p.state.needs_revision()).count();
    let total = plans.len();
    if !all {
        plans.retain(|p| p.state.needs_revision());
    }
    plans.sort_by(|a, b| {
        (a.state, a.days.unwrap_or(i64::MAX), &a.path).cmp(&(
            b.state,
            b.days.unwrap_or(i64::MAX),
            &b.path,
        ))
    });
    Ok(DueReport {
        as_of,
        within_days,
        plans,
        needing,
        total,
        shallow: facts.shallow,
    })
}

/// One row per plan (without git facts), checked in batches: only the small row of each
/// plan is kept, never its text or model.
fn check_rows(inputs: &[Input], as_of: NaiveDate, within_days: i64) -> Result<Vec<DuePlan>> {
    // One parallel pass: each plan's text and model are dropped inside the closure, so
    // only the small rows are ever held, and the workers never wait between batches
    // (idle pool threads would take time from the history walk on the other core).
    check::par_map(inputs, |input| {
        let checked = check::check_input(input)?;
        Ok(row(input, &checked, as_of, within_days))
    })
    .into_iter()
    .collect()
}

fn row(input: &Input, checked: &Checked, as_of: NaiveDate, within_days: i64) -> DuePlan {
    let (mut state, next, days) = state_of(checked, as_of, within_days);
    let plan = checked.plan.as_ref();
    let mut consent_until = None;
    if let (Some(p), State::Overdue | State::DueSoon | State::Ok) = (plan, state) {
        if let Some((consent, until)) = consent_state(p, as_of, within_days) {
            if consent < state {
                state = consent;
                consent_until = Some(until);
            }
        }
    }
    DuePlan {
        path: input.display(),
        id: plan.and_then(|p| p.id.as_ref()).map(|i| i.value.clone()),
        person: plan
            .map(|p| p.person_name().to_owned())
            .filter(|s| !s.is_empty()),
        coordinator: plan
            .map(|p| p.coordinator_name().to_owned())
            .filter(|s| !s.is_empty()),
        next_revision: next,
        days,
        state,
        consent_until,
        last_commit: None,
        uncommitted: true,
        period_end: plan
            .and_then(|p| p.period.as_ref())
            .and_then(|p| p.end.as_ref())
            .map(|d| d.value),
        in_git: false,
        file: input.file().cloned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_sort_most_urgent_first() {
        let mut states = vec![
            State::Ok,
            State::DueSoon,
            State::Closed,
            State::Invalid,
            State::Overdue,
            State::PeriodEnded,
        ];
        states.sort();
        assert_eq!(
            states,
            [
                State::Overdue,
                State::PeriodEnded,
                State::Invalid,
                State::DueSoon,
                State::Ok,
                State::Closed
            ]
        );
    }
}
