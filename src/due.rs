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

/// One plan as the report shows it, borrowed from the [`DueReport`].
#[derive(Debug, Serialize)]
pub struct DuePlan<'r> {
    pub path: &'r str,
    pub id: Option<&'r str>,
    pub person: Option<&'r str>,
    pub coordinator: Option<&'r str>,
    pub next_revision: Option<NaiveDate>,
    pub days: Option<i64>,
    pub state: State,
    /// For `consent-expired` and `consent-expiring`: the day the consent ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consent_until: Option<NaiveDate>,
    pub last_commit: Option<&'r CommitInfo>,
    pub uncommitted: bool,
    #[serde(skip)]
    pub period_end: Option<NaiveDate>,
    #[serde(skip)]
    pub in_git: bool,
}

/// What `ip due` reports: the plans (all, or those needing revision), most urgent first.
///
/// Kept small, as 100,000 plans need it: one row per plan with its facts (shared with the
/// memo's when the content was known), its git facts by index, and each [`DuePlan`] made
/// only as it is written out. JSON: `{"as_of", "within_days", "plans": [...]}`.
pub struct DueReport {
    pub as_of: NaiveDate,
    pub within_days: i64,
    rows: Vec<Row>,
    /// The memo's facts, for the rows whose content it knew.
    known: std::collections::HashMap<memo::Key, Facts>,
    git: git::GitFacts,
    /// Plans needing revision, and all plans checked (before `--all` filtering).
    pub needing: usize,
    pub total: usize,
    /// A repository is a shallow clone: facts from its cut-off commit may be older.
    pub shallow: bool,
}

/// A plan of the report: where its facts are, and its state on the day.
struct Row {
    /// Its index among the inputs (and the git facts).
    index: usize,
    path: String,
    key: Option<memo::Key>,
    /// The facts when this run checked the plan (else the memo's, by `key`).
    checked: Option<Box<Facts>>,
    state: State,
    next: Option<NaiveDate>,
    days: Option<i64>,
    consent_until: Option<NaiveDate>,
}

