//! `ip validate`: checks plans against the format and the law's content list and reports
//! every finding in every file in one run. A file that cannot be read is reported on
//! stderr and makes the exit code 2, after the other files have been checked.

use std::path::PathBuf;

use super::{FindingsFormat, Outcome};
use crate::check::{self, DuplicateIds, FileResult};
use crate::config::Config;
use crate::error::Result;
use crate::output::{findings, Color};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Plan files or folders; `-` reads one plan from standard input.
    /// Default: the `plans` folders of ip.toml, else the current folder.
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: FindingsFormat,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,
}

pub fn execute(args: &Args, config: &Config, color: Color) -> Result<Outcome> {
    let inputs = check::inputs::collect(&args.paths, config)?;
    let format = match args.format {
        FindingsFormat::Text => findings::Format::Text,
        FindingsFormat::Json => findings::Format::Json,
        FindingsFormat::Github => findings::Format::Github,
    };
    let mut unreadable = Vec::new();
    let mut ids = DuplicateIds::default();
    let batches = inputs.chunks(check::BATCH).map(|batch| {
        let mut files = Vec::with_capacity(batch.len());
        for (input, result) in batch.iter().zip(check::check_each(batch)) {
            match result {
                Ok(checked) => {
                    let mut file = FileResult {
                        path: input.display(),
                        checked,
                    };
                    ids.check(&mut file);
                    files.push(file);
                }
                Err(e) => unreadable.push(e),
            }
        }
        files
    });
    let totals = findings::write(format, color.enabled(), args.deny_warnings, batches);
    // Every unreadable file is reported; the last one is the command's error (exit 2).
    let last = unreadable.pop();
    for error in unreadable {
        eprintln!("{:?}", miette::Report::new(error));
    }
    if let Some(last) = last {
        return Err(last);
    }
    Ok(if totals.all_valid() {
        Outcome::Clean
    } else {
        Outcome::Findings
    })
}
