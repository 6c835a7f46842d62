//! The check of IP035 (`rules::consent_after_start`, where its text is).
//!
//! Item h: consent comes before the plan starts.

use super::Context;
use crate::diagnostic::Finding;
use crate::rules::consent_after_start::RULE;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let given = cx.plan.consent.as_ref().and_then(|c| c.given.as_ref());
    let start = cx.plan.period.as_ref().and_then(|p| p.start.as_ref());
    if let (Some(given), Some(start)) = (given, start) {
        if given.value > start.value {
            out.push(
                Finding::new(
                    &RULE,
                    format!("consent was given {} but the plan period started {}", given.value, start.value),
                    given.pointer.clone(),
                    given.pos,
                )
                .help("consent comes first: correct the date, or start the period on or after the consent date"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{codes, edit};

    #[test]
    fn late_consent_is_an_error() {
        let plan = edit(|p| p.replace("given: 2026-01-10", "given: 2026-01-20"));
        assert_eq!(codes(&plan), vec!["IP035"]);
    }
}
