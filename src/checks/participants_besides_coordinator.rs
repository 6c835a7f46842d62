//! The check of IP020 (`rules::participants_besides_coordinator`, where its text is).
//!
//! Item b: the planning involves someone besides the coordinator.

use super::Context;
use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::rules::participants_besides_coordinator::RULE;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let plan = cx.plan;
    if plan.participants.is_empty() {
        return; // IP022 already says the list is missing or empty
    }
    let coordinator = plan.coordinator_name().trim();
    let others = plan
        .participants
        .iter()
        .filter(|p| p.name.as_deref().map(str::trim) != Some(coordinator) || coordinator.is_empty())
        .count();
    if others == 0 {
        let node = cx.root.key_node("participants").map_or(plan.pos, |n| n.pos);
        out.push(
            Finding::new(
                &RULE,
                msg("finding-participants-besides-coordinator", &[]),
                "/participants",
                node,
            )
            .help(msg("finding-participants-besides-coordinator-help", &[])),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{codes, edit};

    #[test]
    fn coordinator_alone_is_not_enough() {
        let plan = edit(|p| {
            let start = p.find("participants:").unwrap();
            let end = p.find("goals:").unwrap();
            format!(
                "{}participants:\n  - id: ola\n    name: Ola Hansen\n    contributes: Koordinerer.\n{}",
                &p[..start],
                &p[end..]
            )
            .replace("responsible: heimeteneste", "responsible: coordinator")
        });
        assert!(codes(&plan).contains(&"IP020"), "{:?}", codes(&plan));
    }

    #[test]
    fn the_complete_plan_passes() {
        assert!(!codes(&edit(|p| p.to_owned())).contains(&"IP020"));
    }
}
