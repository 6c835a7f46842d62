//! Item g (warning): the next revision falls inside the plan period.

use super::{Context, Rule};
use crate::diagnostic::{Finding, Severity};

pub const RULE: Rule = Rule {
    code: "IP050",
    name: "revision-outside-period",
    summary: "`revision.next` is before the period starts or after it ends.",
    severity: Severity::Warning,
    item: Some('g'),
    check: Some(check),
    doc: r#"
## What it checks
That `revision.next` lies within `period`.

## Why
A revision after the period has ended will never happen for this plan: the plan runs out
first. One before the period starts is usually a wrong year.

## Wrong
```yaml
period: { start: 2026-01-15, end: 2027-01-15 }
revision:
  next: 2027-07-15
```

## Right
```yaml
revision:
  next: 2026-07-15
```
"#,
};

fn check(cx: &Context, out: &mut Vec<Finding>) {
    let Some(next) = cx.plan.revision.as_ref().and_then(|r| r.next.as_ref()) else {
        return;
    };
    let Some(period) = &cx.plan.period else {
        return;
    };
    if let (Some(s), Some(e)) = (&period.start, &period.end) {
        if e.value <= s.value {
            return; // an inverted period is IP033's finding
        }
    }
    if let Some(end) = &period.end {
        if next.value > end.value {
            out.push(
                Finding::new(
                    &RULE,
                    format!(
                        "the next revision ({}) is after the plan period ends ({})",
                        next.value, end.value
                    ),
                    next.pointer.clone(),
                    next.pos,
                )
                .help("revise before the period ends, or extend `period.end`"),
            );
            return;
        }
    }
    if let Some(start) = &period.start {
        if next.value < start.value {
            out.push(
                Finding::new(
                    &RULE,
                    format!(
                        "the next revision ({}) is before the plan period starts ({})",
                        next.value, start.value
                    ),
                    next.pointer.clone(),
                    next.pos,
                )
                .help("check the year of `revision.next`"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, edit};

    #[test]
    fn a_revision_after_the_period_is_a_warning() {
        let plan = edit(|p| p.replace("next: 2026-07-15", "next: 2027-07-15"));
        assert_eq!(codes(&plan), vec!["IP050"]);
    }
}
