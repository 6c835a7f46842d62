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
Version 1: that `consent.given` is on or before `period.start`. Version 2: that at least
one record with `covers: plan` was given on or before `period.start` (a later record, such
as a young person's own consent at 16, is fine).

## Why
The law requires consent to making a plan (pasient- og brukerrettighetsloven § 2-5 and
the regulation's item h) but sets no date for it. That the consent is in place before the
period starts is good practice, not a paragraph: a period that starts before anyone
consented dates the plan from before it could be made.

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
