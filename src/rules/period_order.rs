//! Item g: the plan period ends after it starts.

use super::{Context, Rule};
use crate::diagnostic::{Finding, Severity};

pub const RULE: Rule = Rule {
    code: "IP033",
    name: "period-order",
    summary: "`period.end` is not after `period.start`.",
    severity: Severity::Error,
    item: Some('g'),
    check: Some(check),
    doc: r#"
## What it checks
That `period.end` is a later date than `period.start`.

## Why
An inverted period is a typo that makes every date check and `ip due` wrong.

## Wrong
```yaml
period:
  start: 2026-01-15
  end: 2025-01-15
```

## Right
```yaml
period:
  start: 2026-01-15
  end: 2027-01-15
```
"#,
};

fn check(cx: &Context, out: &mut Vec<Finding>) {
    let Some(period) = &cx.plan.period else {
        return;
    };
    let (Some(start), Some(end)) = (&period.start, &period.end) else {
        return;
    };
    if end.value <= start.value {
        out.push(
            Finding::new(
                &RULE,
                format!(
                    "the plan period ends ({}) on or before it starts ({})",
                    end.value, start.value
                ),
                end.pointer.clone(),
                end.pos,
            )
            .help("check the years: `period.end` must be after `period.start`"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, edit};

    #[test]
    fn an_inverted_period_is_an_error() {
        let plan = edit(|p| p.replace("end: 2027-01-15", "end: 2026-01-15"));
        assert!(codes(&plan).contains(&"IP033"));
    }
}
