//! Plan format v1 as data. One table of fields drives both the structural check of a parsed
//! plan (types, unknown keys with the nearest known key, required keys with the law's
//! letter, ISO dates, allowed values) and the JSON Schema that `ip schema` prints, so the
//! parser and the schema cannot disagree. `schemas/plan.schema.json` is this table's output;
//! a test fails when the checked-in file drifts.
//!
//! Decisions where the spec is silent:
//! - `null` (or a key with no value) counts as absent: optional keys may be null, required
//!   keys may not, and a required text that is only blanks counts as missing too.
//! - `consent.by` is required: who consented decides which consent rules apply.
//! - Phone numbers and ids are text. An unquoted `phone: 70165900` is a wrong type with a
//!   help to quote it, because YAML would drop a leading zero or `+47`.

use chrono::NaiveDate;
use serde_json::{json, Map as JsonMap, Value};

use crate::diagnostic::{pointer_join, Finding, Pos};
use crate::rules::{self, Rule};
use crate::yaml::{Kind, Node};

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
}

const fn opt(key: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field {
        key,
        ty,
        required: None,
        non_empty: false,
        doc,
    }
}

const fn req(key: &'static str, ty: Ty, rule: &'static Rule, doc: &'static str) -> Field {
    Field {
        key,
        ty,
        required: Some(rule),
        non_empty: true,
        doc,
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
        opt("phone", Ty::Text, "phone number, in quotes"),
        opt("email", Ty::Text, "email address"),
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
        opt("phone", Ty::Text, "phone number, in quotes"),
        opt("email", Ty::Text, "email address"),
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
        opt("phone", Ty::Text, "phone number, in quotes"),
        opt("email", Ty::Text, "email address"),
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
        opt("phone", Ty::Text, "phone number, in quotes"),
        opt("email", Ty::Text, "email address"),
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
        req("id", Ty::Text, MISSING, "a short unique id, e.g. m1"),
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
        ),
        opt(
            "status",
            Ty::Enum(&["active", "closed"]),
            "active (the default) or closed",
        ),
        opt(
            "language",
            Ty::Enum(&["nb", "nn", "en"]),
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
    ],
};

// ---------------------------------------------------------------------------------------------
// Values

/// Parses `YYYY-MM-DD` strictly (four-digit year, two-digit month and day).
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Recognises the dates people type instead of ISO (15.01.2026, 15/1/2026, 15-01-2026)
/// and returns the ISO form for the help line.
pub fn iso_suggestion(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.trim().split(['.', '/', '-']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let (d, m, y) = (parts[0], parts[1], parts[2]);
    if y.len() != 4 || d.len() > 2 || m.len() > 2 {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
    Some(date.format("%Y-%m-%d").to_string())
}

/// A revision interval or a window: "6 months", "30 days", "2 weeks", "1 year".
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Duration {
    Days(u32),
    Weeks(u32),
    Months(u32),
    Years(u32),
}

impl Duration {
    pub fn parse(s: &str) -> Option<Duration> {
        let mut words = s.split_whitespace();
        let n: u32 = words.next()?.parse().ok()?;
        let unit = words.next()?;
        if words.next().is_some() {
            return None;
        }
        match unit {
            "day" | "days" => Some(Duration::Days(n)),
            "week" | "weeks" => Some(Duration::Weeks(n)),
            "month" | "months" => Some(Duration::Months(n)),
            "year" | "years" => Some(Duration::Years(n)),
            _ => None,
        }
    }

    /// The date this long after `from`; month arithmetic clamps to the month's last day.
    pub fn after(self, from: NaiveDate) -> Option<NaiveDate> {
        match self {
            Duration::Days(n) => from.checked_add_days(chrono::Days::new(n.into())),
            Duration::Weeks(n) => from.checked_add_days(chrono::Days::new(u64::from(n) * 7)),
            Duration::Months(n) => from.checked_add_months(chrono::Months::new(n)),
            Duration::Years(n) => from.checked_add_months(chrono::Months::new(n.checked_mul(12)?)),
        }
    }

    /// Length in days counted from `from` (for `ip due --within`).
    pub fn days_from(self, from: NaiveDate) -> i64 {
        self.after(from)
            .map_or(i64::MAX / 4, |to| (to - from).num_days())
    }
}

impl std::fmt::Display for Duration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (n, unit) = match *self {
            Duration::Days(n) => (n, "day"),
            Duration::Weeks(n) => (n, "week"),
            Duration::Months(n) => (n, "month"),
            Duration::Years(n) => (n, "year"),
        };
        write!(f, "{n} {unit}{}", if n == 1 { "" } else { "s" })
    }
}

