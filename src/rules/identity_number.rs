//! Warning: a Norwegian national identity number anywhere in the file, comments included.
//!
//! Detection: a run of exactly 11 digits (or 6 + space + 5, as people often write it)
//! whose two mod-11 check digits are valid and whose first six digits can be a birth date,
//! allowing D-numbers (day + 40), H-numbers (month + 40) and synthetic test numbers
//! (month + 80). The date test goes beyond the spec's "valid check digits" to avoid
//! flagging bank account numbers, which are also 11 digits. The message never repeats the
//! number, so it does not spread into CI logs.
//!
//! The check is `checks::identity_number`; this file holds what `ip explain IP053` prints.

use super::{Rule, Severity};

pub const RULE: Rule = Rule {
    code: "IP053",
    name: "identity-number",
    summary: "A Norwegian national identity number (fødselsnummer, D-number) in the file.",
    severity: Severity::Warning,
    item: None,
    doc: r#"
## What it checks
Every value and comment for 11 digits with valid check digits that can be a
fødselsnummer, D-number or H-number.

## Why
Plans live in git, and git keeps every version for ever: an identity number committed
once stays in the history even after it is deleted. The plan identifies the person by
name and date of birth; the identity number belongs in the journal system, not here.

## Wrong
```yaml
person:
  name: Kari Nordmann
  id_number: "<11 digits>"
```

## Right
```yaml
person:
  name: Kari Nordmann
  born: 2008-05-02
```
If a number was committed, remove it and ask whoever runs the repository to rewrite
the history.
"#,
};
