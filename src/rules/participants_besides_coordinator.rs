//! Item b: the planning involves someone besides the coordinator.

use super::{Context, Rule};
use crate::diagnostic::{Finding, Severity};

pub const RULE: Rule = Rule {
    code: "IP020",
    name: "participants-besides-coordinator",
    summary: "The only participant listed is the coordinator.",
    severity: Severity::Error,
    item: Some('b'),
    check: Some(check),
    doc: r#"
## What it checks
That `participants` names at least one participant who is not the coordinator (compared
by name). The person themself usually takes part and counts.

## Why
A plan made by the coordinator alone is not a coordinated plan; the law asks who takes
part in the planning.

## Wrong
```yaml
coordinator:
  name: Ola Hansen
participants:
  - id: ola
    name: Ola Hansen
    contributes: Koordinerer.
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
};

fn check(cx: &Context, out: &mut Vec<Finding>) {
    let plan = cx.plan;
    if plan.participants.is_empty() {
        return; // IP022 already says the list is missing or empty
    }
    let coordinator = plan.coordinator_name().trim();
    let others = plan
        .participants
        .iter()
        .filter(|p| p.name.as_deref().map(str::trim) != Some(coordinator) || coordinator.is_empty())
        .count();
    if others == 0 {
        let node = cx.root.key_node("participants").map_or(plan.pos, |n| n.pos);
        out.push(
            Finding::new(
                &RULE,
                "the coordinator is the only participant",
                "/participants",
                node,
            )
            .help("add the person and the services that take part, each with what they contribute"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, edit};

    #[test]
    fn coordinator_alone_is_not_enough() {
        let plan = edit(|p| {
            let start = p.find("participants:").unwrap();
            let end = p.find("goals:").unwrap();
            format!(
                "{}participants:\n  - id: ola\n    name: Ola Hansen\n    contributes: Koordinerer.\n{}",
                &p[..start],
                &p[end..]
            )
            .replace("responsible: heimeteneste", "responsible: coordinator")
        });
        assert!(codes(&plan).contains(&"IP020"), "{:?}", codes(&plan));
    }

    #[test]
    fn the_complete_plan_passes() {
        assert!(!codes(&edit(|p| p.to_owned())).contains(&"IP020"));
    }
}
