//! Ids are unique among goals, among measures and among participants.
//!
//! The check is `checks::duplicate_id`; this file holds what `ip explain IP032` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP032",
    name: "duplicate-id",
    summary: "Two goals, measures or participants share an id.",
    severity: Severity::Error,
    item: None,
    doc: r#"
## What it checks
That no two goals, no two measures and no two participants have the same `id`.

## Why
Measures refer to goals and participants by id; with two of the same, a reference
could mean either, and the plan's history cannot tell which one changed.

## Wrong
```yaml
measures:
  - id: m1
    description: Praktisk bistand
  - id: m1
    description: Støttekontakt
```

## Right
```yaml
measures:
  - id: m1
    description: Praktisk bistand
  - id: m2
    description: Støttekontakt
```
"#,
};
