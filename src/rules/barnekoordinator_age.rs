//! Item c: a barnekoordinator is for a family with a child under 18.
//!
//! The check is `checks::barnekoordinator_age`; this file holds what `ip explain IP041` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP041",
    name: "barnekoordinator-age",
    summary: "A barnekoordinator is named for a person who is 18 or older.",
    severity: Severity::Error,
    item: Some('c'),
    doc: r#"
## What it checks
Version 2: when `coordinator.kind` is `barnekoordinator` and `person.born` is known, that
the person is under 18 on the day the period starts.

## Why
The right to a barnekoordinator belongs to families who have, or are expecting, a child
under 18 with a serious illness, injury or disability needing long-term, complex services
(pasient- og brukerrettighetsloven § 2-5 c, helse- og omsorgstjenesteloven § 7-2 a, from
1 August 2022). For an adult the coordinator is a `koordinator` (§ 2-5 b, § 7-2).

## Wrong
```yaml
person:
  born: 2000-05-02
coordinator:
  kind: barnekoordinator
```

## Right
```yaml
coordinator:
  kind: koordinator
```
"#,
};
