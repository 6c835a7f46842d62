//! The check of IP050 (`rules::revision_outside_period`, where its text is).
//!
//! Item g (warning): the next revision falls inside the plan period.

use super::Context;
use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::rules::revision_outside_period::RULE;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
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
                    msg(
                        "finding-revision-after-period",
                        &[
                            ("next", next.value.to_string().into()),
                            ("end", end.value.to_string().into()),
                        ],
                    ),
                    next.pointer.clone(),
                    next.pos,
                )
                .help(msg("finding-revision-after-period-help", &[])),
            );
            return;
        }
    }
    if let Some(start) = &period.start {
        if next.value < start.value {
            out.push(
                Finding::new(
                    &RULE,
                    msg(
                        "finding-revision-before-period",
                        &[
                            ("next", next.value.to_string().into()),
                            ("start", start.value.to_string().into()),
                        ],
                    ),
                    next.pointer.clone(),
                    next.pos,
                )
                .help(msg("finding-revision-before-period-help", &[])),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{codes, edit};

    #[test]
    fn a_revision_after_the_period_is_a_warning() {
        let plan = edit(|p| p.replace("next: 2026-07-15", "next: 2027-07-15"));
        assert_eq!(codes(&plan), vec!["IP050"]);
    }
}
