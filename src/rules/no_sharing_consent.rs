//! Item h (warning): consent to share information is given, or its absence is visible.
//!
//! The check is `checks::no_sharing_consent`; this file holds what `ip explain IP052` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP052",
    name: "no-sharing-consent",
    summary: "No consent to share information among the participants is recorded.",
    severity: Severity::Warning,
    item: Some('h'),
    doc: r#"
## What it checks
Version 1: that `consent.sharing` is `true`; false, or absent, gives this warning.
Version 2: that a record with `covers: sharing` is in force (not withdrawn).

## Why
Item h asks the plan to record consent to sharing confidential information "where given".
Without it, health personnel may still give cooperating personnel what they need to help
the person, unless the person objects (helsepersonelloven § 25); participants who are not
health personnel (school, NAV, family) may not be told confidential information. That
can be the person's right choice; the warning makes sure everyone knows, and can be
accepted with the reason (`accept_warnings`).

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
