//! Item h (warning): consent to share information is given, or its absence is visible.

use super::{Context, Rule};
use crate::diagnostic::{Finding, Severity};

pub const RULE: Rule = Rule {
    code: "IP052",
    name: "no-sharing-consent",
    summary: "`consent.sharing` is false or not recorded.",
    severity: Severity::Warning,
    item: Some('h'),
    check: Some(check),
    doc: r#"
## What it checks
That `consent.sharing` is `true`. False, or absent, gives this warning.

## Why
Without consent to share confidential information, the participants may not exchange
it, which limits how the plan can be coordinated. That can be the person's right choice;
the warning makes sure everyone knows.

## Wrong
```yaml
consent:
  given: 2026-01-10
  by: person
```

## Right
```yaml
consent:
  given: 2026-01-10
  by: person
  sharing: true
  note: Ikkje opplysningar om økonomi.
```
"#,
};

fn check(cx: &Context, out: &mut Vec<Finding>) {
    let Some(consent) = &cx.plan.consent else {
        return;
    };
    match &consent.sharing {
        Some(s) if s.value => {}
        Some(s) => out.push(
            Finding::new(&RULE, "the person has not consented to sharing confidential information among the participants", s.pointer.clone(), s.pos)
                .help("participants may not exchange confidential information; make sure they all know"),
        ),
        None => out.push(
            Finding::new(&RULE, "the plan does not record whether the person consents to sharing information", consent.pointer.clone(), consent.pos)
                .help("add `sharing: true` or `sharing: false` under `consent`"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, edit};

    #[test]
    fn no_sharing_is_a_warning() {
        let plan = edit(|p| p.replace("sharing: true", "sharing: false"));
        assert_eq!(codes(&plan), vec!["IP052"]);
    }
}
