//! `ip calendar`: the dates of plans as an iCalendar file (RFC 5545) that any calendar
//! imports: the next revision, meetings, the day consent was withdrawn, the last day a
//! consent given for a period covers (v2 `until`), and the last day of each measure, as
//! all-day events.
//!
//! Shaped for importing again and again:
//! - Every event has a UID made from the plan id and the item (`2026-017/revision-next@ip.invalid`,
//!   `2026-017/measure/m1/end@ip.invalid`, meetings by date and a hash of the title), so a
//!   second import updates the events of the first instead of adding copies. A changed
//!   revision date keeps its UID and moves; a meeting whose date or title changes is a new
//!   meeting (meetings have no id, in v2 either).
//! - DTSTAMP is `SOURCE_DATE_EPOCH` when set, else now, so tests and reproducible builds
//!   get the same bytes twice.
//! - Data minimisation: an event names the plan by its id only. `--names` adds the
//!   person's name; nothing else from the plan ever goes in: no phone numbers, no birth
//!   dates, no measure descriptions (they are health details; a measure is named by its
//!   id). Meeting titles and places are written as the plan has them. UIDs never carry
//!   text from the plan other than ids: a plan without an id (only with `--draft`) gets a
//!   hash of its path, never the path, which often holds the person's name.
//! - A closed plan has no next revision and no running measures: only its meetings and the
//!   day consent was withdrawn (dates that happened) are written.
//!
//! The words of the events (nb, nn, en) are in one small table below, each row with its
//! three languages side by side, until they move to the message files.
//! Text escaping, line folding and the all-day date form (`DTSTART;VALUE=DATE`) are the
//! `icalendar` crate's.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};
use icalendar::{Calendar, Class, Component, EventLike};

use super::{coordinated_by, each_plan, ExportPlan};
use crate::check::Input;
use crate::error::Result;
use crate::i18n::Lang;
use crate::plan::{Plan, Status};

/// The words of calendar events: `[nb, nn, en]`.
type Words = [&'static str; 3];

const CALENDAR_NAME: Words = [
    "Individuelle planer",
    "Individuelle planar",
    "Individual plans",
];
/// Followed by the plan id: "Revidering av individuell plan 2026-017".
const REVISION: Words = [
    "Revidering av individuell plan",
    "Revidering av individuell plan",
    "Revision of individual plan",
];
/// Followed by the plan id, after the event's own words: "Møte – individuell plan 2026-017".
const PLAN: Words = ["individuell plan", "individuell plan", "individual plan"];
const MEETING: Words = ["Møte", "Møte", "Meeting"];
const CONSENT_WITHDRAWN: Words = [
    "Samtykke trukket tilbake",
    "Samtykke trekt tilbake",
    "Consent withdrawn",
];
const CONSENT_UNTIL: Words = [
    "Siste dag samtykket gjelder",
    "Siste dag samtykket gjeld",
    "Last day the consent covers",
];
/// Followed by the measure id: "Siste dag for tiltak m1".
const MEASURE_END: Words = [
    "Siste dag for tiltak",
    "Siste dag for tiltak",
    "Last day of measure",
];
/// Followed by the plan id, then [`CHANGE_IN_PLAN`].
const FROM_PLAN: Words = [
    "Fra individuell plan",
    "Frå individuell plan",
    "From individual plan",
];
const CHANGE_IN_PLAN: Words = [
    "Endre datoen i planen, ikke i kalenderen.",
    "Endre datoen i planen, ikkje i kalenderen.",
    "Change the date in the plan, not in the calendar.",
];

fn word(words: Words, lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => words[0],
        Lang::Nn => words[1],
        Lang::En => words[2],
    }
}

/// What `ip calendar` was asked for.
pub struct Options {
    /// Only plans whose coordinator has this name (letter case aside).
    pub coordinator: Option<String>,
    /// Only events on these days, both included (`--as-of` and `--within`).
    pub window: Option<(NaiveDate, NaiveDate)>,
    /// `--lang`; else each plan's language, else ip.toml's, else bokmål.
    pub lang: Option<Lang>,
    /// The configured language (ip.toml), below the plan's own.
    pub config_lang: Option<Lang>,
    /// Put the person's name in the events.
    pub names: bool,
    /// Export invalid plans too.
    pub draft: bool,
    /// DTSTAMP of every event.
    pub stamp: DateTime<Utc>,
}

/// The calendar and what went into it.
pub struct Written {
    /// The iCalendar text, lines ending in CRLF.
    pub text: String,
    pub events: usize,
    pub plans: usize,
}

/// One all-day event before it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct DayEvent {
    pub uid: String,
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
    pub location: Option<String>,
}

