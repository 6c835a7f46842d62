//! Item h: consent to the plan comes from the parties the person's age and capacity call for.
//!
//! The check is `checks::consent_parties`; this file holds what `ip explain IP040` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP040",
    name: "consent-parties",
    summary: "Consent to the plan is not given by the parties the person's age calls for.",
    severity: Severity::Error,
    item: Some('h'),
    doc: r#"
## What it checks
Version 2, when `person.born` is known, on the day the period starts (or the first
consent, without a period):
- under 16: every representative with `authority: parental-responsibility` has a record
  with `covers: plan` (both parents, when both have parental responsibility);
- 16 or more: the person has a record with `covers: plan`, unless a representative's
  record stands for them and that representative has a `reason` (an adult who lacks
  capacity to consent).

## Why
Below 16 the parents or others with parental responsibility consent for the child
(pasient- og brukerrettighetsloven § 4-4); when they share it, each of them does. From 16
the person consents (§ 4-3 first paragraph b); someone else consents for an adult only
when the adult lacks capacity to consent (§ 4-3 second paragraph, § 4-6), and the plan
should say why.

## Wrong
```yaml
person:
  born: 2015-03-01
  representatives:
    - { id: mor, name: Lise Lind, authority: parental-responsibility }
    - { id: far, name: Jon Lind, authority: parental-responsibility }
consent:
  - { party: mor, covers: plan, given: 2026-01-10 }
```

## Right
```yaml
consent:
  - { party: mor, covers: plan, given: 2026-01-10 }
  - { party: far, covers: plan, given: 2026-01-12 }
```
"#,
};
