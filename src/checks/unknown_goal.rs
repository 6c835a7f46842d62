//! The check of IP031 (`rules::unknown_goal`, where its text is).
//!
//! Item e: a measure serves goals that exist.

use std::collections::HashSet;

use super::{id_list, suggest, Context};
use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::rules::unknown_goal::RULE;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let ids: Vec<&str> = cx
        .plan
        .goals
        .iter()
        .filter_map(|g| g.id.as_deref().map(String::as_str))
        .collect();
    let known: HashSet<&str> = ids.iter().copied().collect();
    let mut suggestions = 0;
    for measure in &cx.plan.measures {
        for goal in &measure.goals {
            if known.contains(goal.value.as_str()) {
                continue;
            }
            let label = super::label(measure.id.as_ref());
            let help = match suggest(goal, &ids, &mut suggestions) {
                Some(n) => msg("finding-did-you-mean", &[("word", n.into())]),
                None => msg(
                    "finding-unknown-goal-help",
                    &[("ids", id_list(&ids).into())],
                ),
            };
            out.push(
                Finding::new(
                    &RULE,
                    msg(
                        "finding-unknown-goal",
                        &[
                            ("measure", label.into()),
                            ("goal", goal.value.as_str().into()),
                        ],
                    ),
                    goal.pointer.clone(),
                    goal.pos,
                )
                .help(help),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{codes, edit};

    #[test]
    fn a_missing_goal_is_caught() {
        let plan = edit(|p| p.replace("goals: [g1]", "goals: [g1, g9]"));
        assert_eq!(codes(&plan), vec!["IP031"]);
    }
}
