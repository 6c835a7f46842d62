//! `ip new [-o FILE]`: a commented plan skeleton of the newest format (v2). Values are left
//! empty on purpose: `ip validate` on the new file then lists, item by item, what the law
//! asks to fill in. Consent above all is left empty (`consent: []`): a skeleton that
//! answered it (v1's `sharing: true`) made consent look given before anyone was asked.
//!
//! The comments speak the message language (`--lang`, ip.toml, the locale), and so does
//! the plan's `language`, which the coordinator changes if the plan is written in
//! another; its `yaml-language-server` line names the schema of that language.

use std::path::PathBuf;

use super::Outcome;
use crate::error::Result;
use crate::messages::msg;
use crate::output;

use crate::i18n::Lang;

/// The skeleton, with comments in the given language.
pub fn skeleton(lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => include_str!("../../templates/new-plan.nb.yaml"),
        Lang::Nn => include_str!("../../templates/new-plan.nn.yaml"),
        Lang::En => include_str!("../../templates/new-plan.en.yaml"),
    }
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write the skeleton to FILE (never overwriting it) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn execute(args: &Args) -> Result<Outcome> {
    let skeleton = skeleton(crate::messages::current());
    match &args.output {
        None => output::print(skeleton),
        Some(path) => {
            output::write_new(path, skeleton.as_bytes())?;
            output::say(&msg(
                "said-wrote-new",
                &[("path", path.display().to_string().into())],
            ));
        }
    }
    Ok(Outcome::Clean)
}
