//! Item g (warning): the next revision falls inside the plan period.
//!
//! The check is `checks::revision_outside_period`; this file holds what `ip explain IP050` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP050",
    name: "revision-outside-period",
    summary: "`revision.next` is before the period starts or after it ends.",
    severity: Severity::Warning,
    item: Some('g'),
    doc: r#"
## What it checks
That `revision.next` lies within `period`.

## Why
A revision after the period has ended will never happen for this plan: the plan runs out
first. One before the period starts is usually a wrong year.

## Wrong
```yaml
period: { start: 2026-01-15, end: 2027-01-15 }
revision:
  next: 2027-07-15
```

## Right
```yaml
revision:
  next: 2026-07-15
```
"#,
};
