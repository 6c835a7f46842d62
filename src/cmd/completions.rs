//! `ip completions SHELL`: shell completions, generated from the same clap definition that
//! parses the command line (clap_complete), for the name it is run as (`ip` or `iplan`).

use super::Outcome;
use crate::error::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell: bash, zsh, fish, powershell or elvish.
    pub shell: clap_complete::Shell,
}

pub fn execute(args: &Args, mut command: clap::Command) -> Result<Outcome> {
    let name = command.get_name().to_owned();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, name, &mut out);
    crate::output::print(&String::from_utf8_lossy(&out));
    Ok(Outcome::Clean)
}
