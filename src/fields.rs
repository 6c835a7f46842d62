//! Plan format v1 as data: the one table of fields. Every key of the format is declared
//! here once, with its type, whether it is required (and which rule a missing key
//! breaks), and what it holds in a plan author's words. The structural check
//! (`structure.rs`), the JSON Schema (`json_schema.rs`), the model (`plan.rs`), the render
//! view and the plan-level diff (`changes.rs`) all follow it; tests in `plan.rs` and
//! `changes.rs` fail naming any field one of them forgot.
//!
//! Decisions where the spec is silent:
//! - `null` (or a key with no value) counts as absent: optional keys may be null, required
//!   keys may not, and a required text that is only blanks counts as missing too.
//! - `consent.by` is required: who consented decides which consent rules apply.
//! - Phone numbers and ids are text. An unquoted `phone: 70165900` is a wrong type with a
//!   help to quote it, because YAML would drop a leading zero or `+47`.

use crate::i18n::Lang;
use crate::rules::{self, Rule};

pub enum Ty {
    Text,
    Bool,
    Date,
    Duration,
    /// Must be the integer 1.
    Version,
    Enum(&'static [&'static str]),
    List(&'static Ty),
    Map(&'static MapSchema),
}

pub struct MapSchema {
    /// How a plan author names one such mapping: "measure", "participant", "the plan".
    pub noun: &'static str,
    pub fields: &'static [Field],
}

pub struct Field {
    pub key: &'static str,
    pub ty: Ty,
    /// The rule reported when the key is missing, null or blank; `None` for optional keys.
    pub required: Option<&'static Rule>,
    /// Lists must hold at least one item when present.
    pub non_empty: bool,
    /// What the key holds, in a plan author's words (help lines and schema descriptions).
    pub doc: &'static str,
    /// The value when the key is absent, where the format has one (schema `default`).
    pub default: Option<&'static str>,
    /// A typical value, for editors' completion (schema `examples`); dates, durations and
    /// the version get one from their type.
    pub example: Option<&'static str>,
}

impl Field {
    const fn with_default(mut self, default: &'static str) -> Field {
        self.default = Some(default);
        self
    }

    const fn with_example(mut self, example: &'static str) -> Field {
        self.example = Some(example);
        self
    }
}

const fn opt(key: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field {
        key,
        ty,
        required: None,
        non_empty: false,
        doc,
        default: None,
        example: None,
    }
}

const fn req(key: &'static str, ty: Ty, rule: &'static Rule, doc: &'static str) -> Field {
    Field {
        key,
        ty,
        required: Some(rule),
        non_empty: true,
        doc,
        default: None,
        example: None,
    }
}

/// Sections a participant can be given access to (`participants[].access`).
pub const SECTIONS: &[&str] = &[
    "goals",
    "resources",
    "needs",
    "measures",
    "participants",
    "cooperation",
    "consent",
    "revision",
    "meetings",
];

const MISSING: &Rule = &rules::format::MISSING_KEY;

pub static REPRESENTATIVE: MapSchema = MapSchema {
    noun: "representative",
    fields: &[
        req("name", Ty::Text, MISSING, "the representative's name"),
        opt(
            "relation",
            Ty::Text,
            "relation to the person, e.g. mor, far, verge",
        ),
        opt("phone", Ty::Text, "phone number, in quotes").with_example("70 16 59 00"),
        opt("email", Ty::Text, "email address").with_example("ola.hansen@example.no"),
    ],
};

pub static PERSON: MapSchema = MapSchema {
    noun: "person",
    fields: &[
        req("name", Ty::Text, MISSING, "the plan owner's name"),
        opt(
            "born",
            Ty::Date,
            "date of birth, YYYY-MM-DD; needed for the age-16 consent rule",
        ),
        opt("phone", Ty::Text, "phone number, in quotes").with_example("70 16 59 00"),
        opt("email", Ty::Text, "email address").with_example("ola.hansen@example.no"),
        opt("address", Ty::Text, "postal address"),
        opt(
            "representatives",
            Ty::List(&Ty::Map(&REPRESENTATIVE)),
            "parents, guardians or verge who act for the person",
        ),
    ],
};

pub static CONSENT: MapSchema = MapSchema {
    noun: "consent",
    fields: &[
        req("given", Ty::Date, &rules::content::ITEM_H, "the date consent to the plan was given, YYYY-MM-DD"),
        req(
            "by",
            Ty::Enum(&["person", "representative"]),
            &rules::content::ITEM_H,
            "who consented: `person` or `representative`",
        ),
        opt("name", Ty::Text, "who consented; required when `by` is representative"),
        opt("sharing", Ty::Bool, "true when the person consents to share confidential information among the participants"),
        opt("note", Ty::Text, "limits on what may be shared"),
        opt("withdrawn", Ty::Date, "the date consent was withdrawn; the plan must then be closed"),
    ],
};

pub static COORDINATOR: MapSchema = MapSchema {
    noun: "coordinator",
    fields: &[
        req(
            "name",
            Ty::Text,
            &rules::content::ITEM_C,
            "the coordinator's name",
        ),
        req(
            "role",
            Ty::Text,
            &rules::coordinator_details::RULE,
            "the coordinator's profession or role",
        ),
        req(
            "organisation",
            Ty::Text,
            &rules::coordinator_details::RULE,
            "the service or office the coordinator works for",
        ),
        opt("phone", Ty::Text, "phone number, in quotes").with_example("70 16 59 00"),
        opt("email", Ty::Text, "email address").with_example("ola.hansen@example.no"),
    ],
};

pub static PARTICIPANT: MapSchema = MapSchema {
    noun: "participant",
    fields: &[
        req(
            "id",
            Ty::Text,
            MISSING,
            "a short unique id that measures refer to in `responsible`",
        ),
        req(
            "name",
            Ty::Text,
            MISSING,
            "the participant's name or the service's name",
        ),
        opt(
            "role",
            Ty::Text,
            "their role in the plan, e.g. planeigar, tenesteytar, pårørande",
        ),
        opt("organisation", Ty::Text, "the organisation they represent"),
        req(
            "contributes",
            Ty::Text,
            &rules::content::ITEM_D,
            "what this participant will contribute",
        ),
        opt(
            "access",
            Ty::List(&Ty::Enum(SECTIONS)),
            "sections this participant may see; all when absent",
        ),
        opt("phone", Ty::Text, "phone number, in quotes").with_example("70 16 59 00"),
        opt("email", Ty::Text, "email address").with_example("ola.hansen@example.no"),
    ],
};

pub static GOAL: MapSchema = MapSchema {
    noun: "goal",
    fields: &[
        req(
            "id",
            Ty::Text,
            MISSING,
            "a short unique id that measures refer to in `goals`",
        ),
        req(
            "description",
            Ty::Text,
            &rules::content::ITEM_A,
            "the goal in the person's own words",
        ),
        opt(
            "horizon",
            Ty::Enum(&["long", "short"]),
            "long or short term",
        ),
        opt(
            "target",
            Ty::Date,
            "when the goal should be reached, YYYY-MM-DD",
        ),
    ],
};

pub static MEASURE: MapSchema = MapSchema {
    noun: "measure",
    fields: &[
        req("id", Ty::Text, MISSING, "a short unique id, e.g. m1").with_example("m1"),
        req(
            "description",
            Ty::Text,
            &rules::content::ITEM_E,
            "what the measure is",
        ),
        opt(
            "goals",
            Ty::List(&Ty::Text),
            "ids of the goals this measure serves",
        ),
        req(
            "extent",
            Ty::Text,
            &rules::content::ITEM_E,
            "how much and how often, e.g. 2 timar kvar veke",
        ),
        req(
            "responsible",
            Ty::Text,
            &rules::content::ITEM_E,
            "a participant id, or `coordinator`, responsible for the measure",
        ),
        req(
            "how",
            Ty::Text,
            &rules::content::ITEM_F,
            "how the measure will be carried out",
        ),
        opt(
            "start",
            Ty::Date,
            "first day of the measure, inside the plan period",
        ),
        opt("end", Ty::Date, "last day of the measure, not before start"),
    ],
};

pub static COOPERATION: MapSchema = MapSchema {
    noun: "cooperation entry",
    fields: &[
        req(
            "with",
            Ty::Text,
            &rules::content::ITEM_I,
            "the provider, institution or agency",
        ),
        req(
            "about",
            Ty::Text,
            &rules::content::ITEM_I,
            "what the cooperation is about",
        ),
        opt("contact", Ty::Text, "a contact person or phone number"),
    ],
};

pub static PERIOD: MapSchema = MapSchema {
    noun: "period",
    fields: &[
        req(
            "start",
            Ty::Date,
            &rules::content::ITEM_G,
            "first day of the plan period, YYYY-MM-DD",
        ),
        req(
            "end",
            Ty::Date,
            &rules::content::ITEM_G,
            "last day of the plan period, after start",
        ),
    ],
};

pub static REVISION: MapSchema = MapSchema {
    noun: "revision",
    fields: &[
        req(
            "next",
            Ty::Date,
            &rules::content::ITEM_G,
            "the next revision date, YYYY-MM-DD",
        ),
        opt(
            "interval",
            Ty::Duration,
            "time between revisions: N days, weeks, months or years",
        ),
        opt("last", Ty::Date, "date of the last revision"),
    ],
};

pub static ACCEPTED_WARNING: MapSchema = MapSchema {
    noun: "accepted warning",
    fields: &[
        req(
            "rule",
            Ty::Text,
            MISSING,
            "the code or name of a warning rule, e.g. IP052",
        )
        .with_example("IP052"),
        req(
            "reason",
            Ty::Text,
            MISSING,
            "why the warning does not apply to this plan, and who decided",
        ),
    ],
};

pub static MEETING: MapSchema = MapSchema {
    noun: "meeting",
    fields: &[
        req("date", Ty::Date, MISSING, "the meeting date, YYYY-MM-DD"),
        req(
            "title",
            Ty::Text,
            MISSING,
            "what the meeting is, e.g. Ansvarsgruppemøte",
        ),
        opt("place", Ty::Text, "where it is held"),
        opt("note", Ty::Text, "anything to note"),
    ],
};

pub static PLAN: MapSchema = MapSchema {
    noun: "the plan",
    fields: &[
        req(
            "version",
            Ty::Version,
            &rules::format::VERSION,
            "format version; must be 1",
        ),
        req(
            "id",
            Ty::Text,
            MISSING,
            "the plan's id, unique within the repository",
        )
        .with_example("2026-017"),
        opt(
            "status",
            Ty::Enum(&["active", "closed"]),
            "active (the default) or closed",
        )
        .with_default("active"),
        opt(
            "language",
            Ty::Enum(Lang::CODES),
            "language of the rendered plan's labels",
        ),
        req("person", Ty::Map(&PERSON), MISSING, "the plan owner"),
        req(
            "consent",
            Ty::Map(&CONSENT),
            &rules::content::ITEM_H,
            "consent to the plan (item h)",
        ),
        req(
            "coordinator",
            Ty::Map(&COORDINATOR),
            &rules::content::ITEM_C,
            "the coordinator (item c)",
        ),
        req(
            "participants",
            Ty::List(&Ty::Map(&PARTICIPANT)),
            &rules::content::ITEM_B,
            "who takes part in the planning, and what each contributes (items b and d)",
        ),
        req(
            "goals",
            Ty::List(&Ty::Map(&GOAL)),
            &rules::content::ITEM_A,
            "the person's goals (item a)",
        ),
        req(
            "resources",
            Ty::List(&Ty::Text),
            &rules::content::ITEM_A,
            "the person's resources (item a)",
        ),
        req(
            "needs",
            Ty::List(&Ty::Text),
            &rules::content::ITEM_A,
            "the person's needs for services (item a)",
        ),
        req(
            "measures",
            Ty::List(&Ty::Map(&MEASURE)),
            &rules::content::ITEM_E,
            "the measures, their extent, who is responsible and how (items e and f)",
        ),
        Field {
            key: "cooperation",
            ty: Ty::List(&Ty::Map(&COOPERATION)),
            required: Some(&rules::content::ITEM_I),
            non_empty: false,
            doc: "cooperation with other providers and agencies (item i); `[]` when none is needed",
            default: None,
            example: None,
        },
        req(
            "period",
            Ty::Map(&PERIOD),
            &rules::content::ITEM_G,
            "the plan period (item g)",
        ),
        req(
            "revision",
            Ty::Map(&REVISION),
            &rules::content::ITEM_G,
            "when the plan is revised (item g)",
        ),
        opt(
            "meetings",
            Ty::List(&Ty::Map(&MEETING)),
            "meetings, for calendars and the printed plan",
        ),
        opt(
            "accept_warnings",
            Ty::List(&Ty::Map(&ACCEPTED_WARNING)),
            "warnings that do not apply to this plan, each with the reason; errors, and so the law's content list, cannot be accepted",
        ),
    ],
};

pub const DURATION_PATTERN: &str = "^[0-9]+ (day|days|week|weeks|month|months|year|years)$";
pub const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
