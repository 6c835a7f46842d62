//! Item h: consent comes before the plan starts.

use super::{Context, Rule};
use crate::diagnostic::{Finding, Severity};

pub const RULE: Rule = Rule {
    code: "IP035",
    name: "consent-after-start",
    summary: "Consent was given after the plan period started.",
    severity: Severity::Error,
    item: Some('h'),
    check: Some(check),
    doc: r#"
## What it checks
That `consent.given` is on or before `period.start`.

## Why
No plan may be made without consent. A plan whose period starts before consent was given
was in force without it.

## Wrong
```yaml
consent:
  given: 2026-02-01
period:
  start: 2026-01-15
```

## Right
```yaml
consent:
  given: 2026-01-10
period:
  start: 2026-01-15
```
"#,
};

fn check(cx: &Context, out: &mut Vec<Finding>) {
    let given = cx.plan.consent.as_ref().and_then(|c| c.given.as_ref());
    let start = cx.plan.period.as_ref().and_then(|p| p.start.as_ref());
    if let (Some(given), Some(start)) = (given, start) {
        if given.value > start.value {
            out.push(
                Finding::new(
                    &RULE,
                    format!("consent was given {} but the plan period started {}", given.value, start.value),
                    given.pointer.clone(),
                    given.pos,
                )
                .help("consent comes first: correct the date, or start the period on or after the consent date"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, edit};

    #[test]
    fn late_consent_is_an_error() {
        let plan = edit(|p| p.replace("given: 2026-01-10", "given: 2026-01-20"));
        assert_eq!(codes(&plan), vec!["IP035"]);
    }
}
