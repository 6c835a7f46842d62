//! Every rule `ip validate` enforces, in one ordered registry.
//!
//! A rule is a code, a name, a one-line summary, a severity, the letter a–i of the content
//! rule it enforces (forskrift om individuell plan, innhold), its full text for
//! `ip explain`, and, for content rules, a check over the plan model.
//!
//! Shape: content rules are one file each (`src/rules/<name>.rs`: the rule, its text, its
//! check and its unit tests). Format rules (`format.rs`) and the "item missing" rules
//! (`content.rs`) are checked by the YAML layer and the schema table, which know where keys
//! and types belong; their files hold only the rules and their texts, so `ip explain` and
//! the docs still come from one place. Codes are stable and never reused.

use crate::diagnostic::{Finding, Severity};
use crate::plan::Plan;
use crate::yaml::Node;

pub mod consent_after_start;
pub mod consent_by_minor;
pub mod consent_withdrawn_active;
pub mod content;
pub mod coordinator_details;
pub mod duplicate_id;
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
pub mod unknown_responsible;

/// What a content rule looks at.
pub struct Context<'a> {
    pub plan: &'a Plan,
    pub text: &'a str,
    pub root: &'a Node,
}

pub type Check = fn(&Context, &mut Vec<Finding>);

pub struct Rule {
    pub code: &'static str,
    pub name: &'static str,
    pub summary: &'static str,
    pub severity: Severity,
    pub item: Option<char>,
    /// The full text `ip explain` prints: what, why, the law, wrong and right examples.
    pub doc: &'static str,
    pub check: Option<Check>,
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
    &revision_outside_period::RULE,
    &goal_unserved::RULE,
    &no_sharing_consent::RULE,
    &identity_number::RULE,
];

pub fn check_all(cx: &Context, findings: &mut Vec<Finding>) {
    for rule in REGISTRY {
        if let Some(check) = rule.check {
            check(cx, findings);
        }
    }
}

/// Looks a rule up by code (`IP030`, `ip030`) or by name (`unknown-responsible`).
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    let wanted = code_or_name.trim();
    REGISTRY
        .iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(wanted) || r.name.eq_ignore_ascii_case(wanted))
}

/// The full text of a rule, as `ip explain` prints it.
pub fn explain(rule: &Rule) -> String {
    let severity = match rule.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let law = match rule.item {
        Some(letter) => format!(
            "\nThe law: forskrift om individuell plan, innhold bokstav {letter}: the plan must contain {}.\n",
            content::item_text(letter)
        ),
        None => String::new(),
    };
    format!(
        "{} {} ({severity})\n{}\n{law}\n{}\n",
        rule.code,
        rule.name,
        rule.summary,
        rule.doc.trim()
    )
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

/// Helpers for the rules' unit tests: edit the complete fixture plan, check it.
#[cfg(test)]
pub(crate) mod testing {
    use crate::diagnostic::Finding;

    pub const COMPLETE: &str = include_str!("../../tests/fixtures/valid/complete.yaml");

    /// The complete plan with one edit; panics if the edit changed nothing.
    pub fn edit(change: impl Fn(&str) -> String) -> String {
        let changed = change(COMPLETE);
        if changed == COMPLETE {
            // The unchanged plan is allowed only when asked for explicitly.
            assert_eq!(change("x"), "x", "the edit did not match the fixture");
        }
        changed
    }

    pub fn findings(plan: &str) -> Vec<Finding> {
        crate::plan::check_bytes(plan.as_bytes()).findings
    }

    pub fn codes(plan: &str) -> Vec<&'static str> {
        findings(plan).into_iter().map(|f| f.code).collect()
    }
}
