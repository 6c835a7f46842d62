//! Item h: a person under 16 does not consent on their own.

use chrono::Datelike;

use super::{Context, Rule};
use crate::diagnostic::{Finding, Severity};

pub const RULE: Rule = Rule {
    code: "IP036",
    name: "consent-under-16",
    summary: "`consent.by: person` while the person was under 16 on the consent date.",
    severity: Severity::Error,
    item: Some('h'),
    check: Some(check),
    doc: r#"
## What it checks
When `consent.by` is `person` and `person.born` is known: that the person had turned 16
on `consent.given`. Without `born` the rule cannot check and says nothing.

## Why
From 16 a person consents on their own (pasient- og brukerrettighetsloven § 4-3); below
16 a parent, guardian or other representative consents on their behalf.

## Wrong
```yaml
person:
  born: 2012-03-01
consent:
  given: 2026-01-10
  by: person
```

## Right
```yaml
consent:
  given: 2026-01-10
  by: representative
  name: Per Nordmann
```
"#,
};

/// Whole years from `born` to `on`.
pub fn age_on(born: chrono::NaiveDate, on: chrono::NaiveDate) -> i32 {
    let mut age = on.year() - born.year();
    if (on.month(), on.day()) < (born.month(), born.day()) {
        age -= 1;
    }
    age
}

fn check(cx: &Context, out: &mut Vec<Finding>) {
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
    use crate::rules::testing::{codes, edit};
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
