//! Item e (warning): every goal has a measure serving it.

use super::{Context, Rule};
use crate::diagnostic::{Finding, Severity};

pub const RULE: Rule = Rule {
    code: "IP051",
    name: "goal-unserved",
    summary: "A goal that no measure serves.",
    severity: Severity::Warning,
    item: Some('e'),
    check: Some(check),
    doc: r#"
## What it checks
That every goal's `id` appears in the `goals` of at least one measure.

## Why
A goal with no measure is a wish, not a plan. Either a measure is missing or the goal
belongs to a later revision.

## Wrong
```yaml
goals:
  - id: g2
    description: Byrje på vidaregåande.
measures:
  - id: m1
    goals: [g1]
```

## Right
```yaml
measures:
  - id: m1
    goals: [g1, g2]
```
"#,
};

fn check(cx: &Context, out: &mut Vec<Finding>) {
    for goal in &cx.plan.goals {
        let Some(id) = &goal.id else { continue };
        let served = cx
            .plan
            .measures
            .iter()
            .any(|m| m.goals.iter().any(|g| g.value == id.value));
        if !served {
            out.push(
                Finding::new(
                    &RULE,
                    format!("no measure serves goal `{}`", id.value),
                    goal.pointer.clone(),
                    id.pos,
                )
                .help(format!(
                    "add `{}` to the `goals` of the measure that works towards it",
                    id.value
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, edit};

    #[test]
    fn an_unserved_goal_is_a_warning() {
        let plan = edit(|p| p.replace("goals: [g1, g2]", "goals: [g1]"));
        assert_eq!(codes(&plan), vec!["IP051"]);
    }
}
