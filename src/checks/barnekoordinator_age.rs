//! The check of IP041 (`rules::barnekoordinator_age`, where its text is).

use super::{start_day, Context};
use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::rules::barnekoordinator_age::RULE;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let Some(kind) = cx.plan.coordinator.as_ref().and_then(|c| c.kind.as_ref()) else {
        return;
    };
    if kind.value != "barnekoordinator" {
        return;
    }
    let Some(day) = start_day(cx.plan) else {
        return;
    };
    let Some(age) = cx.plan.age_on(day) else {
        return;
    };
    if age >= 18 {
        out.push(
            Finding::new(
                &RULE,
                msg(
                    "finding-barnekoordinator-age",
                    &[("age", age.into()), ("day", day.to_string().into())],
                ),
                kind.pointer.clone(),
                kind.pos,
            )
            .help(msg("finding-barnekoordinator-age-help", &[])),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::codes as codes_of;

    #[test]
    fn only_for_a_child() {
        let plan = |born: &str| {
            format!("version: 2\nid: x\nperson: {{ name: A, born: {born} }}\ncoordinator: {{ kind: barnekoordinator, name: B }}\nperiod: {{ start: 2026-01-15, end: 2027-01-15 }}\n")
        };
        assert!(
            codes_of(&plan("2008-01-15")).contains(&"IP041"),
            "18 that day"
        );
        assert!(
            !codes_of(&plan("2008-01-16")).contains(&"IP041"),
            "17 that day"
        );
    }
}
