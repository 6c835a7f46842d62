//! The law's content list, items a–i: one rule each, reported by the schema table
//! (`schema.rs`) when the keys that carry an item are missing or empty. What each item
//! asks for is rendered from forskrift om individuell plan ved ytelse av velferdstjenester,
//! innhold (cited by letter, never by an invented section number), in the language of
//! messages: `explain-item-*` in i18n/*.ftl, shown by `ip explain`.

use super::Rule;
use super::Severity::Error;

const fn item(
    code: &'static str,
    name: &'static str,
    letter: char,
    summary: &'static str,
    doc: &'static str,
) -> Rule {
    Rule {
        code,
        name,
        summary,
        severity: Error,
        item: Some(letter),
        doc,
    }
}

pub const ITEM_A: Rule = item(
    "IP021",
    "goals-resources-needs",
    'a',
    "The plan lacks the person's goals, resources or needs.",
    r#"
## What it checks
That `goals`, `resources` and `needs` are present with at least one entry each, and that
every goal has a `description`.

## Why
An individual plan starts from the person's own goals; without them the measures have
nothing to aim at.

## Wrong
```yaml
goals: []
```

## Right
```yaml
goals:
  - id: g1
    description: Bu i eigen leilegheit innan sommaren 2027.
resources:
  - God kontakt med familien.
needs:
  - Praktisk bistand i heimen.
```
"#,
);

pub const ITEM_B: Rule = item(
    "IP022",
    "participants",
    'b',
    "The plan does not say who takes part in the planning.",
    r#"
## What it checks
That `participants` lists at least one participant besides the coordinator (rule IP020
checks the "besides the coordinator" part).

## Why
The plan is made together with the person and the services; the law asks who took part.

## Wrong
```yaml
participants: []
```

## Right
```yaml
participants:
  - id: kari
    name: Kari Nordmann
    role: planeigar
    contributes: Seier frå når noko ikkje fungerer.
```
"#,
);

pub const ITEM_C: Rule = item(
    "IP023",
    "coordinator",
    'c',
    "The plan does not name its coordinator.",
    r#"
## What it checks
That `coordinator` is present and has a `name`. Rule IP039 checks role, organisation and
contact details.

## Why
The coordinator is the person's one point of contact and keeps the plan moving.

## Wrong
```yaml
coordinator: {}
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
);

pub const ITEM_D: Rule = item(
    "IP024",
    "contributions",
    'd',
    "A participant's contribution is not stated.",
    r#"
## What it checks
That every participant has `contributes`: what they will do.

## Why
The law asks what the person, the services, other contributors and relatives will
contribute, so each party knows their part.

## Wrong
```yaml
participants:
  - id: far
    name: Per Nordmann
```

## Right
```yaml
participants:
  - id: far
    name: Per Nordmann
    contributes: Køyrer til trening kvar torsdag.
```
"#,
);

pub const ITEM_E: Rule = item(
    "IP025",
    "measures",
    'e',
    "Measures are missing, or a measure lacks description, extent or responsible.",
    r#"
## What it checks
That `measures` has at least one entry and every measure has `description`, `extent`
and `responsible`.

## Why
The law asks which measures apply, how much of each, and who is responsible, so that
the person knows what to expect and from whom.

## Wrong
```yaml
measures:
  - id: m1
    description: Praktisk bistand
```

## Right
```yaml
measures:
  - id: m1
    description: Praktisk bistand
    extent: 2 timar kvar veke
    responsible: heimeteneste
    how: Heimetenesta kjem tysdag og fredag.
```
"#,
);

pub const ITEM_F: Rule = item(
    "IP026",
    "measures-how",
    'f',
    "A measure does not say how it will be carried out.",
    r#"
## What it checks
That every measure has `how`.

## Why
The law asks how the measures will be carried out: when, where, in what way.

## Wrong
```yaml
  - id: m1
    description: Praktisk bistand
    extent: 2 timar kvar veke
    responsible: heimeteneste
```

## Right
```yaml
  - id: m1
    description: Praktisk bistand
    extent: 2 timar kvar veke
    responsible: heimeteneste
    how: Heimetenesta kjem tysdag og fredag.
```
"#,
);

pub const ITEM_G: Rule = item(
    "IP027",
    "period-and-revision",
    'g',
    "The plan period or the next revision date is missing.",
    r#"
## What it checks
That `period` has `start` and `end`, and `revision` has `next`.

## Why
The law asks for the plan period and when the plan is to be adjusted and revised;
`ip due` uses `revision.next` to remind the coordinator.

## Wrong
```yaml
period:
  start: 2026-01-15
```

## Right
```yaml
period:
  start: 2026-01-15
  end: 2027-01-15
revision:
  next: 2026-07-15
```
"#,
);

pub const ITEM_H: Rule = item(
    "IP028",
    "consent",
    'h',
    "The plan does not record consent: when, and by whom.",
    r#"
## What it checks
Version 1: that `consent` is present with `given` (a date) and `by` (person or
representative). Version 2: that `consent` lists at least one record, each with `party`,
`covers` and `given`.

## Why
An individual plan is made only with the person's consent: the right to a plan is
pasient- og brukerrettighetsloven § 2-5 (for the services of the municipality also
helse- og omsorgstjenesteloven § 7-1), and the regulation's item h asks the plan itself
to record the consent to making it and, where given, to sharing information.

## Wrong
```yaml
consent:
  sharing: true
```

## Right
```yaml
consent:
  given: 2026-01-10
  by: person
  sharing: true
```

Version 2:
```yaml
consent:
  - party: person
    covers: plan
    given: 2026-01-10
```
"#,
);

pub const ITEM_I: Rule = item(
    "IP029",
    "cooperation",
    'i',
    "The plan does not say which cooperation with other agencies is needed.",
    r#"
## What it checks
That `cooperation` is present, and that each entry says `with` whom and `about` what.
An explicit empty list, `cooperation: []`, records that none is needed.

## Why
The law asks for necessary or desirable cooperation with other providers, institutions
and agencies. Leaving the key out says nothing; `[]` says "considered, none needed".

## Wrong
```yaml
# no cooperation key
```

## Right
```yaml
cooperation:
  - with: NAV Ørskog
    about: Arbeidsretta bistand.
```
"#,
);

/// The rules of this file, in code order.
pub static ALL: &[&Rule] = &[
    &ITEM_A, &ITEM_B, &ITEM_C, &ITEM_D, &ITEM_E, &ITEM_F, &ITEM_G, &ITEM_H, &ITEM_I,
];
