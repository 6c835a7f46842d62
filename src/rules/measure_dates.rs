//! Item f: a measure's dates lie inside the plan period and are in order.

use super::{Context, Rule};
use crate::diagnostic::{Finding, Severity};

pub const RULE: Rule = Rule {
    code: "IP034",
    name: "measure-dates",
    summary: "A measure ends before it starts, or its dates lie outside the plan period.",
    severity: Severity::Error,
    item: Some('f'),
    check: Some(check),
    doc: r#"
## What it checks
That a measure's `end` is not before its `start`, and that both lie inside `period`.

## Why
When a measure is carried out is part of how it is carried out. A measure that runs
outside the plan period is not covered by the plan or its consent.

## Wrong
```yaml
period: { start: 2026-01-15, end: 2027-01-15 }
measures:
  - id: m1
    start: 2025-12-01
```

## Right
```yaml
measures:
  - id: m1
    start: 2026-02-01
    end: 2026-12-31
```
"#,
};

fn check(cx: &Context, out: &mut Vec<Finding>) {
    let period = cx.plan.period.as_ref();
    let mut start = period.and_then(|p| p.start.as_ref()).map(|d| d.value);
    let mut end = period.and_then(|p| p.end.as_ref()).map(|d| d.value);
    if let (Some(s), Some(e)) = (start, end) {
        if e <= s {
            // An inverted period is IP033's finding; comparing against it would only add noise.
            (start, end) = (None, None);
        }
    }
    for measure in &cx.plan.measures {
        let label = measure
            .id
            .as_deref()
            .map_or("(no id)".to_owned(), |id| format!("`{id}`"));
        if let (Some(s), Some(e)) = (&measure.start, &measure.end) {
            if e.value < s.value {
                out.push(
                    Finding::new(
                        &RULE,
                        format!(
                            "measure {label} ends ({}) before it starts ({})",
                            e.value, s.value
                        ),
                        e.pointer.clone(),
                        e.pos,
                    )
                    .help("swap the dates or correct the year"),
                );
            }
        }
        for date in [&measure.start, &measure.end].into_iter().flatten() {
            let before = start.is_some_and(|s| date.value < s);
            let after = end.is_some_and(|e| date.value > e);
            if before || after {
                out.push(
                    Finding::new(
                        &RULE,
                        format!(
                            "measure {label} has date {} outside the plan period ({} – {})",
                            date.value,
                            start.map_or("?".into(), |d| d.to_string()),
                            end.map_or("?".into(), |d| d.to_string())
                        ),
                        date.pointer.clone(),
                        date.pos,
                    )
                    .help("move the date inside the period, or extend `period`"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, edit};

    #[test]
    fn a_measure_starting_before_the_period_is_an_error() {
        let plan = edit(|p| p.replace("start: 2026-02-01", "start: 2025-02-01"));
        assert_eq!(codes(&plan), vec!["IP034"]);
    }

    #[test]
    fn an_inverted_measure_is_an_error() {
        let plan = edit(|p| p.replace("end: 2026-12-31", "end: 2026-01-31"));
        assert!(codes(&plan).contains(&"IP034"));
    }
}
