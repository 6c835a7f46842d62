//! The check of IP038 (`rules::consent_withdrawn_active`, where its text is).
//!
//! Item h: a plan whose consent is withdrawn is closed.

use super::Context;
use crate::diagnostic::Finding;
use crate::plan::Status;
use crate::rules::consent_withdrawn_active::RULE;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let Some(withdrawn) = cx.plan.consent.as_ref().and_then(|c| c.withdrawn.as_ref()) else {
        return;
    };
    if cx.plan.status == Status::Active {
        out.push(
            Finding::new(
                &RULE,
                format!(
                    "consent was withdrawn {} but the plan is still active",
                    withdrawn.value
                ),
                withdrawn.pointer.clone(),
                withdrawn.pos,
            )
            .help("set `status: closed`"),
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
