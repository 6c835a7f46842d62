//! The check of IP052 (`rules::no_sharing_consent`, where its text is).
//!
//! Item h (warning): consent to share information is given, or its absence is visible.

use super::Context;
use crate::diagnostic::Finding;
use crate::rules::no_sharing_consent::RULE;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let Some(consent) = &cx.plan.consent else {
        return;
    };
    match &consent.sharing {
        Some(s) if s.value => {}
        Some(s) => out.push(
            Finding::new(&RULE, "the person has not consented to sharing confidential information among the participants", s.pointer.clone(), s.pos)
                .help("participants may not exchange confidential information; make sure they all know"),
        ),
        None => out.push(
            Finding::new(&RULE, "the plan does not record whether the person consents to sharing information", consent.pointer.clone(), consent.pos)
                .help("add `sharing: true` or `sharing: false` under `consent`"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{codes, edit};

    #[test]
    fn no_sharing_is_a_warning() {
        let plan = edit(|p| p.replace("sharing: true", "sharing: false"));
        assert_eq!(codes(&plan), vec!["IP052"]);
    }
}
