//! The check of IP030 (`rules::unknown_responsible`, where its text is).
//!
//! Item e: every measure's `responsible` names a participant or the coordinator.

use std::collections::HashSet;

use super::{id_list, suggest, Context};
use crate::diagnostic::Finding;
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
        let label = measure
            .id
            .as_deref()
            .map_or("(no id)".to_owned(), |id| format!("`{id}`"));
        let help =
            match suggest(who, &candidates, &mut suggestions) {
                Some(n) => format!(
                    "did you mean `{n}`? `responsible` takes a participant id or `coordinator`"
                ),
                None => {
                    format!(
                "use a participant id ({}) or `coordinator`, or add `{who}` to `participants`",
                if ids.is_empty() { "none yet".to_owned() } else { id_list(&ids) }
            )
                }
            };
        out.push(
            Finding::new(
                &RULE,
                format!("measure {label} has no responsible participant: `{who}` is not a participant id"),
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
