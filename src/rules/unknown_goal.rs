//! Item e: a measure serves goals that exist.
//!
//! The check is `checks::unknown_goal`; this file holds what `ip explain IP031` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP031",
    name: "unknown-goal",
    summary: "A measure's `goals` names a goal id that does not exist.",
    severity: Severity::Error,
    item: Some('e'),
    doc: r#"
## What it checks
That every id in `measures[].goals` is the `id` of a goal in `goals`.

## Why
Measures exist to reach the person's goals. A reference to a goal that was renamed or
removed breaks that link silently.

## Wrong
```yaml
goals:
  - id: g1
measures:
  - id: m1
    goals: [g2]
```

## Right
```yaml
measures:
  - id: m1
    goals: [g1]
```
"#,
};
