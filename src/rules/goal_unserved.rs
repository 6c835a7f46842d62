//! Item e (warning): every goal has a measure serving it.
//!
//! The check is `checks::goal_unserved`; this file holds what `ip explain IP051` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP051",
    name: "goal-unserved",
    summary: "A goal that no measure serves.",
    severity: Severity::Warning,
    item: Some('e'),
    doc: r#"
## What it checks
That every goal's `id` appears in the `goals` of at least one measure.

## Why
A goal with no measure is a wish, not a plan. Either a measure is missing or the goal
belongs to a later revision.

## Wrong
```yaml
goals:
  - id: g2
    description: Byrje på vidaregåande.
measures:
  - id: m1
    goals: [g1]
```

## Right
```yaml
measures:
  - id: m1
    goals: [g1, g2]
```
"#,
};