const DURATION_PATTERN: &str = "^[0-9]+ (day|days|week|weeks|month|months|year|years)$";
const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

/// The nearest candidate to a misspelt word, if it is close enough to be a likely typo.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word_lower = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&word_lower, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

// ---------------------------------------------------------------------------------------------
// The structural check

/// Checks a parsed plan against the table, pushing a finding for every problem.
pub fn check(root: &Node, findings: &mut Vec<Finding>) {
    check_map(root, &PLAN, "", None, findings);
}

/// `path` names the mapping in messages (e.g. "measure `m2`", "`consent`"); `None` for the plan.
fn check_map(
    node: &Node,
    schema: &MapSchema,
    pointer: &str,
    path: Option<&str>,
    out: &mut Vec<Finding>,
) {
    let Kind::Map(entries) = &node.kind else {
        return;
    };
    let owner = path.map_or_else(|| "the plan".to_owned(), str::to_owned);
    for (key, value) in entries {
        let Some(name) = key.as_str() else {
            out.push(
                Finding::new(
                    &rules::format::UNKNOWN_KEY,
                    format!(
                        "unknown key `{}` in {owner}: keys are words such as `{}`",
                        key.key_text(),
                        schema.fields[0].key
                    ),
                    pointer.to_owned(),
                    key.pos,
                )
                .help("remove this key or correct its name"),
            );
            continue;
        };
        let Some(field) = schema.fields.iter().find(|f| f.key == name) else {
            let suggestion = nearest(name, schema.fields.iter().map(|f| f.key));
            let help = match suggestion {
                Some(s) => format!(
                    "did you mean `{s}`? Known keys in {owner}: {}",
                    key_list(schema)
                ),
                None => format!(
                    "remove it or use one of the known keys in {owner}: {}",
                    key_list(schema)
                ),
            };
            out.push(
                Finding::new(
                    &rules::format::UNKNOWN_KEY,
                    format!("unknown key `{name}` in {owner}"),
                    pointer_join(pointer, name),
                    key.pos,
                )
                .help(help),
            );
            continue;
        };
        let child_pointer = pointer_join(pointer, name);
        let blank = match &value.kind {
            Kind::Null => true,
            Kind::Str(s) => s.trim().is_empty(),
            _ => false,
        };
        if blank {
            if let Some(rule) = field.required {
                out.push(missing(rule, field, &owner, child_pointer, value.pos, true));
            }
            continue;
        }
        let child_path = match path {
            Some(p) if !p.starts_with('`') => format!("`{name}` of {p}"),
            Some(p) => format!("`{}.{name}`", p.trim_matches('`')),
            None => format!("`{name}`"),
        };
        check_value(
            value,
            &field.ty,
            field,
            &child_pointer,
            &child_path,
            &owner,
            out,
        );
    }
    for field in schema.fields {
        if let Some(rule) = field.required {
            if node.get(field.key).is_none() {
                out.push(missing(
                    rule,
                    field,
                    &owner,
                    pointer_join(pointer, field.key),
                    node.pos,
                    false,
                ));
            }
        }
    }
}

fn key_list(schema: &MapSchema) -> String {
    schema
        .fields
        .iter()
        .map(|f| f.key)
        .collect::<Vec<_>>()
        .join(", ")
}

