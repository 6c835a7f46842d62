//! `ip due`: plans needing revision, with git facts for each.
//!
//! States, most urgent first: `overdue` (next revision passed), `period-ended`, `invalid`
//! (never skipped silently: its dates cannot be trusted), `due-soon` (inside the window),
//! and with `--all` also `ok` and `closed`. A closed plan is never due. When a plan's
//! period has ended, that is the state shown even if its revision is also overdue: it
//! needs a new period, not a revision.
//!
//! Git facts come from one history walk per repository (`git::Repo::last_commits`), never
//! one per file. A file outside git, or never committed, counts as having uncommitted
//! changes; `last_commit` is then null.

use std::collections::HashMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, ContentArrangement, Table};
use miette::Report;
use serde::Serialize;

use super::{Color, Outcome};
use crate::config::Config;
use crate::git::{CommitInfo, Repo};
use crate::inputs::{self, Input};
use crate::plan::{Checked, Status};
use crate::schema::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Format {
    #[default]
    Table,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Plan files or folders (default: the `plans` folders of ip.toml, else the current folder).
    pub paths: Vec<PathBuf>,
    /// The day to count from, YYYY-MM-DD (default: today). Makes every output reproducible.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// How far ahead counts as due soon: "30 days", "6 weeks", "1 month" (default: ip.toml
    /// `revision.due_within`, else 30 days).
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub within: Option<Duration>,
    /// List every plan, also those that are fine or closed.
    #[arg(long)]
    pub all: bool,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Exit 1 when any plan needs revision (for CI or a scheduled job).
    #[arg(long)]
    pub check: bool,
}

pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    crate::schema::parse_iso_date(s).ok_or_else(|| match crate::schema::iso_suggestion(s) {
        Some(iso) => format!("write the date as {iso} (YYYY-MM-DD)"),
        None => "expected a date as YYYY-MM-DD".to_owned(),
    })
}

