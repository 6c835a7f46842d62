//! Plan formats v1 and v2 as data: one table of fields per version ([`PLAN`] is v1,
//! [`PLAN_V2`] v2; [`plan_table`] picks by the plan's `version`). Every key of the format is declared
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
//! - Phone numbers and ids are text. An unquoted `phone: 77000017` is a wrong type with a
//!   help to quote it, because YAML would drop a leading zero or `+47`.

use crate::i18n::Lang;
use crate::rules::{self, Rule};

pub enum Ty {
    Text,
    Bool,
    Date,
    Duration,
    /// Must be this integer (the table's format version).
    Version(i64),
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

// Fields that stand in more than one table (both format versions, or several mappings),
// written once.
const REPRESENTATIVE_NAME: Field = req("name", Ty::Text, MISSING, "the representative's name");
const PHONE: Field = opt("phone", Ty::Text, "phone number, in quotes").with_example("77 00 00 17");
const EMAIL: Field = opt("email", Ty::Text, "email address").with_example("ola.hansen@example.no");
const PERSON_NAME: Field = req("name", Ty::Text, MISSING, "the plan owner's name");
const PERSON_ADDRESS: Field = opt("address", Ty::Text, "postal address");
const COORDINATOR_ROLE: Field = req(
    "role",
    Ty::Text,
    &rules::coordinator_details::RULE,
    "the coordinator's profession or role",
);
const COORDINATOR_ORGANISATION: Field = req(
    "organisation",
    Ty::Text,
    &rules::coordinator_details::RULE,
    "the service or office the coordinator works for",
);
const GOAL_ID: Field = req(
    "id",
    Ty::Text,
    MISSING,
    "a short unique id that measures refer to in `goals`",
);
const GOAL_DESCRIPTION: Field = req(
    "description",
    Ty::Text,
    &rules::content::ITEM_A,
    "the goal in the person's own words",
);
const GOAL_HORIZON: Field = opt(
    "horizon",
    Ty::Enum(&["long", "short"]),
    "long or short term",
);
const GOAL_TARGET: Field = opt(
    "target",
    Ty::Date,
    "when the goal should be reached, YYYY-MM-DD",
);
const MEASURE_ID: Field =
    req("id", Ty::Text, MISSING, "a short unique id, e.g. m1").with_example("m1");
const MEASURE_EXTENT: Field = req(
    "extent",
    Ty::Text,
    &rules::content::ITEM_E,
    "how much and how often, e.g. 2 timar kvar veke",
);
const MEASURE_RESPONSIBLE: Field = req(
    "responsible",
    Ty::Text,
    &rules::content::ITEM_E,
    "a participant id, or `coordinator`, responsible for the measure",
);
const MEASURE_END: Field = opt("end", Ty::Date, "last day of the measure, not before start");
const MEETING_DATE: Field = req("date", Ty::Date, MISSING, "the meeting date, YYYY-MM-DD");
const MEETING_PLACE: Field = opt("place", Ty::Text, "where it is held");
const MEETING_NOTE: Field = opt("note", Ty::Text, "anything to note");
const PLAN_STATUS: Field = opt(
    "status",
    Ty::Enum(&["active", "closed"]),
    "active (the default) or closed",
)
.with_default("active");
const PLAN_RESOURCES: Field = req(
    "resources",
    Ty::List(&Ty::Text),
    &rules::content::ITEM_A,
    "the person's resources (item a)",
);
const PLAN_NEEDS: Field = req(
    "needs",
    Ty::List(&Ty::Text),
    &rules::content::ITEM_A,
    "the person's needs for services (item a)",
);

pub static REPRESENTATIVE: MapSchema = MapSchema {
    noun: "representative",
    fields: &[
        REPRESENTATIVE_NAME,
        opt(
            "relation",
            Ty::Text,
            "relation to the person, e.g. mor, far, verge",
        ),
        PHONE,
        EMAIL,
    ],
};

pub static PERSON: MapSchema = MapSchema {
    noun: "person",
    fields: &[
        PERSON_NAME,
        opt(
            "born",
            Ty::Date,
            "date of birth, YYYY-MM-DD; needed for the age-16 consent rule",
        ),
        PHONE,
        EMAIL,
        PERSON_ADDRESS,
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
        COORDINATOR_ROLE,
        COORDINATOR_ORGANISATION,
        PHONE,
        EMAIL,
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
        PHONE,
        EMAIL,
    ],
};

pub static GOAL: MapSchema = MapSchema {
    noun: "goal",
    fields: &[GOAL_ID, GOAL_DESCRIPTION, GOAL_HORIZON, GOAL_TARGET],
};

pub static MEASURE: MapSchema = MapSchema {
    noun: "measure",
    fields: &[
        MEASURE_ID,
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
        MEASURE_EXTENT,
        MEASURE_RESPONSIBLE,
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
        MEASURE_END,
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
        MEETING_DATE,
        req(
            "title",
            Ty::Text,
            MISSING,
            "what the meeting is, e.g. Ansvarsgruppemøte",
        ),
        MEETING_PLACE,
        MEETING_NOTE,
    ],
};

pub static PLAN: MapSchema = MapSchema {
    noun: "the plan",
    fields: &[
        req(
            "version",
            Ty::Version(1),
            &rules::format::VERSION,
            "format version; 1 here (version 2 is the current format: `ip migrate`)",
        ),
        req(
            "id",
            Ty::Text,
            MISSING,
            "the plan's id, unique within the repository",
        )
        .with_example("2026-017"),
        PLAN_STATUS,
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
        PLAN_RESOURCES,
        PLAN_NEEDS,
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

// ---------------------------------------------------------------------------------------------
// Format version 2: the IP process as the law and practice have it. Keys are English, text is
// in the plan's language. What v2 adds to v1, and why (README, "Format v2"):
// - `kind`: a plan, a coordinator without a plan (pbrl § 2-5 b), or an offer declined.
// - consent as an append-only list of records, one per consenting party and what it covers
//   (the plan, or sharing with named participants), with given, until and withdrawn dates;
//   representatives have ids and say on what authority they act.
// - the person's own words (`voice`), evaluations of goals and measures, the
//   responsibility group, meetings with attendees, decisions and follow-ups, the decision
//   (vedtak) behind a measure, notes, related plans and why the plan was made.
// - item-level access: a goal, measure, meeting or note may name the participants who may
//   see it (`access`), honoured by `ip render --for`.
// - `coordinator.kind`: `koordinator` or `barnekoordinator` (pbrl § 2-5 c, hol § 7-2 a).

/// Plan kinds (v2 `kind`).
pub const KINDS: &[&str] = &["plan", "coordinator-only", "declined"];

/// Fields a v2 record of kind `declined` need not have: the plan's content, which a
/// coordinator-only record need not have either ([`PLAN_ONLY`], the first eight), and its
/// consent, since a declined offer has nothing the person agreed to.
const NOT_FOR_DECLINED: [&str; 9] = [
    "participants",
    "goals",
    "resources",
    "needs",
    "measures",
    "cooperation",
    "period",
    "revision",
    "consent",
];

/// Fields of a v2 plan that only a plan of kind `plan` must have: a coordinator-only record
/// or a declined offer has no goals, measures or period to keep.
pub const PLAN_ONLY: &[&str] = NOT_FOR_DECLINED.split_at(8).0;

/// The required fields a v2 record of `kind` may leave out.
pub fn not_required(kind: Option<&str>) -> &'static [&'static str] {
    match kind {
        Some("coordinator-only") => PLAN_ONLY,
        Some("declined") => &NOT_FOR_DECLINED,
        _ => &[],
    }
}

pub static REPRESENTATIVE_V2: MapSchema = MapSchema {
    noun: "representative",
    fields: &[
        req(
            "id",
            Ty::Text,
            MISSING,
            "a short unique id that consent records refer to in `party`",
        )
        .with_example("mor"),
        REPRESENTATIVE_NAME,
        opt(
            "relation",
            Ty::Text,
            "relation to the person, e.g. mor, far, verje",
        ),
        opt(
            "authority",
            Ty::Enum(&["parental-responsibility", "guardian", "representative"]),
            "on what authority they act: `parental-responsibility` (a parent or other with parental responsibility, who consents for a child under 16), `guardian` (verge) or `representative` (acts for an adult who cannot consent)",
        ),
        opt(
            "reason",
            Ty::Text,
            "why a representative consents for a person of 16 or more, e.g. lacks capacity to consent (pbrl § 4-3 second paragraph)",
        ),
        PHONE,
        EMAIL,
    ],
};

pub static PERSON_V2: MapSchema = MapSchema {
    noun: "person",
    fields: &[
        PERSON_NAME,
        opt(
            "born",
            Ty::Date,
            "date of birth, YYYY-MM-DD; needed for the consent rules by age",
        ),
        PHONE,
        EMAIL,
        PERSON_ADDRESS,
        opt(
            "representatives",
            Ty::List(&Ty::Map(&REPRESENTATIVE_V2)),
            "parents, guardians or other representatives who act for the person",
        ),
    ],
};

pub static VOICE: MapSchema = MapSchema {
    noun: "voice entry",
    fields: &[
        req(
            "date",
            Ty::Date,
            MISSING,
            "when the person said it, YYYY-MM-DD",
        ),
        req(
            "text",
            Ty::Text,
            MISSING,
            "what matters to the person, in their own words (for a child: their views)",
        ),
        opt(
            "recorded_by",
            Ty::Text,
            "a participant id, or `coordinator`, who wrote it down",
        ),
    ],
};

pub static CONSENT_RECORD: MapSchema = MapSchema {
    noun: "consent record",
    fields: &[
        req(
            "party",
            Ty::Text,
            &rules::content::ITEM_H,
            "who consents: `person`, or the id of one of `person.representatives`",
        )
        .with_example("person"),
        req(
            "covers",
            Ty::Enum(&["plan", "sharing"]),
            &rules::content::ITEM_H,
            "what the consent covers: `plan` (making the plan) or `sharing` (sharing confidential information)",
        ),
        opt(
            "with",
            Ty::List(&Ty::Text),
            "for `sharing`: the participant ids it covers; all participants when absent",
        ),
        req("given", Ty::Date, &rules::content::ITEM_H, "the date consent was given, YYYY-MM-DD"),
        opt("until", Ty::Date, "the last day the consent covers, when it was given for a period"),
        opt("withdrawn", Ty::Date, "the date it was withdrawn; add a new record if given again"),
        opt("note", Ty::Text, "limits on what the consent covers"),
    ],
};

pub static COORDINATOR_V2: MapSchema = MapSchema {
    noun: "coordinator",
    fields: &[
        opt(
            "kind",
            Ty::Enum(&["koordinator", "barnekoordinator"]),
            "`koordinator` (the default), or `barnekoordinator` for a family with a child under 18 (pbrl § 2-5 c)",
        )
        .with_default("koordinator"),
        req("name", Ty::Text, &rules::content::ITEM_C, "the coordinator's name"),
        COORDINATOR_ROLE,
        COORDINATOR_ORGANISATION,
        PHONE,
        EMAIL,
    ],
};

pub static RESPONSIBILITY_GROUP: MapSchema = MapSchema {
    noun: "responsibility group",
    fields: &[
        req(
            "members",
            Ty::List(&Ty::Text),
            MISSING,
            "participant ids of the responsibility group (ansvarsgruppe)",
        ),
        opt(
            "leader",
            Ty::Text,
            "a participant id, or `coordinator`, who leads the group",
        ),
        opt(
            "note",
            Ty::Text,
            "how the group works, e.g. meets every third month",
        ),
    ],
};

pub static EVALUATION: MapSchema = MapSchema {
    noun: "evaluation",
    fields: &[
        req(
            "date",
            Ty::Date,
            MISSING,
            "when it was evaluated, YYYY-MM-DD",
        ),
        req(
            "status",
            Ty::Enum(&["achieved", "on-track", "not-on-track", "changed", "ended"]),
            MISSING,
            "how it stands: achieved, on-track, not-on-track, changed or ended",
        ),
        opt(
            "by",
            Ty::Text,
            "a participant id, or `coordinator`, who evaluated",
        ),
        opt("note", Ty::Text, "what was learnt, and what happens next"),
    ],
};

pub static GOAL_V2: MapSchema = MapSchema {
    noun: "goal",
    fields: &[
        GOAL_ID,
        GOAL_DESCRIPTION,
        GOAL_HORIZON,
        GOAL_TARGET,
        opt(
            "access",
            Ty::List(&Ty::Text),
            "participant ids who may see this goal; everyone with access to goals when absent",
        ),
        opt(
            "evaluations",
            Ty::List(&Ty::Map(&EVALUATION)),
            "evaluations of the goal over time",
        ),
    ],
};

pub static DECISION: MapSchema = MapSchema {
    noun: "decision",
    fields: &[
        req(
            "reference",
            Ty::Text,
            MISSING,
            "the decision's (vedtak's) case or document number",
        ),
        opt("date", Ty::Date, "the decision's date, YYYY-MM-DD"),
        opt("by", Ty::Text, "the service that made the decision"),
    ],
};

pub static MEASURE_V2: MapSchema = MapSchema {
    noun: "measure",
    fields: &[
        MEASURE_ID,
        req("description", Ty::Text, &rules::content::ITEM_E, "what the measure is"),
        opt("goals", Ty::List(&Ty::Text), "ids of the goals this measure serves"),
        MEASURE_EXTENT,
        MEASURE_RESPONSIBLE,
        req("how", Ty::Text, &rules::content::ITEM_F, "how the measure will be carried out"),
        opt(
            "start",
            Ty::Date,
            "first day of the measure; an existing service may have started before the plan",
        ),
        MEASURE_END,
        opt(
            "decision",
            Ty::Map(&DECISION),
            "the individual decision (vedtak) the measure is granted by",
        ),
        opt(
            "access",
            Ty::List(&Ty::Text),
            "participant ids who may see this measure; everyone with access to measures when absent",
        ),
        opt(
            "evaluations",
            Ty::List(&Ty::Map(&EVALUATION)),
            "evaluations of the measure over time",
        ),
    ],
};

pub static FOLLOW_UP: MapSchema = MapSchema {
    noun: "follow-up",
    fields: &[
        req("what", Ty::Text, MISSING, "what is to be done"),
        req(
            "who",
            Ty::Text,
            MISSING,
            "a participant id, or `coordinator`, who does it",
        ),
        opt("by", Ty::Date, "by when, YYYY-MM-DD"),
        opt("done", Ty::Date, "when it was done, YYYY-MM-DD"),
    ],
};

pub static MEETING_V2: MapSchema = MapSchema {
    noun: "meeting",
    fields: &[
        MEETING_DATE,
        req("title", Ty::Text, MISSING, "what the meeting is, e.g. Ansvarsgruppemøte"),
        MEETING_PLACE,
        MEETING_NOTE,
        opt(
            "attendees",
            Ty::List(&Ty::Text),
            "participant ids, or `coordinator`, who took part",
        ),
        opt("decisions", Ty::List(&Ty::Text), "what the meeting decided"),
        opt(
            "follow_ups",
            Ty::List(&Ty::Map(&FOLLOW_UP)),
            "who does what by when",
        ),
        opt(
            "access",
            Ty::List(&Ty::Text),
            "participant ids who may see this meeting; everyone with access to meetings when absent",
        ),
    ],
};

pub static NOTE: MapSchema = MapSchema {
    noun: "note",
    fields: &[
        req("date", Ty::Date, MISSING, "the note's date, YYYY-MM-DD"),
        req("text", Ty::Text, MISSING, "the note"),
        opt(
            "by",
            Ty::Text,
            "a participant id, or `coordinator`, who wrote it",
        ),
        opt(
            "access",
            Ty::List(&Ty::Text),
            "participant ids who may see this note; every participant when absent",
        ),
    ],
};

pub static RELATED_PLAN: MapSchema = MapSchema {
    noun: "related plan",
    fields: &[
        req(
            "kind",
            Ty::Enum(&["crisis-plan", "iop", "care-plan", "treatment-plan", "other"]),
            MISSING,
            "crisis-plan, iop (individuell opplæringsplan), care-plan, treatment-plan or other",
        ),
        req("title", Ty::Text, MISSING, "the plan's name"),
        opt("kept_by", Ty::Text, "who keeps it, and where"),
        opt("note", Ty::Text, "how it relates to this plan"),
    ],
};

pub static PLAN_V2: MapSchema = MapSchema {
    noun: "the plan",
    fields: &[
        req("version", Ty::Version(2), &rules::format::VERSION, "format version; 2"),
        req("id", Ty::Text, MISSING, "the plan's id, unique within the repository")
            .with_example("2026-017"),
        opt(
            "kind",
            Ty::Enum(KINDS),
            "`plan` (the default); `coordinator-only`: a coordinator without a plan (pbrl § 2-5 b); `declined`: the person was offered a plan and declined",
        )
        .with_default("plan"),
        PLAN_STATUS,
        opt("language", Ty::Enum(Lang::CODES), "language of the rendered plan's labels"),
        opt("background", Ty::Text, "why the plan was made, and at whose request"),
        req("person", Ty::Map(&PERSON_V2), MISSING, "the plan owner"),
        opt(
            "voice",
            Ty::List(&Ty::Map(&VOICE)),
            "the person's own words: what matters to them (for a child: their views)",
        ),
        req(
            "consent",
            Ty::List(&Ty::Map(&CONSENT_RECORD)),
            &rules::content::ITEM_H,
            "consent records, one per consenting party and what it covers (item h); add records, never edit old ones",
        ),
        req(
            "coordinator",
            Ty::Map(&COORDINATOR_V2),
            &rules::content::ITEM_C,
            "the coordinator (item c)",
        ),
        req(
    "participants",
    Ty::List(&Ty::Map(&PARTICIPANT)),
    &rules::content::ITEM_B,
    "who takes part in the planning, and what each contributes (items b and d)",
),
        opt(
            "responsibility_group",
            Ty::Map(&RESPONSIBILITY_GROUP),
            "the responsibility group (ansvarsgruppe), if there is one",
        ),
        req(
            "goals",
            Ty::List(&Ty::Map(&GOAL_V2)),
            &rules::content::ITEM_A,
            "the person's goals (item a)",
        ),
        PLAN_RESOURCES,
        PLAN_NEEDS,
        req(
            "measures",
            Ty::List(&Ty::Map(&MEASURE_V2)),
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
        req("period", Ty::Map(&PERIOD), &rules::content::ITEM_G, "the plan period (item g)"),
        req(
    "revision",
    Ty::Map(&REVISION),
    &rules::content::ITEM_G,
    "when the plan is revised (item g)",
),
        opt(
            "meetings",
            Ty::List(&Ty::Map(&MEETING_V2)),
            "meetings with attendees, decisions and follow-ups",
        ),
        opt("notes", Ty::List(&Ty::Map(&NOTE)), "dated notes, each with who may see it"),
        opt(
            "related_plans",
            Ty::List(&Ty::Map(&RELATED_PLAN)),
            "other plans for the person (crisis plan, IOP, care plan) and where they are kept",
        ),
        opt(
            "accept_warnings",
            Ty::List(&Ty::Map(&ACCEPTED_WARNING)),
            "warnings that do not apply to this plan, each with the reason; errors, and so the law's content list, cannot be accepted",
        ),
    ],
};

/// The newest format version, which `ip new` writes and `ip migrate` converts to.
pub const CURRENT_VERSION: i64 = 2;

/// The table of a format version; unknown versions are checked against the newest table
/// (after their version finding), which is the likeliest intent.
pub fn plan_table(version: Option<i64>) -> &'static MapSchema {
    match version {
        Some(1) => &PLAN,
        _ => &PLAN_V2,
    }
}
