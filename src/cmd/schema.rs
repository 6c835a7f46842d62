//! `ip schema`: the JSON Schema of plan format v1, generated from the field table the
//! validator walks (`json_schema.rs`). `schemas/plan.schema.json` is this output.

use super::Outcome;
use crate::error::Result;
use crate::output;

pub fn execute() -> Result<Outcome> {
    output::print_json(&crate::json_schema::json_schema());
    Ok(Outcome::Clean)
}
