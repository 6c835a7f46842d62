//! The check of IP056 (`rules::child_views`, where its text is).

use super::{start_day, Context};
use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::rules::child_views::RULE;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let plan = cx.plan;
    if !plan.is_v2() || !plan.voice.is_empty() {
        return;
    }
    let Some(born) = plan.person.as_ref().and_then(|p| p.born.as_ref()) else {
        return;
    };
    let Some(day) = start_day(plan) else { return };
    let Some(age) = plan.age_on(day) else { return };
    if (7..18).contains(&age) {
        out.push(
            Finding::new(
                &RULE,
                msg("finding-child-views", &[("age", age.into())]),
                born.pointer.clone(),
                born.pos,
            )
            .help(msg("finding-child-views-help", &[])),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::codes as codes_of;

    #[test]
    fn a_child_of_seven_is_heard() {
        let plan = |born: &str| {
            format!("version: 2\nid: x\nperson: {{ name: A, born: {born} }}\nperiod: {{ start: 2026-01-15, end: 2027-01-15 }}\n")
        };
        assert!(
            codes_of(&plan("2019-01-15")).contains(&"IP056"),
            "7 that day"
        );
        assert!(
            !codes_of(&plan("2019-01-16")).contains(&"IP056"),
            "6 that day"
        );
        let heard =
            plan("2015-01-01") + "voice:\n  - { date: 2026-01-08, text: Eg vil gå på skulen. }\n";
        assert!(!codes_of(&heard).contains(&"IP056"));
    }
}