pub fn parse_duration(s: &str) -> Result<Duration, String> {
    Duration::parse(s).ok_or_else(|| {
        "expected a duration such as \"30 days\", \"6 weeks\", \"2 months\" or \"1 year\""
            .to_owned()
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    Overdue,
    PeriodEnded,
    Invalid,
    DueSoon,
    Ok,
    Closed,
}

impl State {
    fn needs_revision(self) -> bool {
        matches!(
            self,
            State::Overdue | State::PeriodEnded | State::Invalid | State::DueSoon
        )
    }

    fn label(self) -> &'static str {
        match self {
            State::Overdue => "overdue",
            State::PeriodEnded => "period ended",
            State::Invalid => "invalid",
            State::DueSoon => "due soon",
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
    pub last_commit: Option<CommitInfo>,
    pub uncommitted: bool,
    #[serde(skip)]
    pub period_end: Option<NaiveDate>,
    #[serde(skip)]
    pub in_git: bool,
    #[serde(skip)]
    pub file: Option<PathBuf>,
}

#[derive(Serialize)]
struct DueReport {
    as_of: NaiveDate,
    within_days: i64,
    plans: Vec<DuePlan>,
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

/// Git facts for many files: one walk and one status per repository.
pub struct GitFacts {
    pub last: HashMap<PathBuf, CommitInfo>,
    pub dirty: HashMap<PathBuf, bool>,
    pub in_repo: std::collections::HashSet<PathBuf>,
    pub shallow: bool,
}

pub fn git_facts(files: &[PathBuf]) -> Result<GitFacts, Report> {
    let mut facts = GitFacts {
        last: HashMap::new(),
        dirty: HashMap::new(),
        in_repo: Default::default(),
        shallow: false,
    };
    // Group files by repository; discovery is cached per folder.
    let mut repo_of_dir: HashMap<PathBuf, Option<usize>> = HashMap::new();
    let mut repos: Vec<(Repo, Vec<(PathBuf, String)>)> = Vec::new();
    for file in files {
        let dir = file.parent().map(PathBuf::from).unwrap_or_default();
        let slot = match repo_of_dir.get(&dir) {
            Some(slot) => *slot,
            None => {
                let found = Repo::discover(file);
                let slot = found.map(|repo| {
                    if let Some(i) = repos.iter().position(|(r, _)| r.same_as(&repo)) {
                        i
                    } else {
                        repos.push((repo, Vec::new()));
                        repos.len() - 1
                    }
                });
                repo_of_dir.insert(dir, slot);
                slot
            }
        };
        match slot.and_then(|i| repos[i].0.relative(file).map(|rel| (i, rel))) {
            Some((i, rel)) => repos[i].1.push((file.clone(), rel)),
            None => {
                facts.dirty.insert(file.clone(), true);
            }
        }
    }
    for (repo, members) in &repos {
        facts.shallow |= repo.is_shallow();
        let rels: Vec<String> = members.iter().map(|(_, r)| r.clone()).collect();
        let last = repo.last_commits(&rels)?;
        let dirty = repo.uncommitted()?;
        for (file, rel) in members {
            facts.in_repo.insert(file.clone());
            let committed = last.get(rel).cloned();
            facts
                .dirty
                .insert(file.clone(), committed.is_none() || dirty.contains(rel));
            if let Some(c) = committed {
                facts.last.insert(file.clone(), c);
            }
        }
    }
    Ok(facts)
}

pub fn execute(args: &Args, config: &Config, color: Color) -> Result<Outcome, Report> {
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let within = args
        .within
        .or(config.due_within)
        .unwrap_or(Duration::Days(30));
    let within_days = within.days_from(as_of);
    let inputs = inputs::collect(&args.paths, config)?;
    let files = inputs::files(&inputs);
    // The history walk (one core) and the checking of plans (the other) are independent.
    let (facts, checked_rows) = std::thread::scope(|scope| {
        let walk = scope.spawn(|| git_facts(&files));
        let rows = check_rows(&inputs, as_of, within_days);
        (
            walk.join().unwrap_or_else(|p| std::panic::resume_unwind(p)),
            rows,
        )
    });
    let facts = facts?;
    let mut plans = checked_rows?;
    for p in &mut plans {
        let Some(file) = &p.file else { continue };
        p.last_commit = facts.last.get(file).cloned();
        p.uncommitted = facts.dirty.get(file).copied().unwrap_or(true);
        p.in_git = facts.in_repo.contains(file);
    }
    let needing = plans.iter().filter(|p| p.state.needs_revision()).count();
    let total = plans.len();
    if !args.all {
        plans.retain(|p| p.state.needs_revision());
    }
    plans.sort_by(|a, b| {
        (a.state, a.days.unwrap_or(i64::MAX), &a.path).cmp(&(
            b.state,
            b.days.unwrap_or(i64::MAX),
            &b.path,
        ))
    });
    match args.format {
        Format::Json => {
            let report = DueReport {
                as_of,
                within_days,
                plans,
            };
            let mut text = serde_json::to_string_pretty(&report).expect("plain data serializes");
            text.push('\n');
            super::print(&text);
        }
        Format::Table => super::print(&table(
            &plans,
            as_of,
            within,
            needing,
            total,
            color.enabled(),
        )),
    }
    if facts.shallow {
        eprintln!("note: this is a shallow clone: history is cut short, so a last commit marked \"on or before\" may be older (`git fetch --unshallow` fetches all of it)");
    }
    Ok(if args.check && needing > 0 {
        Outcome::Findings
    } else {
        Outcome::Clean
    })
}

/// One row per plan (without git facts), checked in batches: only the small row of each
/// plan is kept, never its text or model.
fn check_rows(
    inputs: &[Input],
    as_of: NaiveDate,
    within_days: i64,
) -> Result<Vec<DuePlan>, Report> {
    let mut plans = Vec::with_capacity(inputs.len());
    for batch in inputs.chunks(1024) {
        for (input, checked) in batch.iter().zip(super::validate::check_all(batch)?) {
            let checked = &checked;
            let (state, next, days) = state_of(checked, as_of, within_days);
            let plan = checked.plan.as_ref();
            let file = input.file();
            plans.push(DuePlan {
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
                last_commit: None,
                uncommitted: true,
                period_end: plan
                    .and_then(|p| p.period.as_ref())
                    .and_then(|p| p.end.as_ref())
                    .map(|d| d.value),
                in_git: false,
                file: file.cloned(),
            });
        }
    }
    Ok(plans)
}

pub fn days_text(days: i64) -> String {
    match days {
        0 => "today".to_owned(),
        1 => "tomorrow".to_owned(),
        -1 => "1 day overdue".to_owned(),
        d if d < 0 => format!("{} days overdue", -d),
        d => format!("in {d} days"),
    }
}

fn commit_text(p: &DuePlan) -> String {
    let mut text = match &p.last_commit {
        Some(c) if c.cut_short => format!("{} on or before {} {}", c.id, c.date, c.author),
        Some(c) => format!("{} {} {}", c.id, c.date, c.author),
        None if p.in_git || p.path == "<stdin>" => "never committed".to_owned(),
        None => "not in git".to_owned(),
    };
    if p.uncommitted && p.last_commit.is_some() {
        text.push_str("\n+ uncommitted changes");
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
        out.push_str(&format!(
            "No plan needs revision as of {as_of} (window {within}; {total} plans checked). `--all` lists every plan.\n"
        ));
        return out;
    }
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header([
            "State",
            "Plan",
            "Person",
            "Coordinator",
            "Next revision",
            "Days",
            "Last commit",
        ]);
    if color {
        table.enforce_styling();
    } else {
        // Not a terminal: a fixed width, so output is the same in every log.
        table.force_no_tty().set_width(140);
    }
    for p in plans {
        let state_cell = Cell::new(p.state.label());
        let state_cell = if color {
            match p.state {
                State::Overdue | State::PeriodEnded | State::Invalid => {
                    state_cell.fg(comfy_table::Color::Red)
                }
                State::DueSoon => state_cell.fg(comfy_table::Color::Yellow),
                _ => state_cell.fg(comfy_table::Color::Green),
            }
        } else {
            state_cell
        };
        let plan = match &p.id {
            Some(id) => format!("{id}\n{}", p.path),
            None => p.path.clone(),
        };
        let days = match (p.state, p.days, p.period_end) {
            (State::Invalid, ..) => "run `ip validate`".to_owned(),
            (State::PeriodEnded, _, Some(end)) => format!("period ended {end}"),
            (_, Some(d), _) => days_text(d),
            _ => String::new(),
        };
        table.add_row(vec![
            state_cell,
            Cell::new(plan),
            Cell::new(p.person.as_deref().unwrap_or("")),
            Cell::new(p.coordinator.as_deref().unwrap_or("")),
            Cell::new(p.next_revision.map(|d| d.to_string()).unwrap_or_default()),
            Cell::new(days),
            Cell::new(commit_text(p)),
        ]);
    }
    out.push_str(&table.to_string());
    out.push('\n');
    out.push_str(&format!(
        "{needing} of {total} plans need attention as of {as_of} (window {within}).\n"
    ));
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
