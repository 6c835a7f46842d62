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

mod memo;

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

/// What a plan's due state depends on besides the day and the window, read from the plan
/// once. [`memo`] remembers it per file content, so a run after one new commit checks
/// only the plans that changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Facts {
    /// The plan has errors (or is not a plan): its dates cannot be trusted.
    invalid: bool,
    closed: bool,
    id: Option<String>,
    person: Option<String>,
    coordinator: Option<String>,
    next: Option<NaiveDate>,
    period_end: Option<NaiveDate>,
    /// The first day one of its consents ends (see [`consent_end`]).
    consent_end: Option<NaiveDate>,
}

impl Facts {
    pub fn of(checked: &Checked) -> Facts {
        let plan = checked.plan.as_ref();
        Facts {
            invalid: plan.is_none() || checked.errors() > 0,
            closed: plan.is_some_and(|p| p.status == Status::Closed),
            id: plan.and_then(|p| p.id.as_ref()).map(|i| i.value.clone()),
            person: plan
                .map(|p| p.person_name().to_owned())
                .filter(|s| !s.is_empty()),
            coordinator: plan
                .map(|p| p.coordinator_name().to_owned())
                .filter(|s| !s.is_empty()),
            next: plan
                .and_then(|p| p.revision.as_ref())
                .and_then(|r| r.next.as_ref())
                .map(|d| d.value),
            period_end: plan
                .and_then(|p| p.period.as_ref())
                .and_then(|p| p.end.as_ref())
                .map(|d| d.value),
            consent_end: plan.and_then(consent_end),
        }
    }

    /// The state as of a day: the more urgent of the revision state and the consent
    /// state (the latter only for a plan that is otherwise overdue, due soon or fine),
    /// the next revision, days until it, and the day a consent ends when that is the state.
    fn state(
        &self,
        as_of: NaiveDate,
        within_days: i64,
    ) -> (State, Option<NaiveDate>, Option<i64>, Option<NaiveDate>) {
        let days = self.next.map(|n| (n - as_of).num_days());
        let state = if self.invalid {
            State::Invalid
        } else if self.closed {
            State::Closed
        } else if self.period_end.is_some_and(|end| end < as_of) {
            State::PeriodEnded
        } else {
            match days {
                Some(d) if d < 0 => State::Overdue,
                Some(d) if d <= within_days => State::DueSoon,
                _ => State::Ok,
            }
        };
        if let (Some(end), State::Overdue | State::DueSoon | State::Ok) = (self.consent_end, state)
        {
            if let Some(consent) = consent_state_at(end, as_of, within_days) {
                if consent < state {
                    return (consent, self.next, days, Some(end));
                }
            }
        }
        (state, self.next, days, None)
    }
}

/// The first day one of the plan's consents ends: for each party and what its consent
/// covers, the latest `until` of the records not withdrawn (none when one record of them
/// has no end), and of those the earliest.
pub fn consent_end(plan: &crate::plan::Plan) -> Option<NaiveDate> {
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
    ends.into_values().flatten().min()
}

/// When the first of the plan's consents (per party and what it covers) ends, if one ends
/// before `as_of` plus the window: the consent state and that day.
pub fn consent_state(
    plan: &crate::plan::Plan,
    as_of: NaiveDate,
    within_days: i64,
) -> Option<(State, NaiveDate)> {
    let end = consent_end(plan)?;
    consent_state_at(end, as_of, within_days).map(|state| (state, end))
}

fn consent_state_at(end: NaiveDate, as_of: NaiveDate, within_days: i64) -> Option<State> {
    let days = (end - as_of).num_days();
    if days < 0 {
        Some(State::ConsentExpired)
    } else if days <= within_days {
        Some(State::ConsentExpiring)
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
    let memo = memo::Memo::open(inputs);
    let work = Work {
        inputs,
        memo: &memo,
        next: std::sync::atomic::AtomicUsize::new(0),
        as_of,
        within_days,
    };
    // The history walk (git's own `git log`, or libgit2's) holds one core; the other
    // cores check plans, and the walking thread joins them once its walk is done. Checking
    // on every core from the start made the walk, the longest part of a cold run, wait
    // for a core: 10,000 plans, 50,000 commits, 2 cores: 4.5 s, now 3.5 s (git log
    // alone: 3.3 s). When the facts are cached the walk is quick, and every core checks.
    let helpers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .saturating_sub(1)
        .max(1);
    let (facts, mut rows) = std::thread::scope(|scope| {
        let walk = scope.spawn(|| {
            let facts = git::facts(&files);
            (facts, work.claim())
        });
        let checkers: Vec<_> = (0..helpers).map(|_| scope.spawn(|| work.claim())).collect();
        let mut rows = Vec::with_capacity(inputs.len());
        for checker in checkers {
            rows.extend(
                checker
                    .join()
                    .unwrap_or_else(|p| std::panic::resume_unwind(p)),
            );
        }
        let (facts, theirs) = walk.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
        rows.extend(theirs);
        (facts, rows)
    });
    rows.sort_unstable_by_key(|(i, _)| *i);
    let rows: Vec<(DuePlan, Option<memo::Entry>)> = rows
        .into_iter()
        .map(|(_, row)| row)
        .collect::<Result<_>>()?;
    memo.save(rows.iter().filter_map(|(_, e)| e.as_ref()));
    let facts = facts?;
    let mut plans: Vec<DuePlan> = rows.into_iter().map(|(row, _)| row).collect();
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

/// The checking of plans, shared by the threads of [`report`]: each claims the next plan
/// until none are left, and keeps only its small rows (a plan's text and model are
/// dropped as soon as its row is made). A plan whose content the memo knows is not
/// checked again.
struct Work<'a> {
    inputs: &'a [Input],
    memo: &'a memo::Memo,
    next: std::sync::atomic::AtomicUsize,
    as_of: NaiveDate,
    within_days: i64,
}

type Claimed = Vec<(usize, Result<(DuePlan, Option<memo::Entry>)>)>;

impl Work<'_> {
    fn claim(&self) -> Claimed {
        let mut out = Vec::new();
        loop {
            let i = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(input) = self.inputs.get(i) else {
                return out;
            };
            out.push((i, self.one(input)));
        }
    }

    fn one(&self, input: &Input) -> Result<(DuePlan, Option<memo::Entry>)> {
        let (facts, entry) = match check::inputs::read(input)? {
            check::inputs::Content::Bytes(bytes) => {
                let key = memo::key(&bytes);
                match self.memo.get(&key) {
                    Some(facts) => (facts.clone(), Some((key, None))),
                    None => {
                        let facts = Facts::of(&check::check_bytes(&bytes));
                        (facts.clone(), Some((key, Some(facts))))
                    }
                }
            }
            check::inputs::Content::TooLarge(size) => (Facts::of(&check::too_large(size)), None),
        };
        Ok((row(input, &facts, self.as_of, self.within_days), entry))
    }
}

fn row(input: &Input, facts: &Facts, as_of: NaiveDate, within_days: i64) -> DuePlan {
    let (state, next, days, consent_until) = facts.state(as_of, within_days);
    DuePlan {
        path: input.display(),
        id: facts.id.clone(),
        person: facts.person.clone(),
        coordinator: facts.coordinator.clone(),
        next_revision: next,
        days,
        state,
        consent_until,
        last_commit: None,
        uncommitted: true,
        period_end: facts.period_end,
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
