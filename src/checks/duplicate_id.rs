//! The check of IP032 (`rules::duplicate_id`, where its text is).
//!
//! Ids are unique among goals, among measures and among participants.

use std::collections::HashMap;

use super::Context;
use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::plan::At;
use crate::rules::duplicate_id::RULE;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let plan = cx.plan;
    find_duplicates("goal", plan.goals.iter().filter_map(|g| g.id.as_ref()), out);
    find_duplicates(
        "measure",
        plan.measures.iter().filter_map(|m| m.id.as_ref()),
        out,
    );
    find_duplicates(
        "participant",
        plan.participants.iter().filter_map(|p| p.id.as_ref()),
        out,
    );
}

fn find_duplicates<'a>(
    noun: &str,
    ids: impl Iterator<Item = &'a At<String>>,
    out: &mut Vec<Finding>,
) {
    let mut first: HashMap<&str, u32> = HashMap::new();
    for id in ids {
        if let Some(line) = first.get(id.value.as_str()) {
            out.push(
                Finding::new(
                    &RULE,
                    msg(
                        "finding-duplicate-id",
                        &[
                            ("noun", noun.into()),
                            ("id", id.value.as_str().into()),
                            ("line", (*line).into()),
                        ],
                    ),
                    id.pointer.clone(),
                    id.pos,
                )
                .help(msg("finding-duplicate-id-help", &[("noun", noun.into())])),
            );
        } else {
            first.insert(id.value.as_str(), id.pos.line);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{edit, findings};

    #[test]
    fn the_second_use_is_reported_with_the_first_line() {
        let plan = edit(|p| p.replacen("id: g2", "id: g1", 1));
        let found = findings(&plan);
        let dup: Vec<_> = found.iter().filter(|f| f.code == "IP032").collect();
        assert_eq!(dup.len(), 1, "{found:?}");
        assert!(dup[0].message.contains("goal id `g1`"));
        assert_eq!(dup[0].pointer, "/goals/1/id");
    }
}