fn missing(
    rule: &Rule,
    field: &Field,
    owner: &str,
    pointer: String,
    pos: Pos,
    present: bool,
) -> Finding {
    let message = if present {
        format!("`{}` in {owner} is empty", field.key)
    } else {
        format!("{owner} has no `{}`", field.key)
    };
    let message = match rule.item {
        Some(letter) => format!(
            "{message} (content item {letter}: {})",
            rules::content::item_text(letter)
        ),
        None => message,
    };
    let example = match field.ty {
        Ty::List(_) => format!("`{}:` with at least one entry", field.key),
        Ty::Map(_) => format!("a `{}:` section", field.key),
        _ => format!("`{}:`", field.key),
    };
    Finding::new(rule, message, pointer, pos).help(format!("add {example}: {}", field.doc))
}

#[allow(clippy::too_many_arguments)]
fn check_value(
    node: &Node,
    ty: &Ty,
    field: &Field,
    pointer: &str,
    path: &str,
    owner: &str,
    out: &mut Vec<Finding>,
) {
    match (ty, &node.kind) {
        (Ty::Text, Kind::Str(_)) | (Ty::Bool, Kind::Bool(_)) | (Ty::Version, Kind::Int(1)) => {}
        (Ty::Version, _) => {
            let found = match &node.kind {
                Kind::Str(s) => format!("\"{s}\""),
                Kind::Int(i) => i.to_string(),
                other => other.type_name().to_owned(),
            };
            out.push(
                Finding::new(
                    &rules::format::VERSION,
                    format!("unsupported format version {found}: this `ip` reads version 1"),
                    pointer.to_owned(),
                    node.pos,
                )
                .help("write `version: 1`"),
            );
        }
        (Ty::Text, Kind::Int(_) | Kind::Float(_) | Kind::Bool(_)) => out.push(
            Finding::new(
                &rules::format::WRONG_TYPE,
                format!(
                    "{path} should be text, but YAML reads this value as {}",
                    node.kind.type_name()
                ),
                pointer.to_owned(),
                node.pos,
            )
            .help("put the value in quotes, e.g. \"70 16 59 00\", so it stays exactly as written"),
        ),
        (Ty::Date, Kind::Str(s)) => {
            if parse_iso_date(s).is_none() {
                out.push(invalid_date(s, path, pointer, node.pos));
            }
        }
        (Ty::Date, Kind::Int(i)) => out.push(invalid_date(&i.to_string(), path, pointer, node.pos)),
        (Ty::Date, Kind::Float(f)) => {
            out.push(invalid_date(&f.to_string(), path, pointer, node.pos))
        }
        (Ty::Duration, Kind::Str(s)) => {
            if Duration::parse(s).is_none() {
                out.push(
                    Finding::new(
                        &rules::format::INVALID_VALUE,
                        format!("{path} is \"{s}\", which is not a duration"),
                        pointer.to_owned(),
                        node.pos,
                    )
                    .help(
                        "write a number and a unit: `6 months`, `12 weeks`, `30 days` or `1 year`",
                    ),
                );
            }
        }
        (Ty::Enum(allowed), Kind::Str(s)) => {
            if !allowed.contains(&s.as_str()) {
                let help = match nearest(s, allowed.iter().copied()) {
                    Some(n) => format!("did you mean `{n}`? Allowed: {}", allowed.join(", ")),
                    None => format!("use one of: {}", allowed.join(", ")),
                };
                out.push(
                    Finding::new(
                        &rules::format::INVALID_VALUE,
                        format!("{path} is `{s}`, which is not an allowed value"),
                        pointer.to_owned(),
                        node.pos,
                    )
                    .help(help),
                );
            }
        }
        (Ty::List(item_ty), Kind::Seq(items)) => {
            if items.is_empty() && field.non_empty {
                if let Some(rule) = field.required {
                    out.push(missing(
                        rule,
                        field,
                        owner,
                        pointer.to_owned(),
                        node.pos,
                        true,
                    ));
                }
            }
            for (i, item) in items.iter().enumerate() {
                let item_pointer = pointer_join(pointer, &i.to_string());
                match (item_ty, &item.kind) {
                    (Ty::Map(schema), Kind::Map(_)) => {
                        let name = item_name(schema, item, i);
                        check_map(item, schema, &item_pointer, Some(&name), out);
                    }
                    (_, Kind::Null) => out.push(
                        Finding::new(
                            &rules::format::WRONG_TYPE,
                            format!("entry {} of {path} is empty", i + 1),
                            item_pointer,
                            item.pos,
                        )
                        .help("remove the lone `-` or fill in the entry"),
                    ),
                    (Ty::Text, Kind::Str(text)) if text.trim().is_empty() => out.push(
                        Finding::new(
                            &rules::format::WRONG_TYPE,
                            format!("entry {} of {path} is blank", i + 1),
                            item_pointer,
                            item.pos,
                        )
                        .help("remove the entry or write its text"),
                    ),
                    _ => {
                        let item_path = format!("entry {} of {path}", i + 1);
                        check_value(item, item_ty, field, &item_pointer, &item_path, owner, out);
                    }
                }
            }
        }
        (Ty::Map(schema), Kind::Map(_)) => check_map(node, schema, pointer, Some(path), out),
        (ty, _) => out.push(
            Finding::new(
                &rules::format::WRONG_TYPE,
                format!(
                    "{path} should be {}, but it is {}",
                    ty_name(ty),
                    node.kind.type_name()
                ),
                pointer.to_owned(),
                node.pos,
            )
            .help(type_help(ty, field)),
        ),
    }
}

