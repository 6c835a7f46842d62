//! The check of IP042 (`rules::unknown_participant`, where its text is).

use super::{suggest, Context};
use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::plan::At;
use crate::rules::unknown_participant::RULE;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let plan = cx.plan;
    if !plan.is_v2() {
        return;
    }
    let ids: Vec<&str> = plan
        .participants
        .iter()
        .filter_map(|p| p.id.as_deref().map(String::as_str))
        .collect();
    let known: std::collections::HashSet<&str> = ids.iter().copied().collect();
    let mut given = 0;
    let mut check = |r: &At<String>, coordinator_ok: bool, what: &str| {
        if known.contains(r.value.as_str()) || (coordinator_ok && r.value == "coordinator") {
            return;
        }
        let help = match suggest(&r.value, &ids, &mut given) {
            Some(near) => msg(
                "finding-unknown-participant-help-near",
                &[("word", near.into())],
            ),
            None if coordinator_ok => msg("finding-unknown-participant-help-coordinator", &[]),
            None => msg("finding-unknown-participant-help", &[]),
        };
        out.push(
            Finding::new(
                &RULE,
                msg(
                    "finding-unknown-participant",
                    &[("place", what.into()), ("id", r.value.as_str().into())],
                ),
                r.pointer.clone(),
                r.pos,
            )
            .help(help),
        );
    };
    for record in &plan.consent_records {
        for r in record.with.iter().flatten() {
            check(r, false, "consent");
        }
    }
    for v in &plan.voice {
        if let Some(r) = &v.recorded_by {
            check(r, true, "recorded-by");
        }
    }
    if let Some(group) = &plan.responsibility_group {
        for r in &group.members {
            check(r, false, "group");
        }
        if let Some(r) = &group.leader {
            check(r, true, "leader");
        }
    }
    let evaluations = plan
        .goals
        .iter()
        .flat_map(|g| &g.evaluations)
        .chain(plan.measures.iter().flat_map(|m| &m.evaluations));
    for e in evaluations {
        if let Some(r) = &e.by {
            check(r, true, "evaluation");
        }
    }
    for m in &plan.meetings {
        for r in &m.attendees {
            check(r, true, "attendees");
        }
        for f in &m.follow_ups {
            if let Some(r) = &f.who {
                check(r, true, "follow-up");
            }
        }
    }
    for n in &plan.notes {
        if let Some(r) = &n.by {
            check(r, true, "note");
        }
    }
    let access = plan
        .goals
        .iter()
        .filter_map(|g| g.access.as_ref())
        .chain(plan.measures.iter().filter_map(|m| m.access.as_ref()))
        .chain(plan.meetings.iter().filter_map(|m| m.access.as_ref()))
        .chain(plan.notes.iter().filter_map(|n| n.access.as_ref()));
    for list in access {
        for r in list {
            check(r, false, "access");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::codes as codes_of;

    #[test]
    fn references_must_be_participants() {
        let plan = "version: 2\nid: x\nparticipants:\n  - { id: skole, name: S, contributes: x }\nmeetings:\n  - { date: 2026-03-01, title: M, attendees: [skule, coordinator], access: [coordinator] }\n";
        let codes = codes_of(plan);
        assert_eq!(
            codes.iter().filter(|c| **c == "IP042").count(),
            2,
            "{codes:?}"
        );
    }
}
