//! `ip validate`: checks plans against the format and the law's content list and reports
//! every finding in every file in one run. A file that cannot be read is reported on
//! stderr and makes the exit code 2, after the other files have been checked.

use std::path::PathBuf;

use miette::Report;

use super::{Color, Outcome};
use crate::config::Config;
use crate::inputs::{self, Content, Input};
use crate::plan::{self, Checked};
use crate::report::{FileResult, Stream, StreamFormat};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Format {
    #[default]
    Text,
    Json,
    Github,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Plan files or folders; `-` reads one plan from standard input.
    /// Default: the `plans` folders of ip.toml, else the current folder.
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,
}

/// Reads and checks one input; a file over the size limit becomes a finding.
pub fn check_input(input: &Input) -> Result<Checked, Report> {
    Ok(match inputs::read(input)? {
        Content::Bytes(bytes) => plan::check_bytes(&bytes),
        Content::TooLarge(size) => plan::too_large(size),
    })
}

/// Maps `f` over `items` on all cores; results come back in order. Small inputs stay on
/// one thread, where spawning would cost more than it saves.
pub fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(items.len().max(1));
    if threads <= 1 || items.len() < 16 {
        return items.iter().map(&f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(f).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// Checks every input, on all cores; results come back in input order.
pub fn check_each(inputs: &[Input]) -> Vec<Result<Checked, Report>> {
    par_map(inputs, check_input)
}

/// Checks every input; the first unreadable one is the error.
pub fn check_all(inputs: &[Input]) -> Result<Vec<Checked>, Report> {
    check_each(inputs).into_iter().collect()
}

/// Plans checked and reported per batch: enough to keep both cores busy, few enough that
/// memory stays flat for any number of plans.
const BATCH: usize = 1024;

pub fn execute(args: &Args, config: &Config, color: Color) -> Result<Outcome, Report> {
    let inputs = inputs::collect(&args.paths, config)?;
    let format = match args.format {
        Format::Text => StreamFormat::Text,
        Format::Json => StreamFormat::Json,
        Format::Github => StreamFormat::Github,
    };
    let mut stream = Stream::new(format, color.enabled(), args.deny_warnings);
    let mut unreadable = Vec::new();
    for batch in inputs.chunks(BATCH) {
        let mut files = Vec::with_capacity(batch.len());
        for (input, result) in batch.iter().zip(check_each(batch)) {
            match result {
                Ok(checked) => files.push(FileResult {
                    path: input.display(),
                    checked,
                }),
                Err(e) => unreadable.push(e),
            }
        }
        super::print(&stream.batch(&files));
    }
    super::print(&stream.finish());
    if let Some(first) = unreadable.into_iter().reduce(|a, b| {
        eprintln!("{a:?}");
        b
    }) {
        return Err(first);
    }
    Ok(if stream.all_valid() {
        Outcome::Clean
    } else {
        Outcome::Findings
    })
}
