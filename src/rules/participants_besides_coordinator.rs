//! Item b: the planning involves someone besides the coordinator.
//!
//! The check is `checks::participants_besides_coordinator`; this file holds what `ip explain IP020` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP020",
    name: "participants-besides-coordinator",
    summary: "The only participant listed is the coordinator.",
    severity: Severity::Error,
    item: Some('b'),
    doc: r#"
## What it checks
That `participants` names at least one participant who is not the coordinator (compared
by name). The person themself usually takes part and counts.

## Why
A plan made by the coordinator alone is not a coordinated plan; the law asks who takes
part in the planning.

## Wrong
```yaml
coordinator:
  name: Ola Hansen
participants:
  - id: ola
    name: Ola Hansen
    contributes: Koordinerer.
```

## Right
```yaml
participants:
  - id: kari
    name: Kari Nordmann
    role: planeigar
    contributes: Seier frå når noko ikkje fungerer.
```
"#,
};
