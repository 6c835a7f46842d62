//! The check of IP051 (`rules::goal_unserved`, where its text is).
//!
//! Item e (warning): every goal has a measure serving it.

use super::Context;
use crate::diagnostic::Finding;
use crate::rules::goal_unserved::RULE;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    for goal in &cx.plan.goals {
        let Some(id) = &goal.id else { continue };
        let served = cx
            .plan
            .measures
            .iter()
            .any(|m| m.goals.iter().any(|g| g.value == id.value));
        if !served {
            out.push(
                Finding::new(
                    &RULE,
                    format!("no measure serves goal `{}`", id.value),
                    goal.pointer.clone(),
                    id.pos,
                )
                .help(format!(
                    "add `{}` to the `goals` of the measure that works towards it",
                    id.value
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
