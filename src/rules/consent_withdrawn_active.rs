//! Item h: a plan whose consent is withdrawn is closed.
//!
//! The check is `checks::consent_withdrawn_active`; this file holds what `ip explain IP038` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP038",
    name: "consent-withdrawn-active",
    summary: "Consent is withdrawn but the plan's status is still active.",
    severity: Severity::Error,
    item: Some('h'),
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
