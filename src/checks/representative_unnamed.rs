//! The check of IP037 (`rules::representative_unnamed`, where its text is).
//!
//! Item h: consent by a representative names them.

use super::Context;
use crate::diagnostic::Finding;
use crate::rules::representative_unnamed::RULE;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let Some(consent) = &cx.plan.consent else {
        return;
    };
    let Some(by) = &consent.by else { return };
    if by.value == "representative" && consent.name.is_none() {
        out.push(
            Finding::new(
                &RULE,
                "consent was given by a representative, but `consent.name` does not say who",
                by.pointer.clone(),
                by.pos,
            )
            .help("add `name:` under `consent` with the representative's name"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{codes, edit};

    #[test]
    fn an_unnamed_representative_is_an_error() {
        let plan = edit(|p| p.replace("by: person", "by: representative"));
        assert_eq!(codes(&plan), vec!["IP037"]);
    }
}
