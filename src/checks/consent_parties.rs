//! The check of IP040 (`rules::consent_parties`, where its text is).

use super::{consent_list, start_day, Context};
use crate::diagnostic::Finding;
use crate::messages::msg;
use crate::rules::consent_parties::RULE;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let plan = cx.plan;
    if !plan.is_v2() || plan.consent_records.is_empty() {
        return;
    }
    let (Some(day), Some(person)) = (start_day(plan), plan.person.as_ref()) else {
        return;
    };
    let Some(age) = plan.age_on(day) else { return };
    let consented = |party: &str| plan.consents_to("plan").any(|r| r.party_str() == party);
    let (pointer, pos) = consent_list(cx);
    if age < 16 {
        for rep in &person.representatives {
            let Some(id) = &rep.id else { continue };
            if rep.authority.as_deref() != Some("parental-responsibility") || consented(id) {
                continue;
            }
            let who = rep.name.as_deref().unwrap_or(id.value.as_str());
            out.push(
                Finding::new(
                    &RULE,
                    msg(
                        "finding-consent-parties-parent",
                        &[
                            ("who", who.into()),
                            ("id", id.value.as_str().into()),
                            ("age", i64::from(age).into()),
                            ("day", day.to_string().into()),
                        ],
                    ),
                    pointer.clone(),
                    pos,
                )
                .help(msg(
                    "finding-consent-parties-parent-help",
                    &[("id", id.value.as_str().into())],
                )),
            );
        }
        return;
    }
    if consented("person") {
        return;
    }
    let stands_in = plan.consents_to("plan").any(|r| {
        person.representatives.iter().any(|rep| {
            rep.id.as_ref().is_some_and(|id| id.value == r.party_str()) && rep.reason.is_some()
        })
    });
    if stands_in {
        return;
    }
    let record = plan.consents_to("plan").find(|r| r.party.is_some());
    let (pointer, pos) = match record.and_then(|r| r.party.as_ref()) {
        Some(party) => (party.pointer.clone(), party.pos),
        None => (pointer, pos),
    };
    out.push(
        Finding::new(
            &RULE,
            msg(
                "finding-consent-parties-person",
                &[
                    ("age", i64::from(age).into()),
                    ("day", day.to_string().into()),
                ],
            ),
            pointer,
            pos,
        )
        .help(msg("finding-consent-parties-person-help", &[])),
    );
}

#[cfg(test)]
mod tests {
    use crate::check::testing::codes as codes_of;

    const CHILD: &str = "version: 2\nid: x\nperson:\n  name: A\n  born: 2015-03-01\n  representatives:\n    - { id: mor, name: Lise, authority: parental-responsibility }\n    - { id: far, name: Jon, authority: parental-responsibility }\nperiod: { start: 2026-01-15, end: 2027-01-15 }\n";

    #[test]
    fn both_parents_consent_for_a_child() {
        let one =
            format!("{CHILD}consent:\n  - {{ party: mor, covers: plan, given: 2026-01-10 }}\n");
        assert_eq!(codes_of(&one).iter().filter(|c| **c == "IP040").count(), 1);
        let both = format!("{one}  - {{ party: far, covers: plan, given: 2026-01-12 }}\n");
        assert!(!codes_of(&both).contains(&"IP040"));
    }

    #[test]
    fn from_16_the_person_consents_unless_a_representative_has_a_reason() {
        let teen = "version: 2\nid: x\nperson:\n  name: A\n  born: 2009-03-01\n  representatives:\n    - { id: mor, name: Lise, authority: parental-responsibility }\nperiod: { start: 2026-01-15, end: 2027-01-15 }\nconsent:\n  - { party: mor, covers: plan, given: 2026-01-10 }\n";
        assert!(
            codes_of(teen).contains(&"IP040"),
            "a 16-year-old whose mother consented"
        );
        let reason = teen.replace(
            "authority: parental-responsibility }",
            "authority: representative, reason: mangler samtykkekompetanse }",
        );
        assert!(!codes_of(&reason).contains(&"IP040"));
        let own = format!("{teen}  - {{ party: person, covers: plan, given: 2026-01-10 }}\n");
        assert!(!codes_of(&own).contains(&"IP040"));
    }
}