impl DueReport {
    /// A report without plans.
    pub fn empty(as_of: NaiveDate, within_days: i64) -> DueReport {
        DueReport {
            as_of,
            within_days,
            rows: Vec::new(),
            known: Default::default(),
            git: Default::default(),
            needing: 0,
            total: 0,
            shallow: false,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The plans, most urgent first.
    pub fn plans(&self) -> impl ExactSizeIterator<Item = DuePlan<'_>> {
        self.rows.iter().map(|row| self.plan(row))
    }

    fn facts<'r>(&'r self, row: &'r Row) -> &'r Facts {
        static NONE: Facts = Facts::NONE;
        row.checked
            .as_deref()
            .or_else(|| row.key.and_then(|k| self.known.get(&k)))
            .unwrap_or(&NONE)
    }

    fn plan<'r>(&'r self, row: &'r Row) -> DuePlan<'r> {
        let facts = self.facts(row);
        let git = self.git.of(row.index);
        DuePlan {
            path: &row.path,
            id: facts.id.as_deref(),
            person: facts.person.as_deref(),
            coordinator: facts.coordinator.as_deref(),
            next_revision: row.next,
            days: row.days,
            state: row.state,
            consent_until: row.consent_until,
            last_commit: git.last.as_deref(),
            uncommitted: git.dirty,
            period_end: facts.period_end,
            in_git: git.in_repo,
        }
    }
}

impl Serialize for DueReport {
    fn serialize<S: serde::Serializer>(&self, out: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        struct Plans<'r>(&'r DueReport);
        impl Serialize for Plans<'_> {
            fn serialize<S: serde::Serializer>(
                &self,
                out: S,
            ) -> std::result::Result<S::Ok, S::Error> {
                out.collect_seq(self.0.plans())
            }
        }
        let mut report = out.serialize_struct("DueReport", 3)?;
        report.serialize_field("as_of", &self.as_of)?;
        report.serialize_field("within_days", &self.within_days)?;
        report.serialize_field("plans", &Plans(self))?;
        report.end()
    }
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
    /// Facts that could not be read: invalid.
    const NONE: Facts = Facts {
        invalid: true,
        closed: false,
        id: None,
        person: None,
        coordinator: None,
        next: None,
        period_end: None,
        consent_end: None,
    };

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
    let files: Vec<Option<&std::path::Path>> = inputs
        .iter()
        .map(|i| i.file().map(PathBuf::as_path))
        .collect();
    let memo = memo::Memo::open(inputs);
    let work = Work {
        inputs,
        memo: &memo,
        next: std::sync::atomic::AtomicUsize::new(0),
        slots: (0..inputs.len())
            .map(|_| std::sync::OnceLock::new())
            .collect(),
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
    let git = std::thread::scope(|scope| {
        let walk = scope.spawn(|| {
            let facts = git::facts(&files);
            work.claim();
            facts
        });
        for checker in (0..helpers)
            .map(|_| scope.spawn(|| work.claim()))
            .collect::<Vec<_>>()
        {
            checker
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p));
        }
        walk.join().unwrap_or_else(|p| std::panic::resume_unwind(p))
    });
    drop(files);
    let mut rows = Vec::with_capacity(inputs.len());
    for (index, slot) in work.slots.into_iter().enumerate() {
        // Every slot is filled: each input is claimed once, and claiming ends only when
        // none are left.
        let (key, checked) = slot.into_inner().unwrap_or(Ok((None, None)))?;
        rows.push(Row {
            index,
            path: inputs[index].display(),
            key,
            checked,
            state: State::Invalid,
            next: None,
            days: None,
            consent_until: None,
        });
    }
    memo.save(rows.iter().filter_map(|r| {
        let key = r.key?;
        match &r.checked {
            Some(facts) => Some((key, &**facts, true)),
            None => memo.get(key).map(|facts| (key, facts, false)),
        }
    }));
    let git = git?;
    let mut report = DueReport {
        as_of,
        within_days,
        rows: Vec::new(),
        known: memo.into_known(),
        shallow: git.shallow,
        git,
        needing: 0,
        total: 0,
    };
    // A second file with an id already seen is invalid (IP054, as `ip validate` says).
    let mut seen = std::collections::HashSet::new();
    for row in &mut rows {
        let facts = report.facts(row);
        let (state, next, days, consent_until) = facts.state(as_of, within_days);
        let again = facts.id.as_ref().is_some_and(|id| !seen.insert(id.clone()));
        row.state = if again { State::Invalid } else { state };
        (row.next, row.days, row.consent_until) = (next, days, consent_until);
    }
    drop(seen);
    // After the id check: a duplicate id is invalid whoever coordinates the other plan.
    if let Some(wanted) = coordinator {
        rows.retain(|row| {
            report
                .facts(row)
                .coordinator
                .as_deref()
                .is_some_and(|name| same_name(name, wanted))
        });
    }
    report.needing = rows.iter().filter(|r| r.state.needs_revision()).count();
    report.total = rows.len();
    if !all {
        rows.retain(|r| r.state.needs_revision());
    }
    rows.sort_by(|a, b| {
        (a.state, a.days.unwrap_or(i64::MAX), &a.path).cmp(&(
            b.state,
            b.days.unwrap_or(i64::MAX),
            &b.path,
        ))
    });
    rows.shrink_to_fit();
    report.rows = rows;
    Ok(report)
}

/// What checking one plan gives: its content key, and its facts unless the memo knew
/// them.
type Slot = Result<(Option<memo::Key>, Option<Box<Facts>>)>;

/// The checking of plans, shared by the threads of [`report`]: each claims the next plan
/// until none are left and puts what it found in the plan's slot (a plan's text and
/// model are dropped as soon as its facts are read). A plan whose content the memo knows
/// is not checked again.
struct Work<'a> {
    inputs: &'a [Input],
    memo: &'a memo::Memo,
    next: std::sync::atomic::AtomicUsize,
    slots: Vec<std::sync::OnceLock<Slot>>,
}

impl Work<'_> {
    fn claim(&self) {
        loop {
            let i = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(input) = self.inputs.get(i) else {
                return;
            };
            let _ = self.slots[i].set(self.one(input));
        }
    }

    fn one(&self, input: &Input) -> Slot {
        Ok(match check::inputs::read(input)? {
            check::inputs::Content::Bytes(bytes) => {
                let key = memo::key(&bytes);
                match key.and_then(|k| self.memo.get(k)) {
                    Some(_) => (key, None),
                    None => (key, Some(Box::new(Facts::of(&check::check_bytes(&bytes))))),
                }
            }
            check::inputs::Content::TooLarge(size) => {
                (None, Some(Box::new(Facts::of(&check::too_large(size)))))
            }
        })
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
