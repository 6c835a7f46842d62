//! The content checks: each reads the plan model (and, where it must, the node tree or the
//! text) and pushes findings for one rule. They sit above the model; the rules they
//! enforce, with their texts, are metadata in `rules/`, one layer below everything.
//!
//! One file per rule (`src/checks/<name>.rs`, named as the rule's file in `rules/`): the
//! check and its unit tests. [`CHECKS`] is their ordered registry.

use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::plan::Plan;
use crate::rules::{self, Rule};
use crate::yaml::Node;

pub mod barnekoordinator_age;
pub mod child_views;
pub mod consent_after_start;
pub mod consent_by_minor;
pub mod consent_parties;
pub mod consent_turns_16;
pub mod consent_withdrawn_active;
pub mod coordinator_details;
pub mod duplicate_id;
pub mod goal_unserved;
pub mod identity_number;
pub mod measure_dates;
pub mod no_sharing_consent;
pub mod participants_besides_coordinator;
pub mod period_order;
pub mod representative_unnamed;
pub mod revision_outside_period;
pub mod unknown_goal;
pub mod unknown_participant;
pub mod unknown_responsible;

/// What a content check looks at.
pub struct Context<'a> {
    pub plan: &'a Plan,
    pub text: &'a str,
    pub root: &'a Node,
}

pub type Check = fn(&Context, &mut Vec<Finding>);

/// Every content check with the rule it enforces, in code order.
pub static CHECKS: &[(&Rule, Check)] = &[
    (
        &rules::participants_besides_coordinator::RULE,
        participants_besides_coordinator::check,
    ),
    (
        &rules::unknown_responsible::RULE,
        unknown_responsible::check,
    ),
    (&rules::unknown_goal::RULE, unknown_goal::check),
    (&rules::duplicate_id::RULE, duplicate_id::check),
    (&rules::period_order::RULE, period_order::check),
    (&rules::measure_dates::RULE, measure_dates::check),
    (
        &rules::consent_after_start::RULE,
        consent_after_start::check,
    ),
    (&rules::consent_by_minor::RULE, consent_by_minor::check),
    (
        &rules::representative_unnamed::RULE,
        representative_unnamed::check,
    ),
    (
        &rules::consent_withdrawn_active::RULE,
        consent_withdrawn_active::check,
    ),
    (
        &rules::coordinator_details::RULE,
        coordinator_details::check,
    ),
    (&rules::consent_parties::RULE, consent_parties::check),
    (
        &rules::barnekoordinator_age::RULE,
        barnekoordinator_age::check,
    ),
    (
        &rules::unknown_participant::RULE,
        unknown_participant::check,
    ),
    (
        &rules::revision_outside_period::RULE,
        revision_outside_period::check,
    ),
    (&rules::goal_unserved::RULE, goal_unserved::check),
    (&rules::no_sharing_consent::RULE, no_sharing_consent::check),
    (&rules::identity_number::RULE, identity_number::check),
    (&rules::consent_turns_16::RULE, consent_turns_16::check),
    (&rules::child_views::RULE, child_views::check),
];

/// Where findings about version 2's consent list as a whole point: the list, else the plan.
fn consent_list(cx: &Context) -> (String, crate::diagnostic::Pos) {
    let pos = cx.root.get("consent").map_or(cx.plan.pos, |n| n.pos);
    ("/consent".to_owned(), pos)
}

/// The day a (v2) plan's consent and age rules look at: the period's start, else the first
/// consent to the plan.
pub fn start_day(plan: &Plan) -> Option<chrono::NaiveDate> {
    plan.period
        .as_ref()
        .and_then(|p| p.start.as_ref())
        .map(|d| d.value)
        .or_else(|| {
            plan.consents_to("plan")
                .filter_map(|r| r.given.as_ref().map(|g| g.value))
                .min()
        })
}

/// How many references to unknown ids get a "did you mean" each: finding the nearest id
/// compares with every id, so suggesting for every reference would be quadratic in a
/// (hostile) plan of thousands of them; a plan with more misses than this has no typo.
const SUGGESTIONS: usize = 100;

/// The nearest of `ids` to `word` while suggestions are left (`given` counts them).
fn suggest<'a>(word: &str, ids: &[&'a str], given: &mut usize) -> Option<&'a str> {
    if *given >= SUGGESTIONS {
        return None;
    }
    *given += 1;
    crate::values::nearest(word, ids.iter().copied())
}

/// `ids` for a help text: all of a plan's few, the first 20 of a long list (a help that
/// names every id of a list of thousands, for each wrong reference, is quadratic output).
fn id_list(ids: &[&str]) -> String {
    const SHOWN: usize = 20;
    let shown = ids[..ids.len().min(SHOWN)].join(", ");
    match ids.len().checked_sub(SHOWN) {
        Some(more) if more > 0 => msg(
            "finding-id-list-more",
            &[("ids", shown.into()), ("more", more.into())],
        ),
        _ => shown,
    }
}

/// A measure (or other entry) as its findings name it: "`m2`", or "(no id)".
fn label(id: Option<&crate::plan::At<String>>) -> String {
    id.map_or_else(|| msg("finding-no-id", &[]), |id| format!("`{}`", id.value))
}

/// Runs every content check.
pub fn check_all(cx: &Context, findings: &mut Vec<Finding>) {
    for (_, check) in CHECKS {
        check(cx, findings);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_checked_by_exactly_one_layer() {
        let checked: Vec<&str> = CHECKS.iter().map(|(r, _)| r.code).collect();
        let mut sorted = checked.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(checked, sorted, "CHECKS is in code order, each rule once");
        // The rules no content check enforces are exactly those of the parser and the
        // structural check (format.rs and content.rs), and the one across files.
        let structural: Vec<&str> = rules::REGISTRY
            .iter()
            .map(|r| r.code)
            .filter(|c| !checked.contains(c))
            .collect();
        let expected: Vec<&str> = rules::format::ALL
            .iter()
            .chain(rules::content::ALL)
            .chain(std::iter::once(&&rules::duplicate_plan_id::RULE))
            .map(|r| r.code)
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        assert_eq!(
            structural, expected,
            "a rule without a check, or a check without a rule"
        );
        for (rule, _) in CHECKS {
            assert!(
                rules::find(rule.code).is_some(),
                "{} is not in the registry",
                rule.code
            );
        }
    }
}
