//! The check of IP036 (`rules::consent_by_minor`, where its text is).
//!
//! Item h: a person under 16 does not consent on their own.

use chrono::Datelike;

use super::Context;
use crate::diagnostic::Finding;
use crate::rules::consent_by_minor::RULE;

/// Whole years from `born` to `on`.
pub fn age_on(born: chrono::NaiveDate, on: chrono::NaiveDate) -> i32 {
    let mut age = on.year() - born.year();
    if (on.month(), on.day()) < (born.month(), born.day()) {
        age -= 1;
    }
    age
}

/// Version 2: no record of consent to the plan by `person` given before they turned 16.
fn check_records(cx: &Context, out: &mut Vec<Finding>) {
    let Some(born) = cx.plan.person.as_ref().and_then(|p| p.born.as_ref()) else {
        return;
    };
    for record in cx.plan.consent_records.iter().filter(|r| r.covers("plan")) {
        let (Some(party), Some(given)) = (&record.party, &record.given) else {
            continue;
        };
        if party.value != "person" {
            continue;
        }
        let age = age_on(born.value, given.value);
        if age < 16 {
            out.push(
                Finding::new(
                    &RULE,
                    format!(
                        "the person was {age} on the consent date {}, too young to consent alone",
                        given.value
                    ),
                    party.pointer.clone(),
                    party.pos,
                )
                .help("below 16, those with parental responsibility consent: one record each, with `party:` the id of each under `person.representatives`"),
            );
        }
    }
}

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    if cx.plan.is_v2() {
        return check_records(cx, out);
    }
    let Some(consent) = &cx.plan.consent else {
        return;
    };
    let (Some(by), Some(given)) = (&consent.by, &consent.given) else {
        return;
    };
    let Some(born) = cx.plan.person.as_ref().and_then(|p| p.born.as_ref()) else {
        return;
    };
    if by.value != "person" {
        return;
    }
    let age = age_on(born.value, given.value);
    if age < 16 {
        out.push(
            Finding::new(
                &RULE,
                format!(
                    "the person was {age} on the consent date {}, too young to consent alone",
                    given.value
                ),
                by.pointer.clone(),
                by.pos,
            )
            .help("below 16, write `by: representative` and the representative's `name`"),
        );
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
