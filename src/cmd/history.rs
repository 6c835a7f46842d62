//! `ip history PLAN`: every commit that touched the plan, newest first, following renames,
//! with what changed in plan terms (`changes::history`).

use std::path::PathBuf;

use super::{Outcome, TableFormat};
use crate::changes;
use crate::error::{Error, Result};
use crate::git::Repo;
use crate::messages::msg;
use crate::output::{self, tables};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The plan file.
    pub plan: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: TableFormat,
}

pub fn execute(args: &Args) -> Result<Outcome> {
    let (repo, rel) = Repo::locate(&args.plan)?;
    let entries = changes::history(&repo, &rel)?;
    if entries.is_empty() && !args.plan.exists() {
        return Err(Error::Read {
            path: args.plan.clone(),
            err: std::io::Error::new(std::io::ErrorKind::NotFound, msg("history-not-found", &[])),
        });
    }
    match args.format {
        TableFormat::Json => output::print_json(&entries),
        TableFormat::Table => {
            output::print(&tables::history(&args.plan.display().to_string(), &entries))
        }
    }
    if repo.is_shallow() {
        output::note(&msg("history-shallow", &[]));
    }
    Ok(Outcome::Clean)
}
