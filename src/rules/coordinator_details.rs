//! Item c: the coordinator can be reached.
//!
//! The check is `checks::coordinator_details`; this file holds what `ip explain IP039` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP039",
    name: "coordinator-details",
    summary: "The coordinator lacks role, organisation, or any of phone and email.",
    severity: Severity::Error,
    item: Some('c'),
    doc: r#"
## What it checks
That `coordinator` has `role`, `organisation`, and at least one of `phone` and `email`.
(Role and organisation are checked with the format; contact details here.)

## Why
The law asks the plan to say who the coordinator is (item c); that the person can reach
the coordinator is the point of having one (helse- og omsorgstjenesteloven § 7-2). A
role, an organisation and a phone or email are good practice, not a paragraph: a name
alone does not say where to find them. A phone written as a number (`phone: 77000017`)
is a wrong type (IP006), not a missing phone.

## Wrong
```yaml
coordinator:
  name: Ola Hansen
```

## Right
```yaml
coordinator:
  name: Ola Hansen
  role: vernepleiar
  organisation: Ørskog kommune
  phone: "77 00 00 17"
```
"#,
};
