//! Item h: consent comes before the plan starts.
//!
//! The check is `checks::consent_after_start`; this file holds what `ip explain IP035` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP035",
    name: "consent-after-start",
    summary: "Consent was given after the plan period started.",
    severity: Severity::Error,
    item: Some('h'),
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
