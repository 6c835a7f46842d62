//! `ip schema`: the JSON Schema of the plan formats, generated from the field table the
//! validator walks (`json_schema.rs`), its descriptions in the language of messages.
//! `schemas/plan.schema.json` (English), `plan.schema.nb.json` and `plan.schema.nn.json`
//! are this output.

use super::Outcome;
use crate::error::Result;
use crate::output;

pub fn execute() -> Result<Outcome> {
    output::print_json(&crate::json_schema::json_schema_in(
        crate::messages::current(),
    ));
    Ok(Outcome::Clean)
}
