//! `ip diff PLAN [FROM [TO]]`: what changed in plan terms between two revisions. FROM
//! defaults to HEAD (the last commit) and TO to the working file (`changes::diff`).

use std::path::PathBuf;

use super::Outcome;
use crate::changes;
use crate::error::Result;
use crate::output::{self, tables};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The plan file.
    pub plan: PathBuf,
    /// The revision to compare from (a commit, tag, branch, HEAD~2…); default HEAD.
    pub from: Option<String>,
    /// The revision to compare to; default the working file.
    pub to: Option<String>,
}

pub fn execute(args: &Args) -> Result<Outcome> {
    let from = args.from.as_deref().unwrap_or("HEAD");
    let diff = changes::diff(&args.plan, from, args.to.as_deref())?;
    output::print(&tables::diff(&args.plan.display().to_string(), &diff));
    Ok(Outcome::Clean)
}
