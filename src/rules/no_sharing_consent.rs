//! Item h (warning): consent to share information is given, or its absence is visible.
//!
//! The check is `checks::no_sharing_consent`; this file holds what `ip explain IP052` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP052",
    name: "no-sharing-consent",
    summary: "`consent.sharing` is false or not recorded.",
    severity: Severity::Warning,
    item: Some('h'),
    doc: r#"
## What it checks
That `consent.sharing` is `true`. False, or absent, gives this warning.

## Why
Without consent to share confidential information, the participants may not exchange
it, which limits how the plan can be coordinated. That can be the person's right choice;
the warning makes sure everyone knows.

## Wrong
```yaml
consent:
  given: 2026-01-10
  by: person
```

## Right
```yaml
consent:
  given: 2026-01-10
  by: person
  sharing: true
  note: Ikkje opplysningar om økonomi.
```
"#,
};
