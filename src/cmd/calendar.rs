//! `ip calendar`: the dates of plans (next revision, meetings, consent withdrawn, measure
//! ends) as iCalendar for a coordinator's calendar. What goes into an event, and what
//! never does, is the library's: `export/calendar.rs`.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::{parse_date, parse_duration, Outcome};
use crate::check;
use crate::config::Config;
use crate::error::Result;
use crate::export::{self, calendar};
use crate::i18n::Lang;
use crate::messages::msg;
use crate::output;
use crate::values::Duration;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Plan files or folders (default: the `plans` folders of ip.toml, else the current folder).
    pub paths: Vec<PathBuf>,
    /// Write the calendar to FILE (e.g. plans.ics) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Only plans whose coordinator has this name (letter case does not matter).
    #[arg(long, value_name = "NAME")]
    pub coordinator: Option<String>,
    /// Only events from today (or --as-of) to this far ahead: "30 days", "6 weeks", "3 months".
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub within: Option<Duration>,
    /// The day --within counts from, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "DATE", value_parser = parse_date, requires = "within")]
    pub as_of: Option<NaiveDate>,
    /// Put the person's name in the events (by default only the plan id is there).
    #[arg(long)]
    pub names: bool,
    /// Export invalid plans too (by default they are refused and nothing is written).
    #[arg(long)]
    pub draft: bool,
}

/// `lang`: the global `--lang`, which also names the events' language (default: each
/// plan's language, else ip.toml's, else nb).
pub fn execute(args: &Args, config: &Config, lang: Option<Lang>) -> Result<Outcome> {
    let inputs = check::inputs::collect(&args.paths, config)?;
    let window = args.within.map(|within| {
        let from = args
            .as_of
            .unwrap_or_else(|| chrono::Local::now().date_naive());
        (from, within.after(from).unwrap_or(NaiveDate::MAX))
    });
    let options = calendar::Options {
        coordinator: args.coordinator.clone(),
        window,
        lang,
        config_lang: config.language,
        names: args.names,
        draft: args.draft,
        stamp: export::stamp_time(),
    };
    let written = calendar::calendar(&inputs, &options)?;
    match &args.output {
        Some(path) => {
            output::write_output(path, written.text.as_bytes())?;
            output::say(&msg(
                "said-wrote-calendar",
                &[
                    ("path", path.display().to_string().into()),
                    ("events", written.events.into()),
                    ("plans", written.plans.into()),
                ],
            ));
        }
        None => output::print(&written.text),
    }
    if written.events == 0 {
        output::note(&msg("said-no-events", &[]));
    }
    Ok(Outcome::Clean)
}
