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
use crate::output::{self, findings, Color};
use crate::revision;

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
    /// Commit the revised file (only that file) with your git identity.
    #[arg(long)]
    pub commit: bool,
    /// The commit message (default: "Revise plan ID: next revision DATE").
    #[arg(short, long, requires = "commit", value_name = "MSG")]
    pub message: Option<String>,
}

pub fn execute(args: &Args, config: &Config, color: Color) -> Result<Outcome> {
    let bytes = std::fs::read(&args.plan).map_err(|err| Error::Read {
        path: args.plan.clone(),
        err,
    })?;
    let repo = if args.commit {
        Some(Repo::locate(&args.plan)?)
    } else {
        None
    };
    let file = args.plan.display().to_string();
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
        eprintln!("not revised: fix the errors above first (`ip revise` only records a revision of a valid plan)");
        return Ok(Outcome::Findings);
    }
    let on = args.on.unwrap_or_else(|| chrono::Local::now().date_naive());
    let revised = revision::revise(&file, &bytes, &checked, on, args.next, config.interval)?;
    output::write_atomic(&args.plan, &revised.bytes, false)?;
    let (last, next) = (revised.last, revised.next);
    let mut said = format!("revised {file}: last revision {last}, next revision {next}");
    if let Some((repo, rel)) = repo {
        let id = checked.plan.as_ref().map_or("", |p| p.id_str());
        let message = args
            .message
            .clone()
            .unwrap_or_else(|| format!("Revise plan {id}: next revision {next}"));
        let commit = repo.commit_file(&rel, &revised.bytes, &message)?;
        said.push_str(&format!("; committed {}", commit.id));
    }
    eprintln!("{said}");
    Ok(Outcome::Clean)
}
