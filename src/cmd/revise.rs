//! `ip revise PLAN`: records a revision by setting `revision.last` (default today) and
//! `revision.next` (given, or last + interval), and changes nothing else in the file (the
//! edit and its checks are `revision.rs`). An invalid plan is refused with its report
//! (exit 1). `--commit` commits only that file.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::{parse_date, Outcome};
use crate::check::{self, FileResult};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::git::Repo;
use crate::messages::msg;
use crate::output::{self, findings, Color};
use crate::revision;
use crate::yaml::MAX_FILE_BYTES;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The plan file.
    pub plan: PathBuf,
    /// The date of the revision, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub on: Option<NaiveDate>,
    /// The next revision date (default: the revision date plus `revision.interval`, else
    /// ip.toml's `revision.interval`).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub next: Option<NaiveDate>,
    /// Commit the revised file, and only it, as `git add FILE && git commit -- FILE` would
    /// (your identity, filters such as git-crypt, hooks, signing).
    #[arg(long)]
    pub commit: bool,
    /// The commit message (default: "Revise plan ID: next revision DATE").
    #[arg(short, long, requires = "commit", value_name = "MSG")]
    pub message: Option<String>,
    /// Commit the plan's other uncommitted changes with the revision (else they are listed
    /// and nothing is done).
    #[arg(long, requires = "commit")]
    pub include_changes: bool,
}

pub fn execute(args: &Args, config: &Config, color: Color) -> Result<Outcome> {
    let file = args.plan.display().to_string();
    let read_error = |err| Error::Read {
        path: args.plan.clone(),
        err,
    };
    // The same size limit as `ip validate`: a plan is a few kilobytes.
    let size = std::fs::metadata(&args.plan).map_err(read_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(Error::plan(
            &file,
            msg(
                "error-revise-too-large",
                &[
                    ("size", size.to_string().into()),
                    ("limit", MAX_FILE_BYTES.to_string().into()),
                ],
            ),
            Some(msg("finding-file-too-large-help", &[])),
        ));
    }
    let bytes = std::fs::read(&args.plan).map_err(read_error)?;
    let repo = if args.commit {
        Some(Repo::locate(&args.plan)?)
    } else {
        None
    };
    let checked = check::check_bytes(&bytes);
    if checked.errors() > 0 {
        output::print(&findings::text(
            &[FileResult {
                path: file,
                checked,
            }],
            color.enabled(),
            false,
        ));
        output::say(&msg("said-not-revised", &[]));
        return Ok(Outcome::Findings);
    }
    let today = chrono::Local::now().date_naive();
    let dates = revision::Dates {
        last: args.on.unwrap_or(today),
        next: args.next,
        today,
    };
    let revised = revision::revise(&file, &bytes, &checked, dates, config.interval)?;
    // Before anything is written: could git commit it, and would it commit more?
    if let Some((repo, rel)) = &repo {
        repo.can_commit(rel)?;
        let others = revision::uncommitted_changes(repo, rel, &bytes)?;
        if !others.is_empty() && !args.include_changes {
            let list: Vec<String> = others.iter().map(|c| format!("\n  • {c}")).collect();
            return Err(Error::plan(
                &file,
                msg(
                    "error-revise-uncommitted",
                    &[("changes", list.concat().into())],
                ),
                Some(msg("error-revise-uncommitted-help", &[])),
            ));
        }
    }
    output::replace_plan(&args.plan, &revised.bytes)?;
    let (last, next) = (revised.last, revised.next);
    let mut said = msg(
        "said-revised",
        &[
            ("file", file.as_str().into()),
            ("last", last.to_string().into()),
            ("next", next.to_string().into()),
        ],
    );
    if let Some((repo, rel)) = repo {
        let id = checked.plan.as_ref().map_or("", |p| p.id_str());
        let message = args
            .message
            .clone()
            .unwrap_or_else(|| format!("Revise plan {id}: next revision {next}"));
        let commit = repo.commit_file(&rel, &message)?;
        said.push_str(&msg(
            "said-committed",
            &[("commit", commit.id.to_string().into())],
        ));
    }
    output::say(&said);
    Ok(Outcome::Clean)
}