fn item_name(schema: &MapSchema, item: &Node, index: usize) -> String {
    match item.get("id").and_then(Node::as_str) {
        Some(id) => format!("{} `{id}`", schema.noun),
        None => format!("{} {}", schema.noun, index + 1),
    }
}

fn invalid_date(s: &str, path: &str, pointer: &str, pos: Pos) -> Finding {
    let (message, help) = match iso_suggestion(s) {
        Some(iso) => (
            format!("{path} is \"{s}\", which is not a date in the form YYYY-MM-DD"),
            format!("write it as {iso} (year-month-day, ISO 8601)"),
        ),
        None if looks_iso(s) => (
            format!("{path} is \"{s}\", which is not a day in the calendar"),
            "check the day and month: the date does not exist".to_owned(),
        ),
        None => (
            format!("{path} is \"{s}\", which is not a date in the form YYYY-MM-DD"),
            "write dates as YYYY-MM-DD, e.g. 2026-01-15".to_owned(),
        ),
    };
    Finding::new(
        &rules::format::INVALID_DATE,
        message,
        pointer.to_owned(),
        pos,
    )
    .help(help)
}

fn looks_iso(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10 && b[4] == b'-' && b[7] == b'-'
}

fn ty_name(ty: &Ty) -> &'static str {
    match ty {
        Ty::Text => "text",
        Ty::Bool => "true or false",
        Ty::Date => "a date (YYYY-MM-DD)",
        Ty::Duration => "a duration such as \"6 months\"",
        Ty::Version => "the number 1",
        Ty::Enum(_) => "one of the allowed words",
        Ty::List(_) => "a list",
        Ty::Map(_) => "a mapping of keys",
    }
}

