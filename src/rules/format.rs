//! Format rules: the file must be a YAML mapping of format v1. Checked by `yaml.rs`
//! (syntax, duplicates, encoding, limits) and `schema.rs` (types, keys, dates, values);
//! this file holds the rules and their texts.

use super::Rule;
use super::Severity::Error;

pub const YAML_SYNTAX: Rule = Rule {
    code: "IP001",
    name: "yaml-syntax",
    summary: "The file is not valid YAML.",
    severity: Error,
    item: None,
    doc: r#"
## What it checks
That the file parses as YAML: indentation, quoting, brackets, tabs.

## Why
Nothing else can be checked until the file parses. The message names the line and column
where the parser gave up; the mistake is often just before it.

## Wrong
```yaml
goals:
  - id: g1
    description: Mål: bu sjølv     # `: ` inside plain text
	horizon: long                 # a tab
```

## Right
```yaml
goals:
  - id: g1
    description: "Mål: bu sjølv"
    horizon: long
```
"#,
};

pub const DUPLICATE_KEY: Rule = Rule {
    code: "IP002",
    name: "duplicate-key",
    summary: "A key appears twice in the same mapping.",
    severity: Error,
    item: None,
    doc: r#"
## What it checks
That no mapping holds the same key twice.

## Why
YAML readers disagree on which value wins, so a plan with a duplicate key means different
things to different programs, and one of the two values is silently lost.

## Wrong
```yaml
coordinator:
  name: Ola Hansen
  name: Kari Holm
```

## Right
```yaml
coordinator:
  name: Kari Holm
```
"#,
};

pub const NOT_A_MAPPING: Rule = Rule {
    code: "IP003",
    name: "not-a-plan",
    summary: "The file is empty, holds several documents, or is not a mapping of keys.",
    severity: Error,
    item: None,
    doc: r#"
## What it checks
That the file holds exactly one YAML document and that it is a mapping (`key: value` lines),
not a list, a single value or nothing.

## Why
One file is one plan. A list or several `---`-separated documents would hide plans from
review and from `ip due`.

## Wrong
```yaml
- version: 1
  id: "2026-017"
```

## Right
```yaml
version: 1
id: "2026-017"
```
"#,
};

pub const NOT_UTF8: Rule = Rule {
    code: "IP004",
    name: "not-utf8",
    summary: "The file is not UTF-8 text.",
    severity: Error,
    item: None,
    doc: r#"
## What it checks
That the file is UTF-8 encoded (a byte-order mark is allowed and ignored).

## Why
Plans hold names with æ, ø and å. A file saved as Latin-1 or Windows-1252 shows them
garbled to everyone else and in git.

## Wrong
A file saved in "Western (Windows 1252)" encoding.

## Right
The same file saved as UTF-8 (most editors: "Save with encoding" → UTF-8).
"#,
};

pub const TOO_LARGE: Rule = Rule {
    code: "IP005",
    name: "too-large",
    summary: "The file is too large, too deeply nested, or expands too many aliases.",
    severity: Error,
    item: None,
    doc: r#"
## What it checks
That the file is at most 8 MiB, nests at most 64 levels, and holds at most 250,000 values
once its aliases are expanded. The values kept under anchors (the copies an alias
repeats) have a budget of their own of 250,000 values: an anchor on each of many nested
levels copies the same values again at every level.

## Why
A plan is a few kilobytes with four levels of nesting. Larger inputs are mistakes or
attacks (a "billion laughs" alias bomb), and `ip` refuses them before they cost memory.

## Wrong
```yaml
a: &a [x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
# ... ten levels more
```

## Right
Write each value out; plans need no anchors or aliases.
"#,
};

pub const WRONG_TYPE: Rule = Rule {
    code: "IP006",
    name: "wrong-type",
    summary: "A value has the wrong type (text, list, mapping, true/false).",
    severity: Error,
    item: None,
    doc: r#"
## What it checks
That each key holds the kind of value the format defines: text where text belongs, a list
where a list belongs, and so on. Numbers where text is expected are errors too.

## Why
YAML reads `phone: 77000017` as a number and `+47 ...` or a leading zero would be lost;
a list written as one line of text cannot be printed as a list.

## Wrong
```yaml
coordinator:
  phone: 77000017
resources: God kontakt med familien.
```

## Right
```yaml
coordinator:
  phone: "77 00 00 17"
resources:
  - God kontakt med familien.
```
"#,
};

