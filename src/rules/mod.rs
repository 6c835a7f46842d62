//! Every rule `ip validate` enforces, in one ordered registry: the bottom layer.
//!
//! A rule here is metadata only: a code, a name, a one-line summary, a severity, the
//! letter a–i of the content rule it enforces (forskrift om individuell plan, innhold) and
//! its full text for `ip explain`. This module imports nothing from the crate, so every
//! layer may name a rule: the YAML parser its syntax rules, the field table the rule a
//! missing key breaks, the checks the rule they enforce.
//!
//! Shape: one file per rule (`src/rules/<name>.rs`) for the content rules, whose checks
//! over the plan model sit two layers up in `src/checks/<name>.rs` with their unit tests
//! (a test there proves that every rule is checked somewhere). Format rules (`format.rs`)
//! and the "item missing" rules (`content.rs`) are checked by the YAML layer and the
//! structural check, which know where keys and types belong. Codes are stable and never
//! reused.

pub mod barnekoordinator_age;
pub mod child_views;
pub mod consent_after_start;
pub mod consent_by_minor;
pub mod consent_parties;
pub mod consent_turns_16;
pub mod consent_withdrawn_active;
pub mod content;
pub mod coordinator_details;
pub mod duplicate_id;
pub mod duplicate_plan_id;
pub mod format;
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

/// How serious a finding is: errors make a plan invalid, warnings do not (unless
/// `--deny-warnings`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

pub struct Rule {
    pub code: &'static str,
    pub name: &'static str,
    pub summary: &'static str,
    pub severity: Severity,
    pub item: Option<char>,
    /// The full text `ip explain` prints: what, why, the law, wrong and right examples.
    pub doc: &'static str,
}

/// All rules, in code order. Drives checking, `ip explain` and the rule list in the README.
pub static REGISTRY: &[&Rule] = &[
    &format::YAML_SYNTAX,
    &format::DUPLICATE_KEY,
    &format::NOT_A_MAPPING,
    &format::NOT_UTF8,
    &format::TOO_LARGE,
    &format::WRONG_TYPE,
    &format::UNKNOWN_KEY,
    &format::MISSING_KEY,
    &format::VERSION,
    &format::INVALID_DATE,
    &format::INVALID_VALUE,
    &participants_besides_coordinator::RULE,
    &content::ITEM_A,
    &content::ITEM_B,
    &content::ITEM_C,
    &content::ITEM_D,
    &content::ITEM_E,
    &content::ITEM_F,
    &content::ITEM_G,
    &content::ITEM_H,
    &content::ITEM_I,
    &unknown_responsible::RULE,
    &unknown_goal::RULE,
    &duplicate_id::RULE,
    &period_order::RULE,
    &measure_dates::RULE,
    &consent_after_start::RULE,
    &consent_by_minor::RULE,
    &representative_unnamed::RULE,
    &consent_withdrawn_active::RULE,
    &coordinator_details::RULE,
    &consent_parties::RULE,
    &barnekoordinator_age::RULE,
    &unknown_participant::RULE,
    &revision_outside_period::RULE,
    &goal_unserved::RULE,
    &no_sharing_consent::RULE,
    &identity_number::RULE,
    &duplicate_plan_id::RULE,
    &consent_turns_16::RULE,
    &child_views::RULE,
];

/// Looks a rule up by code (`IP030`, `ip030`) or by name (`unknown-responsible`).
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    let wanted = code_or_name.trim();
    REGISTRY
        .iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(wanted) || r.name.eq_ignore_ascii_case(wanted))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_and_names_are_unique_and_ordered() {
        let mut codes = HashSet::new();
        let mut names = HashSet::new();
        for rule in REGISTRY {
            assert!(codes.insert(rule.code), "duplicate code {}", rule.code);
            assert!(names.insert(rule.name), "duplicate name {}", rule.name);
        }
        let listed: Vec<_> = REGISTRY.iter().map(|r| r.code).collect();
        let mut sorted = listed.clone();
        sorted.sort_unstable();
        assert_eq!(listed, sorted, "the registry is kept in code order");
    }

    #[test]
    fn every_rule_text_has_the_sections_explain_promises() {
        for rule in REGISTRY {
            for section in ["What it checks", "Why", "Wrong", "Right"] {
                assert!(
                    rule.doc.contains(section),
                    "{} lacks '{section}'",
                    rule.code
                );
            }
            assert!(!rule.summary.is_empty());
        }
    }

    #[test]
    fn rules_that_enforce_an_item_name_its_letter() {
        for rule in REGISTRY {
            if let Some(letter) = rule.item {
                assert!(('a'..='i').contains(&letter), "{}", rule.code);
            }
        }
    }

    #[test]
    fn lookup_by_code_or_name() {
        assert_eq!(find("ip030").map(|r| r.name), Some("unknown-responsible"));
        assert_eq!(find("unknown-responsible").map(|r| r.code), Some("IP030"));
        assert!(find("IP999").is_none());
    }
}
