//! The check of IP052 (`rules::no_sharing_consent`, where its text is).
//!
//! Item h (warning): consent to share information is given, or its absence is visible.

use super::{consent_list, Context};
use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::rules::no_sharing_consent::RULE;

/// Version 2: some record covers sharing (and holds: not withdrawn).
fn check_records(cx: &Context, out: &mut Vec<Finding>) {
    let sharing = cx
        .plan
        .consents_to("sharing")
        .any(|r| r.withdrawn.is_none());
    // When every consent to the plan is withdrawn, that is IP038's finding; a warning about
    // sharing on top would only be noise.
    if sharing || cx.plan.plan_consent_withdrawn() {
        return;
    }
    let (pointer, pos) = consent_list(cx);
    out.push(
        Finding::new(
            &RULE,
            msg("finding-no-sharing-consent-records", &[]),
            pointer,
            pos,
        )
        .help(msg("finding-no-sharing-consent-records-help", &[])),
    );
}

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    // A declined offer shares nothing: there is no plan to share for.
    if cx.plan.kind == crate::plan::PlanKind::Declined {
        return;
    }
    if cx.plan.is_v2() {
        return check_records(cx, out);
    }
    let Some(consent) = &cx.plan.consent else {
        return;
    };
    match &consent.sharing {
        Some(s) if s.value => {}
        Some(s) => out.push(
            Finding::new(
                &RULE,
                msg("finding-no-sharing-consent", &[]),
                s.pointer.clone(),
                s.pos,
            )
            .help(msg("finding-no-sharing-consent-help", &[])),
        ),
        None => out.push(
            Finding::new(
                &RULE,
                msg("finding-no-sharing-consent-unrecorded", &[]),
                consent.pointer.clone(),
                consent.pos,
            )
            .help(msg("finding-no-sharing-consent-unrecorded-help", &[])),
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{codes, edit};

    #[test]
    fn no_sharing_is_a_warning() {
        let plan = edit(|p| p.replace("sharing: true", "sharing: false"));
        assert_eq!(codes(&plan), vec!["IP052"]);
    }
}
