//! The check of IP031 (`rules::unknown_goal`, where its text is).
//!
//! Item e: a measure serves goals that exist.

use std::collections::HashSet;

use super::{id_list, suggest, Context};
use crate::diagnostic::Finding;
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
            let label = measure
                .id
                .as_deref()
                .map_or("(no id)".to_owned(), |id| format!("`{id}`"));
            let help = match suggest(goal, &ids, &mut suggestions) {
                Some(n) => format!("did you mean `{n}`?"),
                None => format!("the goal ids are: {}", id_list(&ids)),
            };
            out.push(
                Finding::new(
                    &RULE,
                    format!(
                        "measure {label} serves goal `{}`, which does not exist",
                        goal.value
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
