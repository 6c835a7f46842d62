//! Item h: a person under 16 does not consent on their own.
//!
//! The check is `checks::consent_by_minor`; this file holds what `ip explain IP036` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP036",
    name: "consent-under-16",
    summary: "`consent.by: person` while the person was under 16 on the consent date.",
    severity: Severity::Error,
    item: Some('h'),
    doc: r#"
## What it checks
When `person.born` is known and the person consented (version 1: `consent.by: person`;
version 2: a record with `party: person` and `covers: plan`): that the person had turned
16 on the consent date. Without `born` the rule cannot check and says nothing.

## Why
From 16 a person consents on their own (pasient- og brukerrettighetsloven § 4-3 first
paragraph b); below 16 the parents or others with parental responsibility consent for the
child (§ 4-4).

## Wrong
```yaml
person:
  born: 2012-03-01
consent:
  given: 2026-01-10
  by: person
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
