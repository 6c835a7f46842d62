//! `ip explain CODE`: the full text of a rule, which lives once, beside the rule.

use super::Outcome;
use crate::error::{Error, Result};
use crate::output;
use crate::rules;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A rule code such as IP030, or its name such as unknown-responsible; `all` lists them.
    pub code: String,
}

pub fn execute(args: &Args) -> Result<Outcome> {
    if args.code.eq_ignore_ascii_case("all") || args.code.eq_ignore_ascii_case("list") {
        let mut out = String::new();
        for rule in rules::REGISTRY {
            let item = rule.item.map_or(String::from(" "), String::from);
            out.push_str(&format!(
                "{}  {item}  {:<34} {}\n",
                rule.code, rule.name, rule.summary
            ));
        }
        output::print(&out);
        return Ok(Outcome::Clean);
    }
    let rule = rules::find(&args.code).ok_or_else(|| {
        let words = rules::REGISTRY.iter().flat_map(|r| [r.code, r.name]);
        let help = match crate::values::nearest(&args.code, words) {
            Some(near) => format!("did you mean `{near}`? `ip explain all` lists every rule"),
            None => "`ip explain all` lists every rule".to_owned(),
        };
        Error::Usage {
            message: format!("no rule is called `{}`", args.code),
            help: Some(help),
        }
    })?;
    output::print(&rules::explain(rule));
    Ok(Outcome::Clean)
}
