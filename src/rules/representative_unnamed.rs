//! Item h: consent by a representative names them.

use super::{Context, Rule};
use crate::diagnostic::{Finding, Severity};

pub const RULE: Rule = Rule {
    code: "IP037",
    name: "representative-unnamed",
    summary: "`consent.by: representative` without the representative's `name`.",
    severity: Severity::Error,
    item: Some('h'),
    check: Some(check),
    doc: r#"
## What it checks
That `consent.name` is filled in when `consent.by` is `representative`.

## Why
Consent on someone's behalf must say who gave it, so it can be checked and, if needed,
withdrawn by the same person.

## Wrong
```yaml
consent:
  given: 2026-01-10
  by: representative
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

fn check(cx: &Context, out: &mut Vec<Finding>) {
    let Some(consent) = &cx.plan.consent else {
        return;
    };
    let Some(by) = &consent.by else { return };
    if by.value == "representative" && consent.name.is_none() {
        out.push(
            Finding::new(
                &RULE,
                "consent was given by a representative, but `consent.name` does not say who",
                by.pointer.clone(),
                by.pos,
            )
            .help("add `name:` under `consent` with the representative's name"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, edit};

    #[test]
    fn an_unnamed_representative_is_an_error() {
        let plan = edit(|p| p.replace("by: person", "by: representative"));
        assert_eq!(codes(&plan), vec!["IP037"]);
    }
}
