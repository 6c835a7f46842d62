//! `ip`: individual plans (individuell plan) as YAML files in git.
//!
//! A library in layers under thin commands. Each layer uses only the layers below it
//! (`scripts/modgraph` checks: no cycle, no command importing another command):
//!
//! ```text
//! cmd/*                 commands: parse arguments, call the library, print
//! output                sinks: stdout, files, findings (text/json/github), tables
//! due                   which plans need revision (check + git)
//! export                plans that travel: iCalendar and FHIR R4 (check + model)
//! render revision changes   printing, recording a revision, plan-level diff and history
//! check                 reading and checking plans: inputs, batches, all cores, Checked
//! checks                the content checks, one file per rule, over the model
//! plan structure json_schema   the model; the structural check and the JSON Schema
//!                       generated from the field table
//! yaml fields config git   the parser; the field table; ip.toml; the one door to git
//! pdf                   HTML to PDF by WeasyPrint or Chromium, in a private temp folder
//! diagnostic error i18n messages   findings and positions; the error type; languages;
//!                       what `ip` says to people, in their language (Fluent)
//! rules values iproute terminal   rule metadata (codes, names, letters, docs); dates,
//!                       durations; control characters made visible;
//!                       handing networking commands to iproute2's `ip`
//! ```

pub mod changes;
pub mod check;
pub mod checks;
pub mod cmd;
pub mod config;
pub mod diagnostic;
pub mod due;
pub mod edits;
pub mod error;
pub mod explain;
pub mod export;
pub mod field_docs;
pub mod fields;
pub mod git;
pub mod i18n;
pub mod iproute;
pub mod json_schema;
pub mod lsp;
pub mod messages;
pub mod migrate;
pub mod output;
pub mod pdf;
pub mod plan;
pub mod render;
pub mod revision;
pub mod rules;
pub mod structure;
pub mod terminal;
pub mod values;
pub mod yaml;
