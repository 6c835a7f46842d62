//! The check of IP055 (`rules::consent_turns_16`, where its text is).

use chrono::Months;

use super::{start_day, Context};
use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::rules::consent_turns_16::RULE;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let plan = cx.plan;
    if !plan.is_v2() {
        return;
    }
    let Some(born) = plan.person.as_ref().and_then(|p| p.born.as_ref()) else {
        return;
    };
    let (Some(start), Some(end)) = (
        start_day(plan),
        plan.period.as_ref().and_then(|p| p.end.as_ref()),
    ) else {
        return;
    };
    let Some(sixteen) = born.value.checked_add_months(Months::new(16 * 12)) else {
        return;
    };
    if !(start < sixteen && sixteen <= end.value) {
        return;
    }
    let own = plan
        .consents_to("plan")
        .any(|r| r.party_str() == "person" && r.given.as_ref().is_some_and(|g| g.value >= sixteen));
    if !own {
        out.push(
            Finding::new(
                &RULE,
                msg(
                    "finding-consent-turns-16",
                    &[("date", sixteen.to_string().into())],
                ),
                born.pointer.clone(),
                born.pos,
            )
            .help(msg(
                "finding-consent-turns-16-help",
                &[("date", sixteen.to_string().into())],
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::codes as codes_of;

    #[test]
    fn a_sixteenth_birthday_during_the_plan_is_named() {
        let plan = "version: 2\nid: x\nperson: { name: A, born: 2010-09-01 }\nconsent:\n  - { party: mor, covers: plan, given: 2026-01-10 }\nperiod: { start: 2026-01-15, end: 2027-01-15 }\n";
        assert!(codes_of(plan).contains(&"IP055"));
        let own = format!("{plan}  - {{ party: person, covers: plan, given: 2026-09-01 }}\n")
            .replace("period: { start: 2026-01-15, end: 2027-01-15 }\n", "")
            + "period: { start: 2026-01-15, end: 2027-01-15 }\n";
        assert!(!codes_of(&own).contains(&"IP055"));
        let after = plan.replace("end: 2027-01-15", "end: 2026-08-31");
        assert!(
            !codes_of(&after).contains(&"IP055"),
            "the plan ends before the birthday"
        );
    }
}
