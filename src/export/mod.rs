//! Plans that travel: the same plans in formats other programs read. `calendar` writes
//! iCalendar (RFC 5545) for a coordinator's calendar, `fhir` a FHIR R4 Bundle for systems
//! that speak HL7 FHIR. (The spreadsheet of `ip due --format csv` is an output format of
//! a report, so it lives with the other sinks in `output::csv`.)
//!
//! Both exports share one rule, here: an invalid plan is refused, naming it, unless the
//! user asks for drafts, and nothing is written when any plan is refused. Both stamp their
//! output with the same clock ([`stamp_time`]), fixed by `SOURCE_DATE_EPOCH` for
//! reproducible files. `docs/exports.md` maps every field and says what each export loses.

use chrono::{DateTime, Utc};

use crate::check::{self, DuplicateIds, FileResult, Input};
use crate::error::{Error, Result};
use crate::plan::Plan;

pub mod calendar;
pub mod fhir;

/// When the export was made: `SOURCE_DATE_EPOCH` when set (reproducible output, as for
/// `ip render`'s print date), else now.
pub fn stamp_time() -> DateTime<Utc> {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| DateTime::from_timestamp(secs, 0))
        .unwrap_or_else(Utc::now)
}

/// One plan to export: where it came from, its model, and whether it is valid (an invalid
/// one is only handed out with `draft`).
pub struct ExportPlan<'a> {
    pub input: &'a Input,
    pub plan: &'a Plan,
    pub valid: bool,
}

/// Checks every input in batches (memory stays flat) and hands each plan that may be
/// exported and that `select` wants to `each`, in input order. A second file with an id
/// already seen is invalid (IP054), as `ip validate` says. Invalid plans are refused unless
/// `draft`; plans `select` does not want are never refused (another coordinator's invalid
/// plan does not stop yours), but a file that is not a plan at all (no model, so no
/// coordinator to tell) always is. Any refusal is [`Error::Refused`] naming every refused
/// file, returned after all were checked, so the caller writes nothing.
pub fn each_plan(
    inputs: &[Input],
    draft: bool,
    select: impl Fn(&Plan) -> bool,
    mut each: impl FnMut(ExportPlan<'_>),
) -> Result<()> {
    let mut refused = Vec::new();
    let mut ids = DuplicateIds::default();
    for batch in inputs.chunks(check::BATCH) {
        for (input, checked) in batch.iter().zip(check::check_each(batch)) {
            let mut file = FileResult {
                path: input.display(),
                checked: checked?,
            };
            ids.check(&mut file);
            let valid = file.checked.errors() == 0;
            match &file.checked.plan {
                Some(plan) if !select(plan) => {}
                Some(plan) if valid || draft => each(ExportPlan { input, plan, valid }),
                _ => refused.push(file.path),
            }
        }
    }
    if refused.is_empty() {
        Ok(())
    } else {
        Err(Error::Refused { files: refused })
    }
}

/// Whether a plan's coordinator is `wanted` (`--coordinator`), letter case aside.
pub fn coordinated_by(plan: &Plan, wanted: &str) -> bool {
    crate::values::same_name(plan.coordinator_name(), wanted)
}