fn type_help(ty: &Ty, field: &Field) -> String {
    match ty {
        Ty::List(_) => format!(
            "write `{}:` followed by entries on their own lines, each starting with `- `",
            field.key
        ),
        Ty::Map(schema) => format!(
            "write `{}:` followed by indented keys: {}",
            field.key,
            schema
                .fields
                .iter()
                .map(|f| f.key)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Ty::Bool => "write `true` or `false`".to_owned(),
        Ty::Enum(allowed) => format!("use one of: {}", allowed.join(", ")),
        _ => format!("`{}` holds {}", field.key, field.doc),
    }
}

// ---------------------------------------------------------------------------------------------
// JSON Schema

/// The JSON Schema (2020-12) of plan format v1, generated from the table above.
pub fn json_schema() -> Value {
    let mut root = map_schema(&PLAN);
    let obj = root.as_object_mut().expect("map schema is an object");
    let mut head = JsonMap::new();
    head.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    head.insert(
        "$id".into(),
        json!("https://ip.invalid/schemas/plan.schema.json"),
    );
    head.insert(
        "title".into(),
        json!("Individual plan (individuell plan), format version 1"),
    );
    head.insert(
        "description".into(),
        json!("One plan per YAML file, checked by `ip validate`. Items a–i follow forskrift om individuell plan ved ytelse av velferdstjenester, innhold."),
    );
    head.extend(std::mem::take(obj));
    Value::Object(head)
}

fn map_schema(schema: &MapSchema) -> Value {
    let mut properties = JsonMap::new();
    let mut required = Vec::new();
    for field in schema.fields {
        let mut prop = ty_schema(&field.ty, field);
        if field.required.is_some() {
            required.push(json!(field.key));
        } else {
            prop = json!({ "anyOf": [prop, { "type": "null" }] });
        }
        if let Some(o) = prop.as_object_mut() {
            o.insert("description".into(), json!(field.doc));
        }
        properties.insert(field.key.into(), prop);
    }
    json!({
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false,
    })
}

fn ty_schema(ty: &Ty, field: &Field) -> Value {
    let required = field.required.is_some();
    match ty {
        Ty::Text if required => json!({ "type": "string", "pattern": "\\S" }),
        Ty::Text => json!({ "type": "string" }),
        Ty::Bool => json!({ "type": "boolean" }),
        Ty::Date => json!({ "type": "string", "pattern": DATE_PATTERN, "format": "date" }),
        Ty::Duration => json!({ "type": "string", "pattern": DURATION_PATTERN }),
        Ty::Version => json!({ "const": 1 }),
        Ty::Enum(allowed) => json!({ "enum": allowed }),
        Ty::List(item) => {
            let items = match item {
                Ty::Map(schema) => map_schema(schema),
                Ty::Text => json!({ "type": "string", "pattern": "\\S" }),
                other => ty_schema(other, field),
            };
            let mut list = json!({ "type": "array", "items": items });
            if field.non_empty && required {
                list["minItems"] = json!(1);
            }
            list
        }
        Ty::Map(schema) => map_schema(schema),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_are_strict() {
        assert!(parse_iso_date("2026-01-15").is_some());
        assert!(parse_iso_date("2026-1-15").is_none());
        assert!(parse_iso_date("2026-02-30").is_none());
        assert!(parse_iso_date("+2026-01-15").is_none());
    }

    #[test]
    fn norwegian_dates_get_their_iso_form() {
        assert_eq!(iso_suggestion("15.01.2026").as_deref(), Some("2026-01-15"));
        assert_eq!(iso_suggestion("5.1.2026").as_deref(), Some("2026-01-05"));
        assert_eq!(iso_suggestion("31.02.2026"), None);
        assert_eq!(iso_suggestion("2026-01-15"), None);
    }

    #[test]
    fn durations_read_like_speech() {
        assert_eq!(Duration::parse("6 months"), Some(Duration::Months(6)));
        assert_eq!(Duration::parse("1 year"), Some(Duration::Years(1)));
        assert_eq!(Duration::parse("six months"), None);
        let d = NaiveDate::from_ymd_opt(2026, 8, 31).unwrap();
        assert_eq!(
            Duration::Months(6).after(d),
            NaiveDate::from_ymd_opt(2027, 2, 28)
        );
        assert_eq!(Duration::Weeks(2).days_from(d), 14);
    }

    #[test]
    fn misspelt_keys_find_their_neighbour() {
        assert_eq!(
            nearest("coordinater", PLAN.fields.iter().map(|f| f.key)),
            Some("coordinator")
        );
        assert_eq!(
            nearest("mesures", PLAN.fields.iter().map(|f| f.key)),
            Some("measures")
        );
        assert_eq!(nearest("zzz", PLAN.fields.iter().map(|f| f.key)), None);
    }
}
