//! Item f: a measure's dates are in order and it is not over before the plan begins.
//!
//! The check is `checks::measure_dates`; this file holds what `ip explain IP034` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP034",
    name: "measure-dates",
    summary: "A measure ends before it starts, or ends outside the plan period.",
    severity: Severity::Error,
    item: Some('f'),
    doc: r#"
## What it checks
That a measure's `end` is not before its `start`, and that its `end` lies inside
`period`. A `start` before the period is accepted: a plan coordinates services already
running (medication-assisted treatment since 2024) as well as new ones.

## Why
When a measure is carried out is part of how it is carried out (item f). A measure that
ends before the plan starts is not part of it, and one that ends after the period is
planned beyond what the plan (and its consent) covers: that is usually a wrong year.
This is good practice, not a paragraph of its own.

## Wrong
```yaml
period: { start: 2026-01-15, end: 2027-01-15 }
measures:
  - id: m1
    start: 2026-02-01
    end: 2026-01-01
```

## Right
```yaml
measures:
  - id: m1
    start: 2026-02-01
    end: 2026-12-31
```
"#,
};
