//! The integration tests: one binary, a small harness, one module per command.
//!
//! Every test runs the real `ip` binary in a temporary folder with a clean environment
//! (no colour, no `GIT_*` variables, no user git config), as a user or CI would.

mod harness;

mod cache;
mod ci_formats;
mod conventions;
mod corpus;
mod explain_schema_new;
mod exports;
mod fixtures;
mod git;
mod help;
mod install;
mod language;
mod lsp;
mod migrate;
mod mutants;
mod print;
mod render;
mod terminal;
mod trust;
mod validate;
