//! The check of IP035 (`rules::consent_after_start`, where its text is).
//!
//! Item h: consent comes before the plan starts.

use super::Context;
use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::rules::consent_after_start::RULE;

/// Version 2: some record of consent to the plan was given by the day the period starts.
/// A record given later (a young person who turns 16 and then consents herself) is fine
/// when an earlier one covered the start.
fn check_records(cx: &Context, out: &mut Vec<Finding>) {
    let Some(start) = cx.plan.period.as_ref().and_then(|p| p.start.as_ref()) else {
        return;
    };
    let given: Vec<_> = cx
        .plan
        .consents_to("plan")
        .filter_map(|r| r.given.as_ref())
        .collect();
    if given.iter().any(|g| g.value <= start.value) {
        return;
    }
    if let Some(first) = given.iter().min_by_key(|g| g.value) {
        out.push(
            Finding::new(
                &RULE,
                msg(
                    "finding-consent-after-start-first",
                    &[
                        ("given", first.value.to_string().into()),
                        ("start", start.value.to_string().into()),
                    ],
                ),
                first.pointer.clone(),
                first.pos,
            )
            .help(msg("finding-consent-after-start-help", &[])),
        );
    }
}

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    if cx.plan.is_v2() {
        return check_records(cx, out);
    }
    let given = cx.plan.consent.as_ref().and_then(|c| c.given.as_ref());
    let start = cx.plan.period.as_ref().and_then(|p| p.start.as_ref());
    if let (Some(given), Some(start)) = (given, start) {
        if given.value > start.value {
            out.push(
                Finding::new(
                    &RULE,
                    msg(
                        "finding-consent-after-start",
                        &[
                            ("given", given.value.to_string().into()),
                            ("start", start.value.to_string().into()),
                        ],
                    ),
                    given.pointer.clone(),
                    given.pos,
                )
                .help(msg("finding-consent-after-start-help", &[])),
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