/// The calendar of every plan in `inputs` that passes the filters. Fails, writing nothing,
/// when a plan is invalid and `draft` is off.
pub fn calendar(inputs: &[Input], options: &Options) -> Result<Written> {
    let mut events = Vec::new();
    let mut plans = 0;
    let wanted = |plan: &Plan| {
        options
            .coordinator
            .as_deref()
            .is_none_or(|wanted| coordinated_by(plan, wanted))
    };
    each_plan(inputs, options.draft, wanted, |export| {
        let lang = options
            .lang
            .or(export.plan.language)
            .or(options.config_lang)
            .unwrap_or(Lang::Nb);
        let before = events.len();
        events.extend(
            plan_events(&export, lang, options.names)
                .into_iter()
                .filter(|e| {
                    options
                        .window
                        .is_none_or(|(from, to)| from <= e.date && e.date <= to)
                }),
        );
        plans += usize::from(events.len() > before);
    })?;
    events.sort_by(|a, b| (a.date, &a.uid).cmp(&(b.date, &b.uid)));
    // Two plans with one id (only with --draft) or two meetings with one date and title
    // would share a UID, and a calendar would keep one: number the later ones.
    let mut seen = HashSet::new();
    for event in &mut events {
        let mut n = 1;
        let base = event.uid.clone();
        while !seen.insert(event.uid.clone()) {
            n += 1;
            event.uid = base.replacen('@', &format!("-{n}@"), 1);
        }
    }
    let calendar_lang = options.lang.or(options.config_lang).unwrap_or(Lang::Nb);
    let text = write(&events, calendar_lang, options.stamp);
    Ok(Written {
        text,
        events: events.len(),
        plans,
    })
}

/// Every dated item of one plan as an event, in the plan's order.
pub fn plan_events(export: &ExportPlan<'_>, lang: Lang, names: bool) -> Vec<DayEvent> {
    let plan = export.plan;
    let base = uid_base(export);
    let id = plan.id_str();
    // "individuell plan 2026-017", and the person's name with `--names`.
    let plan_words = |first: &str| {
        let mut s = if id.is_empty() {
            first.to_owned()
        } else {
            format!("{first} {id}")
        };
        if names && !plan.person_name().is_empty() {
            s.push_str(&format!(" ({})", clean(plan.person_name())));
        }
        s
    };
    let description = if id.is_empty() {
        word(CHANGE_IN_PLAN, lang).to_owned()
    } else {
        format!(
            "{} {id}. {}",
            word(FROM_PLAN, lang),
            word(CHANGE_IN_PLAN, lang)
        )
    };
    let event = |uid: String, date: NaiveDate, what: Option<String>| DayEvent {
        uid: format!("{uid}@ip.invalid"),
        date,
        summary: match what {
            Some(what) => plan_words(&format!("{what} – {}", word(PLAN, lang))),
            None => plan_words(word(REVISION, lang)),
        },
        description: description.clone(),
        location: None,
    };
    let open = plan.status == Status::Active;
    let mut events = Vec::new();
    if open {
        if let Some(next) = plan.revision.as_ref().and_then(|r| r.next.as_ref()) {
            events.push(event(format!("{base}/revision-next"), next.value, None));
        }
    }
    for meeting in &plan.meetings {
        let Some(date) = meeting.date else { continue };
        let title = meeting.title.as_deref().map(clean);
        let what = title
            .clone()
            .unwrap_or_else(|| word(MEETING, lang).to_owned());
        let mut e = event(
            format!(
                "{base}/meeting/{date}/{}",
                short_hash(meeting.title.as_deref().unwrap_or(""))
            ),
            date,
            Some(what),
        );
        e.location = meeting.place.as_deref().map(clean);
        events.push(e);
    }
    if let Some(withdrawn) = plan.consent.as_ref().and_then(|c| c.withdrawn.as_ref()) {
        events.push(event(
            format!("{base}/consent-withdrawn"),
            withdrawn.value,
            Some(word(CONSENT_WITHDRAWN, lang).to_owned()),
        ));
    }
    // v2: per record, by its place in the list (records are only ever appended, so the
    // place is stable): the day it was withdrawn, else the last day it covers.
    for (i, record) in plan.consent_records.iter().enumerate() {
        let n = i + 1;
        if let Some(withdrawn) = &record.withdrawn {
            events.push(event(
                format!("{base}/consent/{n}/withdrawn"),
                withdrawn.value,
                Some(word(CONSENT_WITHDRAWN, lang).to_owned()),
            ));
        } else if let (true, Some(until)) = (open, &record.until) {
            events.push(event(
                format!("{base}/consent/{n}/until"),
                until.value,
                Some(word(CONSENT_UNTIL, lang).to_owned()),
            ));
        }
    }
    if open {
        for (i, measure) in plan.measures.iter().enumerate() {
            let Some(end) = &measure.end else { continue };
            let measure_id = measure
                .id
                .as_ref()
                .map_or_else(|| format!("#{}", i + 1), |id| clean(&id.value));
            events.push(event(
                format!("{base}/measure/{}/end", percent_encode(&measure_id)),
                end.value,
                Some(format!("{} {measure_id}", word(MEASURE_END, lang))),
            ));
        }
    }
    events
}

