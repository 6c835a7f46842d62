//! Item a (warning): a child's own views are recorded.
//!
//! The check is `checks::child_views`; this file holds what `ip explain IP056` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP056",
    name: "child-views-not-recorded",
    summary: "A child of 7 or more has no views recorded in the plan (`voice`).",
    severity: Severity::Warning,
    item: Some('a'),
    doc: r#"
## What it checks
Version 2: when the person is at least 7 and under 18 when the period starts, that
`voice` has at least one entry.

## Why
A child who can form their own views is to be informed and heard before decisions on
their health care, at the latest from the age of 7, and from 12 their views are given
great weight (pasient- og brukerrettighetsloven § 4-4). The plan's goals are the
person's own (item a); a child's plan without the child's words has not shown that the
child was heard.

## Wrong
```yaml
person:
  born: 2016-02-01
# no voice
```

## Right
```yaml
voice:
  - date: 2026-01-08
    text: Jeg vil gå på skolen som de andre.
    recorded_by: coordinator
```
"#,
};
