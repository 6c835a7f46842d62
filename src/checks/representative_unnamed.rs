//! The check of IP037 (`rules::representative_unnamed`, where its text is).
//!
//! Item h: consent by a representative names them.

use super::Context;
use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::rules::representative_unnamed::RULE;

/// Version 2: every record's `party` is `person` or the id of a representative.
fn check_records(cx: &Context, out: &mut Vec<Finding>) {
    let ids: Vec<&str> = cx
        .plan
        .person
        .iter()
        .flat_map(|p| &p.representatives)
        .filter_map(|r| r.id.as_deref().map(String::as_str))
        .collect();
    for record in &cx.plan.consent_records {
        let Some(party) = &record.party else { continue };
        if party.value == "person" || ids.contains(&party.value.as_str()) {
            continue;
        }
        let known = if ids.is_empty() {
            msg("finding-representative-unknown-none", &[])
        } else {
            msg(
                "finding-representative-unknown-list",
                &[("ids", ids.join(", ").into())],
            )
        };
        out.push(
            Finding::new(
                &RULE,
                msg(
                    "finding-representative-unknown",
                    &[
                        ("party", party.value.as_str().into()),
                        ("known", known.into()),
                    ],
                ),
                party.pointer.clone(),
                party.pos,
            )
            .help(msg("finding-representative-unknown-help", &[])),
        );
    }
}

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    if cx.plan.is_v2() {
        return check_records(cx, out);
    }
    let Some(consent) = &cx.plan.consent else {
        return;
    };
    let Some(by) = &consent.by else { return };
    if by.value == "representative" && consent.name.is_none() {
        out.push(
            Finding::new(
                &RULE,
                msg("finding-representative-unnamed", &[]),
                by.pointer.clone(),
                by.pos,
            )
            .help(msg("finding-representative-unnamed-help", &[])),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{codes, edit};

    #[test]
    fn an_unnamed_representative_is_an_error() {
        let plan = edit(|p| p.replace("by: person", "by: representative"));
        assert_eq!(codes(&plan), vec!["IP037"]);
    }
}
