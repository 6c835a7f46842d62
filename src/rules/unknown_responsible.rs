//! Item e: every measure's `responsible` names a participant or the coordinator.
//!
//! The check is `checks::unknown_responsible`; this file holds what `ip explain IP030` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP030",
    name: "unknown-responsible",
    summary: "A measure's `responsible` is not a participant id or `coordinator`.",
    severity: Severity::Error,
    item: Some('e'),
    doc: r#"
## What it checks
That `measures[].responsible` is the `id` of a participant, or the word `coordinator`.

## Why
The law asks who is responsible for each measure. A name that matches no participant
leaves the measure with nobody accountable, and the printed plan cannot say who.

## Wrong
```yaml
participants:
  - id: heimeteneste
    ...
measures:
  - id: m1
    responsible: heimetenesta
```

## Right
```yaml
measures:
  - id: m1
    responsible: heimeteneste
```
"#,
};
