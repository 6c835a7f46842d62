//! The check of IP038 (`rules::consent_withdrawn_active`, where its text is).
//!
//! Item h: a plan whose consent is withdrawn is closed.

use super::Context;
use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::plan::Status;
use crate::rules::consent_withdrawn_active::RULE;

/// Version 2: an active plan whose every record of consent to the plan is withdrawn.
fn check_records(cx: &Context, out: &mut Vec<Finding>) {
    if cx.plan.status != Status::Active {
        return;
    }
    if !cx.plan.plan_consent_withdrawn() {
        return;
    }
    let withdrawn = cx
        .plan
        .consents_to("plan")
        .filter_map(|r| r.withdrawn.as_ref());
    if let Some(last) = withdrawn.max_by_key(|w| w.value) {
        out.push(
            Finding::new(
                &RULE,
                msg(
                    "finding-consent-withdrawn-records",
                    &[("date", last.value.to_string().into())],
                ),
                last.pointer.clone(),
                last.pos,
            )
            .help(msg("finding-consent-withdrawn-records-help", &[])),
        );
    }
}

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    if cx.plan.is_v2() {
        return check_records(cx, out);
    }
    let Some(withdrawn) = cx.plan.consent.as_ref().and_then(|c| c.withdrawn.as_ref()) else {
        return;
    };
    if cx.plan.status == Status::Active {
        out.push(
            Finding::new(
                &RULE,
                msg(
                    "finding-consent-withdrawn",
                    &[("date", withdrawn.value.to_string().into())],
                ),
                withdrawn.pointer.clone(),
                withdrawn.pos,
            )
            .help(msg("finding-consent-withdrawn-help", &[])),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{codes, edit};

    #[test]
    fn withdrawn_consent_needs_a_closed_plan() {
        let plan = edit(|p| p.replace("withdrawn: null", "withdrawn: 2026-09-01"));
        assert_eq!(codes(&plan), vec!["IP038"]);
        let closed = plan.replace("status: active", "status: closed");
        assert!(codes(&closed).is_empty());
    }
}
