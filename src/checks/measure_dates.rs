//! The check of IP034 (`rules::measure_dates`, where its text is).
//!
//! Item f: a measure's dates lie inside the plan period and are in order.

use super::Context;
use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::rules::measure_dates::RULE;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
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
        let label = super::label(measure.id.as_ref());
        if let (Some(s), Some(e)) = (&measure.start, &measure.end) {
            if e.value < s.value {
                out.push(
                    Finding::new(
                        &RULE,
                        msg(
                            "finding-measure-order",
                            &[
                                ("measure", label.as_str().into()),
                                ("end", e.value.to_string().into()),
                                ("start", s.value.to_string().into()),
                            ],
                        ),
                        e.pointer.clone(),
                        e.pos,
                    )
                    .help(msg("finding-measure-order-help", &[])),
                );
            }
        }
        // A measure may start before the plan: a plan coordinates services already running
        // (medication-assisted treatment since 2024) as well as new ones. Only an end before
        // the period, a measure over before the plan begins, is out of place.
        for date in [&measure.end].into_iter().flatten() {
            let before = start.is_some_and(|s| date.value < s);
            let after = end.is_some_and(|e| date.value > e);
            if before || after {
                out.push(
                    Finding::new(
                        &RULE,
                        msg(
                            "finding-measure-outside",
                            &[
                                ("measure", label.as_str().into()),
                                ("date", date.value.to_string().into()),
                                ("start", start.map_or("?".into(), |d| d.to_string()).into()),
                                ("end", end.map_or("?".into(), |d| d.to_string()).into()),
                            ],
                        ),
                        date.pointer.clone(),
                        date.pos,
                    )
                    .help(msg("finding-measure-outside-help", &[])),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{codes, edit};

    #[test]
    fn an_existing_service_that_started_before_the_plan_is_accepted() {
        let plan = edit(|p| p.replace("start: 2026-02-01", "start: 2024-02-01"));
        assert!(codes(&plan).is_empty(), "{:?}", codes(&plan));
    }

    #[test]
    fn a_measure_over_before_the_plan_starts_is_an_error() {
        let plan = edit(|p| {
            p.replace("start: 2026-02-01", "start: 2025-02-01")
                .replace("end: 2026-12-31", "end: 2025-12-31")
        });
        assert_eq!(codes(&plan), vec!["IP034"]);
    }

    #[test]
    fn an_inverted_measure_is_an_error() {
        let plan = edit(|p| p.replace("end: 2026-12-31", "end: 2026-01-31"));
        assert!(codes(&plan).contains(&"IP034"));
    }
}
