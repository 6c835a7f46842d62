//! Item h (warning): the person turns 16 during the plan, and the consent moves to them.
//!
//! The check is `checks::consent_turns_16`; this file holds what `ip explain IP055` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP055",
    name: "consent-turns-16",
    summary: "The person turns 16 during the plan period, and has not consented themselves.",
    severity: Severity::Warning,
    item: Some('h'),
    doc: r#"
## What it checks
Version 2: when the person is under 16 when the period starts and turns 16 before it ends,
that the plan has a record with `party: person` and `covers: plan` given on or after the
16th birthday. The warning names the birthday.

## Why
From 16 the person consents on their own (pasient- og brukerrettighetsloven § 4-3 first
paragraph b); the parents' consent given for a child does not speak for the young person
after that day. Ask the young person, and add their record.

## Wrong
```yaml
person:
  born: 2010-09-01
consent:
  - { party: mor, covers: plan, given: 2026-01-10 }
period: { start: 2026-01-15, end: 2027-01-15 }
```

## Right
```yaml
consent:
  - { party: mor, covers: plan, given: 2026-01-10 }
  - { party: person, covers: plan, given: 2026-09-01 }
```
"#,
};
