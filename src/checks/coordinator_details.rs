//! The check of IP039 (`rules::coordinator_details`, where its text is).
//!
//! Item c: the coordinator can be reached.

use super::Context;
use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::rules::coordinator_details::RULE;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let Some(coordinator) = &cx.plan.coordinator else {
        return;
    };
    // A phone or email of the wrong type (`phone: 77000017`, a number) is IP006's finding;
    // the coordinator does have one.
    let written = |key| {
        cx.root
            .get("coordinator")
            .and_then(|c| c.get(key))
            .is_some_and(|v| !matches!(v.kind, crate::yaml::Kind::Null))
    };
    if coordinator.phone.is_none()
        && coordinator.email.is_none()
        && !written("phone")
        && !written("email")
    {
        out.push(
            Finding::new(
                &RULE,
                msg("finding-coordinator-details", &[]),
                "/coordinator",
                coordinator.pos,
            )
            .help(msg("finding-coordinator-details-help", &[])),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{codes, edit};

    #[test]
    fn a_coordinator_without_contact_is_an_error() {
        let plan = edit(|p| {
            p.replace("  phone: \"77 00 00 17\"\n", "")
                .replace("  email: ola.hansen@example.no\n", "")
        });
        assert_eq!(codes(&plan), vec!["IP039"]);
    }

    #[test]
    fn a_missing_role_uses_this_code_too() {
        let plan = edit(|p| p.replace("  role: vernepleiar\n", ""));
        assert_eq!(codes(&plan), vec!["IP039"]);
    }
}
