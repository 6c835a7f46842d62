//! Item h: consent by a representative names them.
//!
//! The check is `checks::representative_unnamed`; this file holds what `ip explain IP037` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP037",
    name: "representative-unnamed",
    summary: "`consent.by: representative` without the representative's `name`.",
    severity: Severity::Error,
    item: Some('h'),
    doc: r#"
## What it checks
That `consent.name` is filled in when `consent.by` is `representative`.

## Why
Consent on someone's behalf must say who gave it, so it can be checked and, if needed,
withdrawn by the same person.

## Wrong
```yaml
consent:
  given: 2026-01-10
  by: representative
```

## Right
```yaml
consent:
  given: 2026-01-10
  by: representative
  name: Per Nordmann
```
"#,
};
