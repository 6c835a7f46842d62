//! The check of IP051 (`rules::goal_unserved`, where its text is).
//!
//! Item e (warning): every goal has a measure serving it.

use std::collections::HashSet;

use super::Context;
use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::rules::goal_unserved::RULE;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    // One set of served ids: searching all measures for each goal is quadratic in a
    // (hostile) plan of thousands of goals and measures.
    let served: HashSet<&str> = cx
        .plan
        .measures
        .iter()
        .flat_map(|m| m.goals.iter().map(|g| g.value.as_str()))
        .collect();
    for goal in &cx.plan.goals {
        let Some(id) = &goal.id else { continue };
        if !served.contains(id.value.as_str()) {
            out.push(
                Finding::new(
                    &RULE,
                    msg("finding-goal-unserved", &[("id", id.value.as_str().into())]),
                    goal.pointer.clone(),
                    id.pos,
                )
                .help(msg(
                    "finding-goal-unserved-help",
                    &[("id", id.value.as_str().into())],
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{codes, edit};

    #[test]
    fn an_unserved_goal_is_a_warning() {
        let plan = edit(|p| p.replace("goals: [g1, g2]", "goals: [g1]"));
        assert_eq!(codes(&plan), vec!["IP051"]);
    }
}
