//! Item h: a plan whose consent is withdrawn is closed.

use super::{Context, Rule};
use crate::diagnostic::{Finding, Severity};
use crate::plan::Status;

pub const RULE: Rule = Rule {
    code: "IP038",
    name: "consent-withdrawn-active",
    summary: "Consent is withdrawn but the plan's status is still active.",
    severity: Severity::Error,
    item: Some('h'),
    check: Some(check),
    doc: r#"
## What it checks
That a plan with `consent.withdrawn` set has `status: closed`.

## Why
Without consent the plan may not be used. Closing it keeps the history while stopping
reminders from `ip due`.

## Wrong
```yaml
status: active
consent:
  withdrawn: 2026-09-01
```

## Right
```yaml
status: closed
consent:
  withdrawn: 2026-09-01
```
"#,
};

fn check(cx: &Context, out: &mut Vec<Finding>) {
    let Some(withdrawn) = cx.plan.consent.as_ref().and_then(|c| c.withdrawn.as_ref()) else {
        return;
    };
    if cx.plan.status == Status::Active {
        out.push(
            Finding::new(
                &RULE,
                format!(
                    "consent was withdrawn {} but the plan is still active",
                    withdrawn.value
                ),
                withdrawn.pointer.clone(),
                withdrawn.pos,
            )
            .help("set `status: closed`"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, edit};

    #[test]
    fn withdrawn_consent_needs_a_closed_plan() {
        let plan = edit(|p| p.replace("withdrawn: null", "withdrawn: 2026-09-01"));
        assert_eq!(codes(&plan), vec!["IP038"]);
        let closed = plan.replace("status: active", "status: closed");
        assert!(codes(&closed).is_empty());
    }
}
