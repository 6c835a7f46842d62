//! Item f: a measure's dates lie inside the plan period and are in order.
//!
//! The check is `checks::measure_dates`; this file holds what `ip explain IP034` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP034",
    name: "measure-dates",
    summary: "A measure ends before it starts, or its dates lie outside the plan period.",
    severity: Severity::Error,
    item: Some('f'),
    doc: r#"
## What it checks
That a measure's `end` is not before its `start`, and that both lie inside `period`.

## Why
When a measure is carried out is part of how it is carried out. A measure that runs
outside the plan period is not covered by the plan or its consent.

## Wrong
```yaml
period: { start: 2026-01-15, end: 2027-01-15 }
measures:
  - id: m1
    start: 2025-12-01
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
