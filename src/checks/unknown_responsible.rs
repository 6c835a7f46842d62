//! The check of IP030 (`rules::unknown_responsible`, where its text is).
//!
//! Item e: every measure's `responsible` names a participant or the coordinator.

use std::collections::HashSet;

use super::{id_list, suggest, Context};
use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::rules::unknown_responsible::RULE;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let ids: Vec<&str> = cx
        .plan
        .participants
        .iter()
        .filter_map(|p| p.id.as_deref().map(String::as_str))
        .collect();
    let known: HashSet<&str> = ids.iter().copied().collect();
    let candidates: Vec<&str> = ids.iter().copied().chain(["coordinator"]).collect();
    let mut suggestions = 0;
    for measure in &cx.plan.measures {
        let Some(responsible) = &measure.responsible else {
            continue;
        };
        let who = responsible.value.trim();
        if who == "coordinator" || known.contains(who) {
            continue;
        }
        let label = super::label(measure.id.as_ref());
        let help = match suggest(who, &candidates, &mut suggestions) {
            Some(n) => msg(
                "finding-unknown-responsible-help-near",
                &[("word", n.into())],
            ),
            None => msg(
                "finding-unknown-responsible-help",
                &[
                    ("ids", id_list(&ids).into()),
                    ("count", ids.len().into()),
                    ("who", who.into()),
                ],
            ),
        };
        out.push(
            Finding::new(
                &RULE,
                msg(
                    "finding-unknown-responsible",
                    &[("measure", label.into()), ("who", who.into())],
                ),
                responsible.pointer.clone(),
                responsible.pos,
            )
            .help(help),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{codes, edit, findings};

    #[test]
    fn a_misspelt_participant_is_caught_with_a_suggestion() {
        let plan = edit(|p| p.replace("responsible: heimeteneste", "responsible: heimetenesta"));
        let found = findings(&plan);
        let f = found.iter().find(|f| f.code == "IP030").expect("IP030");
        assert_eq!(f.pointer, "/measures/0/responsible");
        assert!(f.help.as_deref().unwrap().contains("`heimeteneste`"));
    }

    #[test]
    fn coordinator_is_a_valid_responsible() {
        let plan = edit(|p| p.replace("responsible: heimeteneste", "responsible: coordinator"));
        assert!(!codes(&plan).contains(&"IP030"));
    }
}
