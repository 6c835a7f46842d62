//! The check of IP033 (`rules::period_order`, where its text is).
//!
//! Item g: the plan period ends after it starts.

use super::Context;
use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::rules::period_order::RULE;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
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
                msg(
                    "finding-period-order",
                    &[
                        ("end", end.value.to_string().into()),
                        ("start", start.value.to_string().into()),
                    ],
                ),
                end.pointer.clone(),
                end.pos,
            )
            .help(msg("finding-period-order-help", &[])),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{codes, edit};

    #[test]
    fn an_inverted_period_is_an_error() {
        let plan = edit(|p| p.replace("end: 2027-01-15", "end: 2026-01-15"));
        assert!(codes(&plan).contains(&"IP033"));
    }
}