pub const UNKNOWN_KEY: Rule = Rule {
    code: "IP007",
    name: "unknown-key",
    summary: "A key that format v1 does not define; usually a misspelling.",
    severity: Error,
    item: None,
    doc: r#"
## What it checks
That every key is one that format v1 defines at that place. The help names the nearest
known key.

## Why
A misspelt key is silently ignored by every program that reads the plan: a coordinator
written as `coordinater` means the plan has no coordinator.

## Wrong
```yaml
coordinater:
  name: Ola Hansen
```

## Right
```yaml
coordinator:
  name: Ola Hansen
```
"#,
};

pub const MISSING_KEY: Rule = Rule {
    code: "IP008",
    name: "missing-key",
    summary: "A required key that is not one of the law's items is missing or empty.",
    severity: Error,
    item: None,
    doc: r#"
## What it checks
Required keys outside the law's content list: the plan's `id`, `person` and the person's
`name`, the `id` and `name` of every participant, the `id` of every goal and measure,
the `name` of every representative, the `date` and `title` of every meeting. A key with
no value or only blanks counts as missing. The finding points at the mapping that should
hold the key.

## Why
Ids tie measures to goals and participants and name the rendered file; without a name,
nobody knows whose plan it is.

## Wrong
```yaml
measures:
  - description: Praktisk bistand
```

## Right
```yaml
measures:
  - id: m1
    description: Praktisk bistand
```
"#,
};

pub const VERSION: Rule = Rule {
    code: "IP009",
    name: "version",
    summary: "`version` is missing or is not 1.",
    severity: Error,
    item: None,
    doc: r#"
## What it checks
That the plan says `version: 1`, the format this `ip` reads.

## Why
The version lets the format change later without misreading old plans.

## Wrong
```yaml
version: "1.0"
```

## Right
```yaml
version: 1
```
"#,
};

pub const INVALID_DATE: Rule = Rule {
    code: "IP010",
    name: "invalid-date",
    summary: "A date that is not ISO 8601 (YYYY-MM-DD) or does not exist.",
    severity: Error,
    item: None,
    doc: r#"
## What it checks
That every date is written year-month-day (`2026-01-15`) and exists in the calendar.
A Norwegian date such as `15.01.2026` is shown in its ISO form in the help.

## Why
`01.02.2026` is 1 February in Norway and 2 January in the US; ISO dates have one meaning,
sort correctly, and are what `ip due` computes revision dates from.

## Wrong
```yaml
period:
  start: 15.01.2026
  end: 2027-02-30
```

## Right
```yaml
period:
  start: 2026-01-15
  end: 2027-02-28
```
"#,
};

pub const INVALID_VALUE: Rule = Rule {
    code: "IP011",
    name: "invalid-value",
    summary: "A value outside the allowed words, or a duration that does not read.",
    severity: Error,
    item: None,
    doc: r#"
## What it checks
Keys with a fixed set of values: `status` (active, closed), `language` (nb, nn, en),
`consent.by` (person, representative), `goals[].horizon` (long, short),
`participants[].access` (section names), and `revision.interval`, a number and a unit
(days, weeks, months, years).

## Why
These values steer `ip`: the labels of the printed plan, which consent rules apply, when
the next revision is due.

## Wrong
```yaml
status: aktiv
revision:
  interval: halvårleg
```

## Right
```yaml
status: active
revision:
  interval: 6 months
```
"#,
};

/// The rules of this file, in code order.
pub static ALL: &[&Rule] = &[
    &YAML_SYNTAX,
    &DUPLICATE_KEY,
    &NOT_A_MAPPING,
    &NOT_UTF8,
    &TOO_LARGE,
    &WRONG_TYPE,
    &UNKNOWN_KEY,
    &MISSING_KEY,
    &VERSION,
    &INVALID_DATE,
    &INVALID_VALUE,
];
