//! The check of IP036 (`rules::consent_by_minor`, where its text is).
//!
//! Item h: a person under 16 does not consent on their own.

use chrono::{Datelike, NaiveDate};

use super::Context;
use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::plan::{At, Plan};
use crate::rules::consent_by_minor::RULE;

/// Whole years from `born` to `on`.
pub fn age_on(born: chrono::NaiveDate, on: chrono::NaiveDate) -> i32 {
    let mut age = on.year() - born.year();
    if (on.month(), on.day()) < (born.month(), born.day()) {
        age -= 1;
    }
    age
}

/// Every consent to the plan by the person: (where it says so, the date). Version 1 has
/// one (`consent.by: person`), version 2 a record per consent (`party: person`).
fn by_the_person(plan: &Plan) -> Vec<(&At<String>, &At<NaiveDate>)> {
    let v1 = plan
        .consent
        .iter()
        .map(|c| (c.by.as_ref(), c.given.as_ref()));
    let v2 = plan
        .consents_to("plan")
        .map(|r| (r.party.as_ref(), r.given.as_ref()));
    v1.chain(v2)
        .filter_map(|(who, given)| Some((who?, given?)))
        .filter(|(who, _)| who.value == "person")
        .collect()
}

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let Some(born) = cx.plan.person.as_ref().and_then(|p| p.born.as_ref()) else {
        return;
    };
    let help = if cx.plan.is_v2() {
        msg("finding-consent-by-minor-help-v2", &[])
    } else {
        msg("finding-consent-by-minor-help", &[])
    };
    for (who, given) in by_the_person(cx.plan) {
        let age = age_on(born.value, given.value);
        if age < 16 {
            out.push(
                Finding::new(
                    &RULE,
                    msg(
                        "finding-consent-by-minor",
                        &[
                            ("age", i64::from(age).into()),
                            ("given", given.value.to_string().into()),
                        ],
                    ),
                    who.pointer.clone(),
                    who.pos,
                )
                .help(help.clone()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::age_on;
    use crate::check::testing::{codes, edit};
    use chrono::NaiveDate;

    #[test]
    fn age_turns_on_the_birthday() {
        let born = NaiveDate::from_ymd_opt(2010, 1, 10).unwrap();
        assert_eq!(
            age_on(born, NaiveDate::from_ymd_opt(2026, 1, 9).unwrap()),
            15
        );
        assert_eq!(
            age_on(born, NaiveDate::from_ymd_opt(2026, 1, 10).unwrap()),
            16
        );
    }

    #[test]
    fn a_fifteen_year_old_cannot_consent_alone() {
        let plan = edit(|p| p.replace("born: 2008-05-02", "born: 2010-05-02"));
        assert_eq!(codes(&plan), vec!["IP036"]);
    }
}
