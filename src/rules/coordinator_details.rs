//! Item c: the coordinator can be reached.

use super::{Context, Rule};
use crate::diagnostic::{Finding, Severity};

pub const RULE: Rule = Rule {
    code: "IP039",
    name: "coordinator-details",
    summary: "The coordinator lacks role, organisation, or any of phone and email.",
    severity: Severity::Error,
    item: Some('c'),
    check: Some(check),
    doc: r#"
## What it checks
That `coordinator` has `role`, `organisation`, and at least one of `phone` and `email`.
(Role and organisation are checked with the format; contact details here.)

## Why
The coordinator is the person's one point of contact. A name alone does not say where
to find them.

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
  phone: "70 16 59 00"
```
"#,
};

fn check(cx: &Context, out: &mut Vec<Finding>) {
    let Some(coordinator) = &cx.plan.coordinator else {
        return;
    };
    if coordinator.phone.is_none() && coordinator.email.is_none() {
        out.push(
            Finding::new(
                &RULE,
                "the coordinator has neither `phone` nor `email`",
                "/coordinator",
                coordinator.pos,
            )
            .help("add `phone:` (in quotes) or `email:` under `coordinator`"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, edit};

    #[test]
    fn a_coordinator_without_contact_is_an_error() {
        let plan = edit(|p| {
            p.replace("  phone: \"70 16 59 00\"\n", "")
                .replace("  email: ola.hansen@example.no\n", "")
        });
        assert_eq!(codes(&plan), vec!["IP039"]);
    }

    #[test]
    fn a_missing_role_uses_this_code_too() {
        let plan = edit(|p| p.replace("  role: vernepleiar\n", ""));
        assert_eq!(codes(&plan), vec!["IP039"]);
    }
}
