//! Helpers for unit tests of the checks and the layers under them: edit the complete
//! fixture plan, check it.

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
    super::check_bytes(plan.as_bytes()).findings
}

pub fn codes(plan: &str) -> Vec<&'static str> {
    findings(plan).into_iter().map(|f| f.code).collect()
}
