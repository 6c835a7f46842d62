//! Version 2's references to participants point at participants.
//!
//! The check is `checks::unknown_participant`; this file holds what `ip explain IP042` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP042",
    name: "unknown-participant",
    summary:
        "A consent record, meeting, evaluation, note or access list names an unknown participant.",
    severity: Severity::Error,
    item: None,
    doc: r#"
## What it checks
Version 2: that every participant id in `consent[].with`, `voice[].recorded_by`,
`responsibility_group` (`members`, `leader`), `evaluations[].by`, `meetings[]`
(`attendees`, `follow_ups[].who`), `notes[].by` and every item-level `access` list is
the `id` of a participant; `coordinator` is accepted where a person acts (not in `with`
or `access`: the coordinator sees the whole plan).

## Why
A consent to share with a participant who is not in the plan, or a follow-up for no one,
cannot be acted on. This is the format's own consistency, not a paragraph of law.

## Wrong
```yaml
participants:
  - { id: skole, name: Testvik skule }
meetings:
  - { date: 2026-03-01, title: Ansvarsgruppemøte, attendees: [skule] }
```

## Right
```yaml
meetings:
  - { date: 2026-03-01, title: Ansvarsgruppemøte, attendees: [skole] }
```
"#,
};
