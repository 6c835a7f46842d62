//! `ip new [-o FILE]`: a commented plan skeleton. Values are left empty on purpose:
//! `ip validate` on the new file then lists, item by item, what the law asks to fill in.

use std::path::PathBuf;

use super::Outcome;
use crate::error::Result;
use crate::messages::msg;
use crate::output;

pub const SKELETON: &str = include_str!("../../templates/new-plan.yaml");

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write the skeleton to FILE (never overwriting it) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn execute(args: &Args) -> Result<Outcome> {
    match &args.output {
        None => output::print(SKELETON),
        Some(path) => {
            output::write_new(path, SKELETON.as_bytes())?;
            output::say(&msg(
                "said-wrote-new",
                &[("path", path.display().to_string().into())],
            ));
        }
    }
    Ok(Outcome::Clean)
}