/// The part of every UID that names the plan: its id, percent-encoded so any id is safe;
/// a plan without an id (only with `--draft`) gets a hash of its path instead.
fn uid_base(export: &ExportPlan<'_>) -> String {
    match export.plan.id.as_ref() {
        Some(id) => percent_encode(&id.value),
        None => format!("file-{}", short_hash(&export.input.display())),
    }
}

/// A stable hash of a text for a UID (name-based UUID, SHA-1), so no plan text is in it.
fn short_hash(text: &str) -> String {
    let uuid = uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, text.as_bytes());
    uuid.simple().to_string()[..16].to_owned()
}

/// Letters, digits and `-._~` as they are; every other byte as `%XX` (RFC 3986).
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Plan text as one calendar line: control characters (which RFC 5545 text may not hold,
/// and which the crate does not escape) become spaces.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_owned()
}

fn write(events: &[DayEvent], lang: Lang, stamp: DateTime<Utc>) -> String {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(icalendar::Property::new("VERSION", "2.0"))
        .append_property(icalendar::Property::new(
            "PRODID",
            format!("-//ip//ip {}//EN", env!("CARGO_PKG_VERSION")),
        ))
        .append_property(icalendar::Property::new("CALSCALE", "GREGORIAN"))
        .append_property(icalendar::Property::new("METHOD", "PUBLISH"))
        .name(word(CALENDAR_NAME, lang));
    for e in events {
        let mut event = icalendar::Event::new();
        event
            .uid(&e.uid)
            .timestamp(stamp)
            .starts(e.date)
            .summary(&e.summary)
            .description(&e.description)
            // Reminders, not appointments: they block no time and stay private on a
            // shared calendar.
            .add_property("TRANSP", "TRANSPARENT")
            .class(Class::Private);
        if let Some(place) = &e.location {
            event.location(place);
        }
        calendar.push(event.done());
    }
    calendar.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_bytes;

    fn events_of(yaml: &str, lang: Lang, names: bool) -> Vec<DayEvent> {
        let checked = check_bytes(yaml.as_bytes());
        let plan = checked.plan.expect("a plan");
        let input = Input::File("plans/2026-017-kari-nordmann.yaml".into());
        plan_events(
            &ExportPlan {
                input: &input,
                plan: &plan,
                valid: true,
            },
            lang,
            names,
        )
    }

    const PLAN_YAML: &str = include_str!("../../tests/fixtures/valid/complete.yaml");

    #[test]
    fn every_dated_item_is_an_event_with_a_uid_from_the_plan_id() {
        let events = events_of(PLAN_YAML, Lang::Nn, false);
        let uids: Vec<&str> = events.iter().map(|e| e.uid.as_str()).collect();
        assert_eq!(uids[0], "2026-017/revision-next@ip.invalid");
        assert!(uids[1].starts_with("2026-017/meeting/2026-03-01/"));
        assert_eq!(uids[2], "2026-017/measure/m1/end@ip.invalid");
        assert_eq!(events.len(), 3);
        assert_eq!(events[0].summary, "Revidering av individuell plan 2026-017");
        assert_eq!(
            events[1].summary,
            "Ansvarsgruppemøte – individuell plan 2026-017"
        );
        assert_eq!(
            events[2].summary,
            "Siste dag for tiltak m1 – individuell plan 2026-017"
        );
        assert_eq!(
            events[0].description,
            "Frå individuell plan 2026-017. Endre datoen i planen, ikkje i kalenderen."
        );
    }

    #[test]
    fn the_name_is_in_only_with_names_and_health_details_never() {
        for names in [false, true] {
            let text = format!("{:?}", events_of(PLAN_YAML, Lang::Nb, names));
            assert_eq!(text.contains("Kari Nordmann"), names);
            for private in [
                "900 00 000",
                "2008-05-02",
                "Praktisk bistand",
                "kari-nordmann",
            ] {
                assert!(!text.contains(private), "{private} in {text}");
            }
        }
    }

    #[test]
    fn a_closed_plan_keeps_only_what_happened() {
        let closed = PLAN_YAML
            .replace("status: active", "status: closed")
            .replace("withdrawn: null", "withdrawn: 2026-05-01");
        let events = events_of(&closed, Lang::En, false);
        let summaries: Vec<&str> = events.iter().map(|e| e.summary.as_str()).collect();
        assert_eq!(
            summaries,
            [
                "Ansvarsgruppemøte – individual plan 2026-017",
                "Consent withdrawn – individual plan 2026-017"
            ]
        );
    }

    #[test]
    fn uids_hold_no_plan_text_but_ids() {
        assert_eq!(percent_encode("2026/017 ø"), "2026%2F017%20%C3%B8");
        let no_id = PLAN_YAML.replace("id: \"2026-017\"\n", "");
        let events = events_of(&no_id, Lang::Nb, false);
        assert!(events[0].uid.starts_with("file-"), "{}", events[0].uid);
        assert!(!events[0].uid.contains("kari"));
        assert_eq!(
            short_hash("Ansvarsgruppemøte"),
            short_hash("Ansvarsgruppemøte")
        );
        assert_ne!(short_hash("Møte"), short_hash("Møte 2"));
    }
}
