//! `ip explain CODE`: the full text of a rule in the language of messages (`crate::explain`).

use super::Outcome;
use crate::error::{Error, Result};
use crate::explain;
use crate::messages::msg;
use crate::output;
use crate::rules;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A rule code such as IP030, or its name such as unknown-responsible; `all` lists them.
    pub code: String,
}

pub fn execute(args: &Args) -> Result<Outcome> {
    if args.code.eq_ignore_ascii_case("all") || args.code.eq_ignore_ascii_case("list") {
        output::print(&explain::list());
        return Ok(Outcome::Clean);
    }
    let rule = rules::find(&args.code).ok_or_else(|| {
        let words = rules::REGISTRY.iter().flat_map(|r| [r.code, r.name]);
        let help = match crate::values::nearest(&args.code, words) {
            Some(near) => msg("explain-unknown-near", &[("near", near.into())]),
            None => msg("explain-unknown-help", &[]),
        };
        Error::Usage {
            message: msg("explain-unknown", &[("code", args.code.as_str().into())]),
            help: Some(help),
        }
    })?;
    output::print(&explain::explain(rule));
    Ok(Outcome::Clean)
}
