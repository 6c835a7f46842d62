//! `ip export --format fhir PLAN`: one plan in a format other systems read. The mapping
//! is the library's (`export/fhir.rs`, documented in docs/exports.md).

use std::path::PathBuf;

use chrono::NaiveDate;

use super::{parse_date, Outcome};
use crate::check;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::export::{self, fhir};
use crate::i18n::Lang;
use crate::messages::msg;
use crate::output;

/// `--format` of `ip export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// A FHIR R4 Bundle (collection) in JSON: Patient, CarePlan, Goal, CareTeam, Consent.
    Fhir,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The plan file (`-` for standard input).
    pub plan: PathBuf,
    /// The format to write.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Leave the person's name out (the Patient keeps only the birth date).
    #[arg(long)]
    pub no_person_name: bool,
    /// The day measure statuses are counted from (running, ended, not begun), YYYY-MM-DD
    /// (default: today).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// Export an invalid plan anyway, as a draft (CarePlan status `draft`).
    #[arg(long)]
    pub draft: bool,
}

pub fn execute(args: &Args, config: &Config) -> Result<Outcome> {
    let inputs = check::inputs::collect(std::slice::from_ref(&args.plan), config)?;
    if inputs.len() != 1 {
        return Err(Error::usage(
            msg(
                "error-export-one-plan",
                &[
                    ("path", args.plan.display().to_string().into()),
                    ("count", inputs.len().into()),
                ],
            ),
            Some(&msg("error-export-one-plan-help", &[])),
        ));
    }
    let timestamp = export::stamp_time();
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let mut bundle = None;
    export::each_plan(
        &inputs,
        args.draft,
        |_| true,
        |plan| {
            let options = fhir::Options {
                as_of,
                person_name: !args.no_person_name,
                lang: plan.plan.language.or(config.language).unwrap_or(Lang::Nb),
                timestamp,
            };
            bundle = Some(fhir::bundle(
                plan.plan,
                plan.valid,
                &plan.input.display(),
                &options,
            ));
        },
    )?;
    let Some(bundle) = bundle else {
        return Ok(Outcome::Clean);
    };
    match &args.output {
        Some(path) => {
            let mut json = serde_json::to_vec_pretty(&bundle).map_err(|e| Error::Write {
                path: path.clone(),
                err: e.into(),
            })?;
            json.push(b'\n');
            output::write_output(path, &json)?;
            output::say(&msg(
                "said-wrote",
                &[("path", path.display().to_string().into())],
            ));
        }
        None => output::print_json(&bundle),
    }
    Ok(Outcome::Clean)
}
