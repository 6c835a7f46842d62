//! `ip due`: plans needing revision, with git facts for each (states and rules in
//! `due.rs`).

use std::path::PathBuf;

use chrono::NaiveDate;

use super::{parse_date, parse_duration, Outcome};
use crate::check;
use crate::config::Config;
use crate::due;
use crate::error::Result;
use crate::messages::msg;
use crate::output::{self, tables, Color};
use crate::values::Duration;

/// `--format` of `ip due`: the table formats, and CSV for spreadsheets (only `due` has
/// it, so it is not one of the shared [`super::TableFormat`]s).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum DueFormat {
    /// A table for people.
    #[default]
    Table,
    /// JSON for scripts.
    Json,
    /// CSV for spreadsheets: UTF-8 with a byte order mark, RFC 4180 quoting.
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Plan files or folders (default: the `plans` folders of ip.toml, else the current folder).
    pub paths: Vec<PathBuf>,
    /// The day to count from, YYYY-MM-DD (default: today). Makes every output reproducible.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// How far ahead counts as due soon: "30 days", "6 weeks", "1 month" (default: ip.toml
    /// `revision.due_within`, else 30 days).
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub within: Option<Duration>,
    /// List every plan, also those that are fine or closed.
    #[arg(long)]
    pub all: bool,
    /// Only plans whose coordinator has this name (letter case does not matter).
    #[arg(long, value_name = "NAME")]
    pub coordinator: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: DueFormat,
    /// Exit 1 when any plan needs revision (for CI or a scheduled job).
    #[arg(long)]
    pub check: bool,
}

pub fn execute(args: &Args, config: &Config, color: Color) -> Result<Outcome> {
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let within = args
        .within
        .or(config.due_within)
        .unwrap_or(Duration::Days(30));
    let inputs = check::inputs::collect(&args.paths, config)?;
    let report = due::report(
        &inputs,
        as_of,
        within,
        args.all,
        args.coordinator.as_deref(),
    )?;
    match args.format {
        DueFormat::Json => output::print_json(&report),
        DueFormat::Csv => output::print_with(|out| output::csv::due(out, &report)),
        DueFormat::Table => {
            output::print_with(|out| tables::due(out, &report, within, color.enabled()))
        }
    }
    if report.shallow {
        output::note(&msg("due-shallow", &[]));
    }
    Ok(if args.check && report.needing > 0 {
        Outcome::Findings
    } else {
        Outcome::Clean
    })
}
