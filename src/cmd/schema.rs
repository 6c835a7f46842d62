//! `ip schema`: the JSON Schema of plan format v1, generated from the same table the
//! validator walks (`src/schema.rs`). `schemas/plan.schema.json` is this output.

use miette::Report;

use super::Outcome;

pub fn render() -> String {
    let mut text =
        serde_json::to_string_pretty(&crate::schema::json_schema()).expect("schema serializes");
    text.push('\n');
    text
}

pub fn execute() -> Result<Outcome, Report> {
    super::print(&render());
    Ok(Outcome::Clean)
}
