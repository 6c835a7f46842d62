//! Item g: the plan period ends after it starts.
//!
//! The check is `checks::period_order`; this file holds what `ip explain IP033` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP033",
    name: "period-order",
    summary: "`period.end` is not after `period.start`.",
    severity: Severity::Error,
    item: Some('g'),
    doc: r#"
## What it checks
That `period.end` is a later date than `period.start`.

## Why
An inverted period is a typo that makes every date check and `ip due` wrong.

## Wrong
```yaml
period:
  start: 2026-01-15
  end: 2025-01-15
```

## Right
```yaml
period:
  start: 2026-01-15
  end: 2027-01-15
```
"#,
};
