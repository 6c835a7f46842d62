//! `ip validate`: checks plans against the format and the law's content list and reports
//! every finding in every file in one run. A file that cannot be read is reported on
//! stderr and makes the exit code 2, after the other files have been checked.

use std::path::PathBuf;

use super::{FindingsFormat, Outcome};
use crate::check::{self, DuplicateIds, FileResult, Input};
use crate::config::Config;
use crate::error::Result;
use crate::messages::msg;
use crate::output::{self, ci, findings, Color};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Plan files or folders; `-` reads one plan from standard input.
    /// Default: the `plans` folders of ip.toml, else the current folder.
    pub paths: Vec<PathBuf>,
    /// Output format (default: github inside GitHub Actions, where GITHUB_ACTIONS=true, as
    /// ruff does; else text).
    #[arg(long, value_enum)]
    pub format: Option<FindingsFormat>,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Check files named on the command line even where ip.toml's `plans` and `exclude`
    /// say they are not plans (by default they are skipped with a note, so that a
    /// pre-commit hook or editor can pass every changed YAML file).
    #[arg(long)]
    pub force_paths: bool,
    /// The name to report for a plan read from standard input (`-`), e.g. the file an
    /// editor is checking.
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,
}

pub fn execute(args: &Args, config: &Config, color: Color) -> Result<Outcome> {
    let mut inputs = check::inputs::collect(&args.paths, config)?;
    // Files named on the command line that ip.toml says are not plans are skipped, with a
    // note (a pre-commit hook passes every changed YAML file).
    if !args.force_paths && config.file.is_some() && !args.paths.is_empty() {
        let (kept, skipped): (Vec<Input>, Vec<Input>) =
            inputs.into_iter().partition(|input| match input {
                Input::File(path) => config.covers(path),
                Input::Stdin => args
                    .stdin_filename
                    .as_deref()
                    .is_none_or(|name| config.covers(name)),
            });
        if !skipped.is_empty() {
            let names: Vec<String> = skipped.iter().map(|i| shown(i, args)).collect();
            output::note(&msg(
                "validate-skipped",
                &[
                    ("count", skipped.len().into()),
                    (
                        "config",
                        config
                            .file
                            .as_ref()
                            .map_or("ip.toml".into(), |f| f.display().to_string())
                            .into(),
                    ),
                    ("names", names.join(", ").into()),
                ],
            ));
        }
        if kept.is_empty() {
            output::note(&msg("validate-nothing", &[]));
            return Ok(Outcome::Clean);
        }
        inputs = kept;
    }
    let chosen = args.format.unwrap_or_else(FindingsFormat::from_environment);
    let mut unreadable = Vec::new();
    let mut ids = DuplicateIds::default();
    let batches = inputs.chunks(check::BATCH).map(|batch| {
        let mut files = Vec::with_capacity(batch.len());
        for (input, result) in batch.iter().zip(check::check_each(batch)) {
            match result {
                Ok(checked) => {
                    let mut file = FileResult {
                        path: shown(input, args),
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
    let totals = match chosen {
        FindingsFormat::Text | FindingsFormat::Json | FindingsFormat::Github => {
            let stream = match chosen {
                FindingsFormat::Json => findings::Format::Json,
                FindingsFormat::Github => findings::Format::Github,
                _ => findings::Format::Text,
            };
            findings::write(stream, color.enabled(), args.deny_warnings, batches)
        }
        // Whole documents: only paths and findings are kept, batch by batch.
        FindingsFormat::Sarif | FindingsFormat::Gitlab | FindingsFormat::Junit => {
            let mut totals = findings::Totals::default();
            let mut kept = Vec::new();
            for files in batches {
                let t = findings::totals(&files, args.deny_warnings);
                totals.files += t.files;
                totals.valid += t.valid;
                totals.errors += t.errors;
                totals.warnings += t.warnings;
                kept.extend(
                    files
                        .iter()
                        .map(|f| ci::FileFindings::of(f, args.deny_warnings)),
                );
            }
            match chosen {
                FindingsFormat::Sarif => output::print_json(&ci::sarif(&kept)),
                FindingsFormat::Gitlab => output::print_json(&ci::gitlab(&kept)),
                _ => output::print(&ci::junit(&kept)),
            }
            totals
        }
    };
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

/// The name a report shows for an input: its path, or `--stdin-filename` for `-`.
fn shown(input: &Input, args: &Args) -> String {
    match (input, &args.stdin_filename) {
        (Input::Stdin, Some(name)) => name.display().to_string(),
        _ => input.display(),
    }
}
