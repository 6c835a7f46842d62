//! `ip migrate PATH…`: rewrites version 1 plans as version 2 in place (see `migrate.rs`
//! for the edits). Each file is checked before and after: a migrated plan must have the
//! break the same rules as the original, but for the rules only version 2 can check (consent by
//! age, the barnekoordinator's age, references to participants, the child's views); if
//! the rewrite would add any other finding, the file is left as it was and the run ends
//! with exit 2, since that would be a fault in `ip`, not in the plan. `--check` only says
//! which files are still version 1 (exit 1 when any is).

use std::path::PathBuf;

use super::Outcome;
use crate::check::{self, inputs, Input};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::messages::msg;
use crate::migrate::{self, added_findings, NotMigrated};
use crate::output;
use crate::plan::Plan;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Plan files or folders (default: the plans of ip.toml, else the current folder).
    pub paths: Vec<PathBuf>,
    /// Change nothing: list the version 1 plans (exit 1 when there are any).
    #[arg(long)]
    pub check: bool,
}

pub fn execute(args: &Args, config: &Config) -> Result<Outcome> {
    let inputs = inputs::collect(&args.paths, config)?;
    let mut pending = 0;
    let mut unreadable: Vec<Error> = Vec::new();
    let not_migrated = |file: &str| {
        Error::plan(
            file,
            msg("migrate-unreadable", &[]),
            Some(msg("migrate-unreadable-help", &[])),
        )
    };
    for input in &inputs {
        let Input::File(path) = input else { continue };
        let file = path.display().to_string();
        let bytes = match inputs::read(input)? {
            inputs::Content::Bytes(b) => b,
            inputs::Content::TooLarge(_) => {
                unreadable.push(not_migrated(&file));
                continue;
            }
        };
        let before = check::check_bytes(&bytes);
        let parsed = crate::yaml::parse(&before.text);
        let (Some(root), Some(plan)) = (parsed.root.as_ref(), before.plan.as_ref()) else {
            unreadable.push(not_migrated(&file));
            continue;
        };
        let migrated = match migrate::migrate(&before.text, root, plan) {
            Ok(m) => m,
            Err(NotMigrated::AlreadyCurrent) => {
                output::detail(&msg("migrate-current", &[("file", file.as_str().into())]));
                continue;
            }
            Err(NotMigrated::Unreadable) => {
                unreadable.push(not_migrated(&file));
                continue;
            }
        };
        pending += 1;
        if args.check {
            output::say(&msg("migrate-pending", &[("file", file.as_str().into())]));
            continue;
        }
        let after = check::check_bytes(migrated.text.as_bytes());
        let added = added_findings(&before.findings, &after.findings);
        if !after.plan.as_ref().is_some_and(Plan::is_v2) || !added.is_empty() {
            unreadable.push(Error::plan(
                &file,
                msg("migrate-would-break", &[("codes", added.join(", ").into())]),
                Some(msg("migrate-would-break-help", &[])),
            ));
            continue;
        }
        output::replace_plan(path, migrated.text.as_bytes())?;
        output::say(&msg("migrate-done", &[("file", file.as_str().into())]));
        for note in &migrated.notes {
            output::say(&format!("  • {note}"));
        }
    }
    // Every file not migrated is reported; the last one is the command's error (exit 2).
    let last = unreadable.pop();
    for error in unreadable {
        eprintln!("{:?}", miette::Report::new(error));
    }
    if let Some(last) = last {
        return Err(last);
    }
    Ok(if args.check && pending > 0 {
        Outcome::Findings
    } else {
        Outcome::Clean
    })
}
