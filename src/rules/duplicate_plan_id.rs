//! Two plan files with one `id`, in one run over a folder.
//!
//! Checked across files by `check::DuplicateIds` (a single file cannot know), in
//! `ip validate` and `ip due`; this file holds what `ip explain IP054` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP054",
    name: "duplicate-plan-id",
    summary: "Another plan file in the same run has the same `id`.",
    severity: Severity::Error,
    item: None,
    doc: r#"
## What it checks
That no two plan files checked together (a folder, or the `plans` folders of `ip.toml`)
have the same `id`. The second file and every later one get the finding, naming the
first.

## Why
The id is how a plan is named in `ip due`, in rendered file names, in commit messages and
in conversations with the family. Two plans with one id are mixed up: one can be revised,
printed or sent in place of the other. This is good practice for a register of plans, not
a rule of the regulation.

## Wrong
```yaml
# plans/kari.yaml
id: "2026-017"
# plans/jonas.yaml
id: "2026-017"
```

## Right
```yaml
# plans/kari.yaml
id: "2026-017"
# plans/jonas.yaml
id: "2026-004"
```
"#,
};
