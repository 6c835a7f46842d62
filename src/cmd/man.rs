//! `ip man --out-dir DIR`: man pages, one for the program and one per command
//! (`ip-validate.1`, …), generated from the clap definition (clap_mangen). The Debian
//! package ships them; `man ip-validate` then works. No `ip.1` is written under the name
//! `ip`, so `man ip` stays iproute2's networking page: the program's own page is `iplan.1`.

use std::path::PathBuf;

use super::Outcome;
use crate::error::{Error, Result};
use crate::messages::msg;
use crate::output;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The folder to write the pages into (made if missing).
    #[arg(long, value_name = "DIR")]
    pub out_dir: PathBuf,
}

pub fn execute(args: &Args, command: clap::Command) -> Result<Outcome> {
    std::fs::create_dir_all(&args.out_dir).map_err(|err| Error::CreateDir {
        path: args.out_dir.clone(),
        err,
    })?;
    let mut written = Vec::new();
    // The program's page as `iplan`; the commands' pages as both `ip-X` and `iplan-X`.
    let top = command.clone().name("iplan").bin_name("iplan");
    written.push(page(&args.out_dir, "iplan", top)?);
    for prefix in ["ip", "iplan"] {
        for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
            let name = format!("{prefix}-{}", sub.get_name());
            let page_cmd = sub
                .clone()
                .name(name.clone())
                .bin_name(format!("{prefix} {}", sub.get_name()));
            written.push(page(&args.out_dir, &name, page_cmd)?);
        }
    }
    output::say(&msg(
        "said-wrote-man",
        &[
            ("count", written.len().into()),
            ("dir", args.out_dir.display().to_string().into()),
        ],
    ));
    Ok(Outcome::Clean)
}

fn page(dir: &std::path::Path, name: &str, command: clap::Command) -> Result<PathBuf> {
    let mut text = Vec::new();
    clap_mangen::Man::new(command)
        .section("1")
        .render(&mut text)
        .map_err(|err| Error::Write {
            path: dir.join(name),
            err,
        })?;
    let path = dir.join(format!("{name}.1"));
    output::write_output(&path, &text)?;
    Ok(path)
}
