//! Rendering a plan into a printable document with minijinja.
//!
//! The templates (`templates/plan.html`, `templates/plan.md`) are embedded in the binary
//! and can be overridden file by file from a folder (`[render].templates` in ip.toml or
//! `--templates`): the loader tries the user's folder first, then the embedded copy
//! (minijinja's `path_loader` refuses `..` and hidden files). Templates get a view model
//! prepared here: labels from `i18n.rs`, dates and values already in the plan's language,
//! participant ids resolved to names, empty optional sections left out. So templates hold
//! layout only, and every value of the plan reaches the page.
//!
//! Escaping: HTML templates are auto-escaped (a plan containing `<script>` prints the
//! text). Markdown templates are escaped by a formatter of our own, so plan text cannot
//! inject Markdown, HTML or table breaks, nor start a list, quote, heading or code block.
//! In both, characters that would command a terminal are shown as `\u{…}`
//! (`output::terminal`), since `ip render` prints to one. User templates run with fuel,
//! so a runaway loop ends with an error instead of a hang, and reach no files.
//!
//! The pipeline ([`render_all`]), for one plan or thousands: pass 1 checks every plan and
//! works out where each goes, so nothing is written when a plan is refused or two plans
//! would land in one file; the history walk for the stamps runs beside it on the other
//! core. Pass 2 renders batch by batch on all cores and hands each text to the caller,
//! which writes it. Rules of pass 1:
//! - Language: `--lang`, else the plan's `language`, else ip.toml, else nb.
//! - DRAFT/UTKAST: the file has uncommitted changes, is outside git, or is rendered
//!   invalid with `--draft`. Without `--draft` an invalid plan is refused.
//! - `--out-dir` names files from plan ids made safe for a file name (anything but
//!   letters, digits, `-`, `_` and `.` becomes `_`, no leading dot, `_` before a Windows
//!   device name such as `CON` or `nul.md`); two plans with the same name, ignoring case
//!   (one file on Windows and macOS), are refused before anything is written. Output
//!   never replaces an input.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::messages::msg;
use minijinja::{AutoEscape, Environment, Value};
use serde_json::{json, Map, Value as Json};

use crate::check::{self, Checked, FileResult, Input};
use crate::config::{Config, Organisation};
use crate::error::{Error, Result};
use crate::fields::SECTIONS;
use crate::git::{self, FileFacts};
use crate::i18n::{self, Lang};
use crate::plan::{At, Participant, Plan, PlanKind, Status};
use crate::terminal;

const EMBEDDED: &[(&str, &str)] = &[
    ("plan.html", include_str!("../templates/plan.html")),
    ("plan.md", include_str!("../templates/plan.md")),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Format {
    #[default]
    Md,
    Html,
    // The HTML printed to PDF by WeasyPrint or Chromium (`crate::pdf`). A plain comment:
    // a doc comment would turn `--help` into clap's long form.
    Pdf,
}

impl Format {
    pub fn template(self) -> &'static str {
        match self {
            Format::Md => "plan.md",
            Format::Html | Format::Pdf => "plan.html",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Pdf => "pdf",
        }
    }
}

/// Facts printed in the stamp: where the text came from and when it was printed.
pub struct Stamp {
    pub commit: Option<std::sync::Arc<git::CommitInfo>>,
    pub printed: chrono::NaiveDate,
    /// Why this is a draft (labels), empty for a clean, committed plan.
    pub draft_reasons: Vec<&'static str>,
}

pub struct Renderer {
    env: Environment<'static>,
}

/// Escapes text for CommonMark so it prints as written, wherever a template puts it: inside
/// a table cell, mid-line, or at the start of a line or list item (`- {{ r }}`), where a
/// value like `- x`, `2. x`, `> x`, `# x`, `---` or four spaces would otherwise become a
/// list, quote, heading, rule or code block. Line breaks become spaces (a value is one
/// line, so only its start can open a block), and characters that would act on a terminal
/// are shown as `\u{…}` ([`terminal::visible`]), so printing the Markdown is safe.
pub fn escape_markdown(text: &str) -> String {
    let line: String = text
        .chars()
        .filter(|&c| c != '\r')
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect();
    let line = terminal::visible(&line);
    let mut out = String::with_capacity(line.len() + 8);
    let rest = escape_block_start(&line, &mut out);
    for c in rest.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' | '~' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '&' => out.push_str("&amp;"),
            c => out.push(c),
        }
    }
    out
}

/// Writes the escaped start of `line` that could open a block, and returns the rest. The
/// markers that the escaping of every character misses: `-`/`+` bullets, `1.`/`1)`
/// numbers, `---`/`===` rules and heading underlines, and leading blanks (indented code,
/// or a list item's content pushed into code). `#`, `>`, `*`, `_`, `` ` ``, `~` and `<`
/// are escaped wherever they stand.
fn escape_block_start<'a>(line: &'a str, out: &mut String) -> &'a str {
    let mut chars = line.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else {
        return line;
    };
    let rest = &line[first.len_utf8()..];
    match first {
        // The first blank as a character reference: the text keeps it, the line no
        // longer starts blank.
        ' ' => {
            out.push_str("&#32;");
            return rest;
        }
        '\t' => {
            out.push_str("&#9;");
            return rest;
        }
        '-' | '+' if matches!(second, None | Some(' ' | '\t')) => {}
        '-' | '=' if line.chars().all(|c| matches!(c, '-' | '=' | ' ' | '\t')) => {}
        '0'..='9' => {
            let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            let after = &line[digits..];
            let mut after_chars = after.chars();
            if let (Some(mark @ ('.' | ')')), None | Some(' ' | '\t')) =
                (after_chars.next(), after_chars.next())
            {
                out.push_str(&line[..digits]);
                out.push('\\');
                out.push(mark);
                return &after[1..];
            }
            return line;
        }
        _ => return line,
    }
    out.push('\\');
    out.push(first);
    rest
}

impl Renderer {
    pub fn new(templates: Option<PathBuf>) -> Renderer {
        let mut env = Environment::new();
        let user = templates.map(minijinja::path_loader);
        env.set_loader(move |name| {
            if let Some(load) = &user {
                if let Some(source) = load(name)? {
                    return Ok(Some(source));
                }
            }
            Ok(EMBEDDED
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, text)| minijinja::TemplateSource::from(*text)))
        });
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") {
                AutoEscape::Html
            } else if name.ends_with(".md") {
                AutoEscape::Custom("markdown".into())
            } else {
                AutoEscape::None
            }
        });
        env.set_formatter(|out, state, value| {
            if *state.auto_escape() == AutoEscape::Custom("markdown".into()) {
                if value.is_safe() {
                    out.write_str(&terminal::visible(&value.to_string()))?;
                } else if !value.is_none() && !value.is_undefined() {
                    out.write_str(&escape_markdown(&value.to_string()))?;
                }
                Ok(())
            } else if value.is_none() || value.is_undefined() {
                Ok(()) // an absent value prints nothing, never "None"
            } else {
                // HTML (and any other template) shows terminal controls as `\u{…}` too:
                // the page is printed to a terminal by `ip render` without `-o`.
                let text = value.to_string();
                match terminal::visible(&text) {
                    Cow::Borrowed(_) => minijinja::escape_formatter(out, state, value),
                    Cow::Owned(shown) => {
                        let shown = if value.is_safe() {
                            Value::from_safe_string(shown)
                        } else {
                            Value::from(shown)
                        };
                        minijinja::escape_formatter(out, state, &shown)
                    }
                }
            }
        });
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
        if let Ok(syntax) = minijinja::syntax::SyntaxConfig::builder()
            .keep_trailing_newline(true)
            .build()
        {
            env.set_syntax(syntax);
        }
        // Generous for any real plan; bounds a runaway user template.
        env.set_fuel(Some(5_000_000));
        Renderer { env }
    }

    pub fn render(&self, format: Format, view: &View) -> Result<String, minijinja::Error> {
        let template = self.env.get_template(format.template())?;
        template.render(minijinja::context! {
            t => Value::from_object(view.labels),
            ..Value::from(minijinja::value::Serde(&view.view))
        })
    }
}

/// The view model templates see. `sections` are those shown (all, or a participant's access).
pub fn view(
    plan: &Plan,
    lang: Lang,
    organisation: &Organisation,
    stamp: &Stamp,
    extract_for: Option<&Participant>,
) -> View {
    let labels = Labels::of(lang);
    // The heading over the person's representatives says what they are: guardians,
    // parents, or for an adult (18 on the day of printing) representatives, never
    // "parents" for an adult's father who is no guardian.
    let adult = plan
        .person
        .as_ref()
        .and_then(|p| p.born.as_ref())
        .and_then(|b| b.value.checked_add_months(chrono::Months::new(18 * 12)))
        .is_some_and(|eighteen| eighteen <= stamp.printed);
    let reps = plan
        .person
        .as_ref()
        .map_or(&[][..], |p| &p.representatives[..]);
    let all = |authority: &str| {
        !reps.is_empty()
            && reps
                .iter()
                .all(|r| r.authority.as_deref() == Some(authority))
    };
    let heading = if all("guardian") {
        Some("representatives_guardian")
    } else if all("parental-responsibility") {
        Some("representatives_parents")
    } else if adult {
        Some("representatives_adult")
    } else {
        None
    };
    let labels = Labels {
        representatives: heading.and_then(|key| labels.text(key)),
        ..labels
    };
    let t = |key: &str| labels.text(key);
    let d =
        |date: Option<chrono::NaiveDate>| date.map_or(Json::Null, |d| json!(i18n::date(lang, d)));
    let label = |key: &str| t(key).map_or(Json::Null, |text| json!(text));
    let text = |key: &str| t(key).unwrap_or("").to_owned();
    // A participant as a reader knows them: the name, else the organisation or role; never
    // the id, which is the plan's internal reference (`ppt`, `g1`).
    let participant_name = |id: &str| -> String {
        if id == "coordinator" {
            return plan.coordinator_name().to_string();
        }
        plan.participants
            .iter()
            .find(|p| p.id.as_deref().map(String::as_str) == Some(id))
            .and_then(|p| {
                p.name
                    .clone()
                    .or_else(|| p.organisation.clone())
                    .or_else(|| p.role.clone())
            })
            .unwrap_or_default()
    };
    // Plan text in another language than the labels (`--lang en` on a nynorsk plan) is
    // marked with the plan's language, so a screen reader reads it with the right voice.
    let content_lang = plan.language.filter(|l| *l != lang).map(Lang::code);
    let shown: Vec<&str> = match extract_for.and_then(|p| p.access.as_ref()) {
        Some(access) => SECTIONS
            .iter()
            .copied()
            .filter(|s| access.iter().any(|a| a == s))
            .collect(),
        None => SECTIONS.to_vec(),
    };
    let show: Map<String, Json> = SECTIONS
        .iter()
        .map(|s| ((*s).to_owned(), json!(shown.contains(s))))
        .collect();
    // An extract carries the person's name only: their contact details and family are
    // not the business of every participant (data minimisation).
    let private = extract_for.is_none();
    let person = plan.person.as_ref().map(|p| {
        if !private {
            return json!({ "name": p.name.as_deref(), "representatives": [] });
        }
        json!({
            "name": p.name.as_deref(),
            "born": d(p.born.as_ref().map(|b| b.value)),
            "phone": p.phone, "email": p.email, "address": p.address,
            "representatives": p.representatives,
        })
    });
    let coordinator = plan.coordinator.as_ref().map(|c| {
        json!({ "name": c.name.as_deref(), "role": c.role, "organisation": c.organisation, "phone": c.phone, "email": c.email })
    });
    let period = plan.period.as_ref().map(|p| {
        json!({ "start": d(p.start.as_ref().map(|x| x.value)), "end": d(p.end.as_ref().map(|x| x.value)) })
    });
    // Item-level access (v2): in an extract, a goal, measure, meeting or note that lists
    // who may see it shows only to those it lists. The full plan shows everything.
    let may_see = |access: &Option<Vec<At<String>>>| -> bool {
        match (extract_for, access) {
            (Some(p), Some(list)) => {
                p.id.as_ref()
                    .is_some_and(|id| list.iter().any(|a| a.value == id.value))
            }
            _ => true,
        }
    };
    // A name for who did something: a participant, the coordinator, or the person or a
    // representative (`person`, a representative's id); plan text as written otherwise.
    let who = |id: &str| -> String {
        if id == "person" {
            return plan.person_name().to_owned();
        }
        if let Some(r) = plan
            .person
            .iter()
            .flat_map(|p| &p.representatives)
            .find(|r| r.id.as_deref().map(String::as_str) == Some(id))
        {
            let name = r.name.clone().unwrap_or_else(|| id.to_owned());
            return match &r.relation {
                Some(relation) => format!("{name} ({relation})"),
                None => name,
            };
        }
        let name = participant_name(id);
        if name.is_empty() {
            id.to_owned()
        } else {
            name
        }
    };
    let evaluations = |list: &[crate::plan::Evaluation]| -> Vec<Json> {
        list.iter()
            .map(|e| {
                json!({
                    "date": d(e.date),
                    "status": e.status.as_deref().map(|s| label(&format!("evaluation_{}", s.replace('-', "_")))),
                    "by": e.by.as_ref().map(|b| who(b)),
                    "note": e.note,
                })
            })
            .collect()
    };
    let visible_goal = |g: &crate::plan::Goal| may_see(&g.access);
    let goals: Vec<Json> = plan
        .goals
        .iter()
        .enumerate()
        .filter(|(_, g)| visible_goal(g))
        .map(|(i, g)| {
            json!({
                "id": g.id.as_deref(),
                "number": i + 1,
                "description": g.description,
                "horizon": match g.horizon.as_deref() { Some("long") => label("horizon_long"), Some("short") => label("horizon_short"), _ => Json::Null },
                "target": d(g.target),
                "evaluations": evaluations(&g.evaluations),
            })
        })
        .collect();
    let measures: Vec<Json> = plan
        .measures
        .iter()
        .filter(|m| may_see(&m.access))
        .map(|m| {
            let dates = match (m.start.as_ref(), m.end.as_ref()) {
                (Some(s), Some(e)) => Some(format!(
                    "{} – {}",
                    i18n::date(lang, s.value),
                    i18n::date(lang, e.value)
                )),
                (Some(s), None) => Some(format!("{} {}", text("from"), i18n::date(lang, s.value))),
                (None, Some(e)) => Some(format!("{} {}", text("until"), i18n::date(lang, e.value))),
                (None, None) => None,
            };
            // Goals by their number and text ("Mål 1: …"), as the goals section shows them.
            let goal_refs: Vec<Json> =
                m.goals
                    .iter()
                    .filter_map(|id| {
                        let i = plan.goals.iter().position(|g| {
                            g.id.as_deref().map(String::as_str) == Some(id.as_str())
                        })?;
                        // A goal the reader may not see is not named beside the measure.
                        visible_goal(&plan.goals[i]).then_some(())?;
                        Some(json!({ "number": i + 1, "description": plan.goals[i].description }))
                    })
                    .collect();
            let by_coordinator =
                m.responsible.as_deref().map(String::as_str) == Some("coordinator");
            let responsible_name = m.responsible.as_ref().map(|r| participant_name(r));
            json!({
                "id": m.id.as_deref(),
                "description": m.description,
                "goals": m.goals.iter().map(|g| g.value.clone()).collect::<Vec<_>>().join(", "),
                "goal_refs": goal_refs,
                "extent": m.extent,
                "responsible": responsible_name.as_ref().map(|n| if by_coordinator {
                    format!("{n} ({})", text("coordinator_lc")).trim().to_owned()
                } else {
                    n.clone()
                }),
                "responsible_name": responsible_name,
                "responsible_is_coordinator": by_coordinator,
                "how": m.how,
                "dates": dates,
                "decision": m.decision.as_ref().map(|dec| json!({
                    "reference": dec.reference,
                    "date": d(dec.date),
                    "by": dec.by,
                })),
                "evaluations": evaluations(&m.evaluations),
            })
        })
        .collect();
    let representatives: &[crate::plan::Representative] = match &plan.person {
        Some(p) if private => &p.representatives,
        _ => &[],
    };
    let relation_of = |name: &str| {
        representatives
            .iter()
            .find(|r| r.name.as_deref() == Some(name))
            .and_then(|r| r.relation.clone())
    };
    // A representative is "Name (relation)", as the family knows them.
    let name_and_relation = |name: &str| match relation_of(name) {
        Some(relation) => format!("{name} ({relation})"),
        None => name.to_owned(),
    };
    let by_representative = plan
        .consent
        .as_ref()
        .is_some_and(|c| c.by.as_deref().map(String::as_str) == Some("representative"));
    let consent = plan.consent.as_ref().map(|c| {
        let by = match c.by.as_deref().map(String::as_str) {
            Some("person") => label("consent_by_person"),
            Some("representative") => match c.name.as_deref() {
                Some(name) => json!(name_and_relation(name)),
                None => label("consent_by_representative"),
            },
            _ => Json::Null,
        };
        json!({
            "given": d(c.given.as_ref().map(|g| g.value)),
            "by": by,
            // `by` is plan text (a name), not a label.
            "by_name": by_representative && c.name.is_some(),
            "sharing": match c.sharing.as_ref().map(|s| s.value) { Some(true) => label("yes"), Some(false) => label("no"), None => label("not_recorded") },
            "note": c.note,
            "withdrawn": d(c.withdrawn.as_ref().map(|w| w.value)),
        })
    });
    let revision = plan.revision.as_ref().map(|r| {
        json!({
            "next": d(r.next.as_ref().map(|x| x.value)),
            "last": d(r.last.as_ref().map(|x| x.value)),
            "interval": r.interval.map(|i| i18n::duration(lang, i)),
        })
    });
    let names = |ids: &[At<String>]| -> Vec<String> { ids.iter().map(|id| who(id)).collect() };
    let meetings: Vec<Json> = plan
        .meetings
        .iter()
        .filter(|m| may_see(&m.access))
        .map(|m| {
            json!({
                "date": d(m.date),
                "title": m.title,
                "place": m.place,
                "note": m.note,
                "attendees": names(&m.attendees).join(", "),
                "decisions": m.decisions.iter().map(|x| x.value.clone()).collect::<Vec<_>>(),
                "follow_ups": m.follow_ups.iter().map(|f| json!({
                    "what": f.what,
                    "who": f.who.as_ref().map(|w| who(w)),
                    "by": d(f.by),
                    "done": d(f.done),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let notes: Vec<Json> = plan
        .notes
        .iter()
        .filter(|n| may_see(&n.access))
        .map(|n| json!({ "date": d(n.date), "text": n.text, "by": n.by.as_ref().map(|b| who(b)) }))
        .collect();
    // v2 consent: one entry per record, in the order recorded (a withdrawal is a date on
    // its record, a renewed consent a record of its own).
    let consent_records: Vec<Json> = plan
        .consent_records
        .iter()
        .map(|r| {
            // "… with" and the names apart: the label is in the labels' language, the
            // names are plan text.
            let with = r.with.as_ref().filter(|w| !w.is_empty());
            let covers = match r.covers.as_deref().map(String::as_str) {
                Some("plan") => label("covers_plan"),
                Some("sharing") if with.is_some() => label("covers_sharing_with"),
                Some("sharing") => label("covers_sharing"),
                _ => Json::Null,
            };
            json!({
                "party": r.party.as_ref().map(|p| who(p)),
                "covers": covers,
                "with": with.map(|w| names(w).join(", ")),
                "given": d(r.given.as_ref().map(|x| x.value)),
                "until": d(r.until.as_ref().map(|x| x.value)),
                "withdrawn": d(r.withdrawn.as_ref().map(|x| x.value)),
                "note": r.note,
            })
        })
        .collect();
    let responsibility_group = plan.responsibility_group.as_ref().map(|g| {
        json!({
            "members": names(&g.members).join(", "),
            "leader": g.leader.as_ref().map(|l| who(l)),
            "note": g.note,
        })
    });
    let related_plans: Vec<Json> = plan
        .related_plans
        .iter()
        .map(|r| {
            json!({
                "kind": r.kind.as_deref().map(|k| label(&format!("related_{}", k.replace('-', "_")))),
                "title": r.title,
                "kept_by": r.kept_by,
                "note": r.note,
            })
        })
        .collect();
    // The person's own words go with the goals, in the full plan and in an extract that
    // shows goals; the background (why the plan was made) in the full plan only.
    let voice: Vec<Json> = if shown.contains(&"goals") {
        plan.voice
            .iter()
            .map(|v| json!({ "date": d(v.date), "text": v.text, "by": v.recorded_by.as_ref().map(|b| who(b)) }))
            .collect()
    } else {
        Vec::new()
    };
    let stamp_json = json!({
        "commit": stamp.commit.as_ref().map(|c| c.id.clone()),
        "commit_date": stamp.commit.as_ref().map(|c| i18n::date(lang, c.date)),
        "cut_short": stamp.commit.as_ref().is_some_and(|c| c.cut_short),
        "printed": i18n::date(lang, stamp.printed),
        "draft": !stamp.draft_reasons.is_empty(),
        "draft_reasons": stamp.draft_reasons.iter().map(|k| label(k)).collect::<Vec<_>>(),
    });
    let extract = extract_for.map(|p| {
        json!({
            "name": p.name.clone().or_else(|| p.id.as_ref().map(|i| i.value.clone())),
            "sections": shown.iter().map(|s| label(s)).collect::<Vec<_>>(),
        })
    });
    let org =
        (organisation.name.is_some() || organisation.unit.is_some()).then(|| json!(organisation));
    // One signature line per consenting party: the person, each representative (and the one
    // who consented, if not listed), then the coordinator. `role` is a label, `relation`
    // plan text.
    // What the document is: a plan, a coordinator without one, or a declined offer.
    let (kind_title, kind_note) = match plan.kind {
        PlanKind::Plan => ("title", None),
        PlanKind::CoordinatorOnly => ("title_coordinator_only", Some("kind_coordinator_only")),
        PlanKind::Declined => ("title_declined", Some("kind_declined")),
    };
    // The words around the signatures and the closing lines: a record that is not a plan
    // neither consents to a plan nor claims one was made.
    let words = match plan.kind {
        PlanKind::Plan => json!({
            "consent_statement": label("consent_statement"),
            "coordinator_statement": label("coordinator_statement"),
            "law": label("law"),
            "no_rights": label("no_rights"),
        }),
        PlanKind::CoordinatorOnly | PlanKind::Declined => json!({
            "consent_statement": label(if plan.kind == PlanKind::Declined { "declined_statement" } else { "consent_statement_sharing" }),
            "coordinator_statement": label("coordinator_statement_record"),
            "law": label(if plan.kind == PlanKind::Declined { "law_declined" } else { "law_coordinator_only" }),
            "no_rights": Json::Null,
        }),
    };
    let mut signers = Vec::new();
    // v2: one line per party of the consent records, as recorded; a plan printed before
    // anyone consented gets the v1 lines (the person and each representative).
    let mut parties: Vec<&str> = Vec::new();
    let person_role = if plan.kind == PlanKind::Plan {
        "person_lc"
    } else {
        "person_self"
    };
    for r in &plan.consent_records {
        if let Some(party) = r.party.as_deref() {
            if !parties.contains(&party.as_str()) {
                parties.push(party);
            }
        }
    }
    if private && !parties.is_empty() {
        for party in parties {
            if party == "person" {
                signers.push(json!({ "name": plan.person_name(), "role": label(person_role), "family": true }));
                continue;
            }
            let rep = representatives
                .iter()
                .find(|r| r.id.as_deref().map(String::as_str) == Some(party));
            match rep {
                Some(r) => signers.push(json!({ "name": r.name.as_deref().unwrap_or(party), "relation": r.relation, "family": true })),
                None => signers.push(json!({ "name": party, "family": true })),
            }
        }
    } else {
        if let Some(p) = &plan.person {
            signers.push(
                json!({ "name": p.name.as_deref(), "role": label(person_role), "family": true }),
            );
        }
        for r in representatives {
            signers.push(json!({ "name": r.name, "relation": r.relation, "family": true }));
        }
        if let Some(name) = plan.consent.as_ref().and_then(|c| c.name.as_deref()) {
            if by_representative
                && relation_of(name).is_none()
                && !representatives
                    .iter()
                    .any(|r| r.name.as_deref() == Some(name.as_str()))
            {
                signers.push(json!({ "name": name.as_str(), "family": true }));
            }
        }
    }
    let barnekoordinator = plan
        .coordinator
        .as_ref()
        .and_then(|c| c.kind.as_deref())
        .is_some_and(|k| k == "barnekoordinator");
    signers.push(json!({
        "name": plan.coordinator.as_ref().and_then(|c| c.name.as_deref()),
        "role": label(if barnekoordinator { "barnekoordinator_lc" } else { "coordinator_lc" }),
        "family": false,
    }));
    let person_name = plan
        .person
        .as_ref()
        .and_then(|p| p.name.as_deref())
        .map(String::as_str);
    let mut title = text(kind_title);
    for part in [person_name, plan.id.as_deref().map(String::as_str)]
        .into_iter()
        .flatten()
    {
        title.push_str(" – ");
        title.push_str(part);
    }
    if !stamp.draft_reasons.is_empty() {
        title.push_str(&format!(" ({})", text("draft")));
    }
    let author = [organisation.name.as_deref(), organisation.unit.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    let running = running_heads(plan, &t, stamp, lang, kind_title);
    let view = json!({
        "lang": lang.code(),
        "content_lang": content_lang,
        "meta": {
            "title": title,
            "author": if author.is_empty() { "ip".to_owned() } else { author },
        },
        "running": running,
        "signers": signers,
        "words": words,
        "org": org,
        "stamp": stamp_json,
        "extract": extract,
        "show": show,
        "plan": {
            "id": plan.id.as_deref(),
            "status": if plan.status == Status::Closed { label("status_closed") } else { label("status_active") },
            "person": person,
            "coordinator": coordinator,
            "period": period,
            "goals": goals,
            "resources": plan.resources.iter().map(|r| r.value.clone()).collect::<Vec<_>>(),
            "needs": plan.needs.iter().map(|r| r.value.clone()).collect::<Vec<_>>(),
            "measures": measures,
            "participants": plan.participants,
            "cooperation": plan.cooperation,
            "cooperation_none": plan.cooperation_none,
            "consent": consent,
            "revision": revision,
            "meetings": meetings,
            "v2": plan.is_v2(),
            "kind_note": kind_note.map(label),
            "declined": plan.kind == PlanKind::Declined,
            "kind_title": label(kind_title),
            "barnekoordinator": barnekoordinator,
            "background": if private { plan.background.clone() } else { None },
            "voice": voice,
            "consent_records": consent_records,
            "responsibility_group": responsibility_group,
            "notes": notes,
            "related_plans": related_plans,
        },
    });
    View { view, labels }
}

/// What a template sees: the view model, and the labels as `t`.
pub struct View {
    pub view: Json,
    pub labels: Labels,
}

/// The labels of a language as templates see them (`t.title`, `t["goals"]`): made once
/// per language and shared by every plan, never copied into each plan's view (140
/// strings a plan). `representatives` is the heading this plan's representatives get.
#[derive(Debug, Clone, Copy)]
pub struct Labels {
    all: &'static HashMap<&'static str, &'static str>,
    names: &'static [&'static str],
    representatives: Option<&'static str>,
}

impl Labels {
    pub fn of(lang: Lang) -> Labels {
        type Made = (HashMap<&'static str, &'static str>, Vec<&'static str>);
        static MADE: [std::sync::OnceLock<Made>; 3] = [const { std::sync::OnceLock::new() }; 3];
        let index = match lang {
            Lang::Nb => 0,
            Lang::Nn => 1,
            Lang::En => 2,
        };
        let (all, names) = MADE[index].get_or_init(|| {
            let labels = i18n::labels(lang);
            let names = labels.iter().map(|(k, _)| *k).collect();
            (labels.into_iter().collect(), names)
        });
        Labels {
            all,
            names,
            representatives: None,
        }
    }

    pub fn text(&self, key: &str) -> Option<&'static str> {
        match (key, self.representatives) {
            ("representatives", Some(text)) => Some(text),
            _ => self.all.get(key).copied(),
        }
    }
}

impl minijinja::value::Object for Labels {
    fn get_value(self: &std::sync::Arc<Self>, key: &Value) -> Option<Value> {
        self.text(key.as_str()?).map(Value::from)
    }

    fn enumerate(self: &std::sync::Arc<Self>) -> minijinja::value::Enumerator {
        minijinja::value::Enumerator::Str(self.names)
    }
}

/// Text for a CSS string (`content: "…"`): letters, digits and spaces as they are, every
/// other character as a hexadecimal escape ended by one space (which CSS consumes). So
/// plan text can neither end the string nor the style sheet, and the HTML escaper, which
/// runs after, finds nothing to change.
pub fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if c.is_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            out.push_str(&format!("\\{:X} ", u32::from(c)));
        }
    }
    out
}

/// The lines in the margins of every printed page, as CSS strings: whose plan (name, id),
/// which version (the commit, or the draft and why), when printed, and the words around
/// the page number.
fn running_heads(
    plan: &Plan,
    t: &dyn Fn(&str) -> Option<&'static str>,
    stamp: &Stamp,
    lang: Lang,
    kind_title: &str,
) -> Json {
    let text = |key: &str| t(key).unwrap_or("");
    let name = plan
        .person
        .as_ref()
        .and_then(|p| p.name.as_deref())
        .map_or("", String::as_str);
    let title = if name.is_empty() {
        text(kind_title).to_owned()
    } else {
        format!("{} – {name}", text(kind_title))
    };
    let id = plan
        .id
        .as_deref()
        .map(|id| format!("{} {id}", text("plan_id")));
    let version = if stamp.draft_reasons.is_empty() {
        stamp.commit.as_ref().map(|c| {
            let on_or_before = if c.cut_short {
                format!("{} ", text("stamp_on_or_before"))
            } else {
                String::new()
            };
            format!(
                "{}: {}, {on_or_before}{}",
                text("stamp_commit"),
                c.id,
                i18n::date(lang, c.date)
            )
        })
    } else {
        let reasons: Vec<&str> = stamp.draft_reasons.iter().map(|k| text(k)).collect();
        Some(format!("{} – {}", text("draft"), reasons.join(" ")))
    };
    json!({
        "title": css_string(&title),
        "id": id.map(|i| css_string(&i)),
        "version": version.map(|v| css_string(&v)),
        "printed": css_string(&format!("{}: {}", text("printed"), i18n::date(lang, stamp.printed))),
        "page": css_string(&format!("{} ", text("page"))),
        "page_of": css_string(&format!(" {} ", text("page_of"))),
    })
}

/// What to render and how: the command line of `ip render`.
pub struct Options {
    pub format: Format,
    /// One file to write (one plan).
    pub output: Option<PathBuf>,
    /// A folder to write one file per plan into.
    pub out_dir: Option<PathBuf>,
    pub lang: Option<Lang>,
    pub for_participant: Option<String>,
    pub draft: bool,
    pub templates: Option<PathBuf>,
    /// The date printed on the plan.
    pub printed: chrono::NaiveDate,
    /// The program that prints HTML to PDF, for `Format::Pdf`.
    pub pdf: Option<crate::pdf::Engine>,
}

/// The print date: today, or `SOURCE_DATE_EPOCH` when set (reproducible output).
pub fn print_date() -> chrono::NaiveDate {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
        .map_or_else(|| chrono::Local::now().date_naive(), |t| t.date_naive())
}

/// Whether every plan was rendered, or which were refused (invalid, without `--draft`).
pub enum Rendered {
    All,
    Refused(Vec<FileResult>),
}

/// A plan id made safe as a file name; never a path, and never a device on Windows.
pub fn safe_file_stem(id: &str) -> String {
    let mut stem: String = id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    while stem.starts_with('.') {
        stem.replace_range(..1, "_");
    }
    stem.truncate(stem.char_indices().nth(100).map_or(stem.len(), |(i, _)| i));
    if stem.is_empty() {
        "plan".to_owned()
    } else if is_windows_device(&stem) {
        format!("_{stem}")
    } else {
        stem
    }
}

/// Whether Windows reads `stem` as a device (`CON`, `NUL`, `COM1`, …), in any case and with
/// any extension after it: `nul.md` written to a shared folder opens the null device, not a
/// file. The superscript digits are devices too (`COM¹`).
fn is_windows_device(stem: &str) -> bool {
    let base = stem.split('.').next().unwrap_or(stem).to_uppercase();
    match base.as_str() {
        "CON" | "PRN" | "AUX" | "NUL" => true,
        _ => ["COM", "LPT"].iter().any(|prefix| {
            base.strip_prefix(prefix).is_some_and(|n| {
                let mut n = n.chars();
                matches!(
                    (n.next(), n.next()),
                    (Some('1'..='9' | '¹' | '²' | '³'), None)
                )
            })
        }),
    }
}

/// Plans per batch: memory stays flat for any number of plans.
const BATCH: usize = 512;

/// Renders every input and hands each text to `emit` with its target file (`None`:
/// standard output), in input order. Nothing is emitted when a plan is refused.
pub fn render_all(
    inputs: &[Input],
    opts: &Options,
    config: &Config,
    mut emit: impl FnMut(Option<&Path>, &[u8]) -> Result<()>,
) -> Result<Rendered> {
    if inputs.len() > 1 && opts.out_dir.is_none() {
        let count = ("count", inputs.len().into());
        let message = match &opts.output {
            Some(out) => msg(
                "error-render-many-to-one",
                &[count, ("target", out.display().to_string().into())],
            ),
            None => msg("error-render-many-to-stdout", &[count]),
        };
        return Err(Error::usage(
            message,
            Some(&msg("error-render-many-to-one-help", &[])),
        ));
    }
    if inputs.len() > 1 && inputs.contains(&Input::Stdin) {
        return Err(Error::usage(msg("error-render-stdin-alone", &[]), None));
    }
    let templates = opts.templates.as_ref().or(config.templates.as_ref());
    if let Some(dir) = templates.filter(|d| !d.is_dir()) {
        return Err(Error::Read {
            path: dir.clone(),
            err: std::io::Error::new(
                std::io::ErrorKind::NotFound,
                msg("error-templates-missing", &[]),
            ),
        });
    }
    let files = check::inputs::files(inputs);
    // Pass 1 (validity and output names) and the history walk for the stamps are
    // independent: one core each.
    let (facts, first) = std::thread::scope(|scope| {
        let walk = scope.spawn(|| {
            let files: Vec<Option<&Path>> = inputs
                .iter()
                .map(|i| i.file().map(PathBuf::as_path))
                .collect();
            git::facts(&files)
        });
        let first = first_pass(opts, inputs);
        (
            walk.join().unwrap_or_else(|p| std::panic::resume_unwind(p)),
            first,
        )
    });
    let (targets, invalid, stdin_bytes) = match first? {
        Ok(pass) => pass,
        Err(refused) => return Ok(Rendered::Refused(refused)),
    };
    let facts = facts?;
    // Never overwrite a plan (compared by canonical path, once each), never write two
    // plans to one file.
    let plan_paths: HashSet<PathBuf> = if targets.iter().flatten().any(|t| t.exists()) {
        files.iter().filter_map(|f| f.canonicalize().ok()).collect()
    } else {
        Default::default()
    };
    // Keyed without case: Windows and macOS keep `Ab.md` and `ab.md` as one file, so the
    // second plan would replace the first there (a shared or synced folder).
    let mut seen: HashMap<String, &PathBuf> = HashMap::new();
    for target in targets.iter().flatten() {
        if target.canonicalize().is_ok_and(|t| plan_paths.contains(&t)) {
            return Err(Error::usage(
                msg(
                    "error-render-over-plan",
                    &[("path", target.display().to_string().into())],
                ),
                None,
            ));
        }
        let key = target.to_string_lossy().to_lowercase();
        if let Some(first) = seen.insert(key, target) {
            let message = if first == target {
                msg(
                    "error-render-same-target",
                    &[("path", target.display().to_string().into())],
                )
            } else {
                msg(
                    "error-render-same-target-case",
                    &[
                        ("path", first.display().to_string().into()),
                        ("other", target.display().to_string().into()),
                    ],
                )
            };
            return Err(Error::usage(
                message,
                Some(&msg("error-render-same-target-help", &[])),
            ));
        }
    }
    if let Some(dir) = &opts.out_dir {
        std::fs::create_dir_all(dir).map_err(|err| Error::CreateDir {
            path: dir.clone(),
            err,
        })?;
    }
    // Pass 2: render and hand on, batch by batch.
    let renderer = Renderer::new(opts.templates.clone().or_else(|| config.templates.clone()));
    let mut target_iter = targets.into_iter();
    for (number, batch) in inputs.chunks(BATCH).enumerate() {
        let rendered: Vec<Result<Vec<u8>>> = match &stdin_bytes {
            Some(bytes) if batch == [Input::Stdin] => {
                let plan = check::model_of(bytes);
                vec![render_one(
                    opts,
                    config,
                    &renderer,
                    facts.of(0),
                    &Input::Stdin,
                    (plan.as_ref(), invalid[0]),
                )]
            }
            _ => {
                let first = number * BATCH;
                let indexes: Vec<usize> = (first..first + batch.len()).collect();
                check::par_map(&indexes, |&i| {
                    let plan = match check::inputs::read(&inputs[i])? {
                        check::Content::Bytes(bytes) => check::model_of(&bytes),
                        check::Content::TooLarge(_) => None,
                    };
                    let checked = (plan.as_ref(), invalid[i]);
                    render_one(opts, config, &renderer, facts.of(i), &inputs[i], checked)
                })
            }
        };
        for text in rendered {
            let text = text?;
            emit(target_iter.next().flatten().as_deref(), &text)?;
        }
    }
    Ok(Rendered::All)
}

/// Each plan's output path and whether it has errors (rendered as a draft, with
/// `--draft`), and standard input's bytes.
type FirstPass = (Vec<Option<PathBuf>>, Vec<bool>, Option<Vec<u8>>);

/// Output paths, and standard input kept for pass 2: validity and names first, so that
/// nothing is written when a plan is refused or two plans would land in one file.
fn first_pass(
    opts: &Options,
    inputs: &[Input],
) -> Result<std::result::Result<FirstPass, Vec<FileResult>>> {
    let mut targets: Vec<Option<PathBuf>> = Vec::with_capacity(inputs.len());
    let mut invalid: Vec<bool> = Vec::with_capacity(inputs.len());
    let mut refused = Vec::new();
    let mut stdin_bytes = None;
    // A plan's target, or the plan refused with its report. Each plan's model is dropped
    // as soon as its target is known: only a refused plan's report is kept.
    let classify = |input: &Input, c: Checked| match &c.plan {
        Some(plan) if c.errors() == 0 || opts.draft => {
            Ok((target_of(opts, input, plan), c.errors() > 0))
        }
        _ => Err(Box::new(FileResult {
            path: input.display(),
            checked: c,
        })),
    };
    for batch in inputs.chunks(BATCH) {
        let classified = if batch == [Input::Stdin] {
            let bytes = match check::inputs::read(&Input::Stdin)? {
                check::Content::Bytes(b) => b,
                check::Content::TooLarge(_) => Vec::new(),
            };
            let c = check::check_bytes(&bytes);
            stdin_bytes = Some(bytes);
            vec![Ok(classify(&Input::Stdin, c))]
        } else {
            check::par_map(batch, |input| {
                check::check_input(input).map(|c| classify(input, c))
            })
        };
        for one in classified {
            match one? {
                Ok((target, errors)) => {
                    targets.push(target);
                    invalid.push(errors);
                }
                Err(refusal) => refused.push(*refusal),
            }
        }
    }
    Ok(if refused.is_empty() {
        Ok((targets, invalid, stdin_bytes))
    } else {
        Err(refused)
    })
}

/// Where a plan's output goes: a file in `--out-dir` named from its id, `-o`, or stdout.
fn target_of(opts: &Options, input: &Input, plan: &Plan) -> Option<PathBuf> {
    match (&opts.out_dir, &opts.output) {
        (Some(dir), _) => {
            let file = input.file();
            let stem = plan.id.as_deref().cloned().unwrap_or_else(|| {
                file.and_then(|f| f.file_stem())
                    .map_or("plan".into(), |s| s.to_string_lossy().into_owned())
            });
            let mut name = safe_file_stem(&stem);
            if let Some(p) = &opts.for_participant {
                name = format!("{name}-{}", safe_file_stem(p));
            }
            Some(dir.join(format!("{name}.{}", opts.format.extension())))
        }
        (None, Some(out)) => Some(out.clone()),
        (None, None) => None,
    }
}

fn render_one(
    opts: &Options,
    config: &Config,
    renderer: &Renderer,
    git: &FileFacts,
    input: &Input,
    (plan, invalid): (Option<&Plan>, bool),
) -> Result<Vec<u8>> {
    let Some(plan) = plan else {
        return Err(Error::Render {
            file: input.display(),
            message: msg("error-render-not-a-plan", &[]),
        });
    };
    let lang = opts
        .lang
        .or(plan.language)
        .or(config.language)
        .unwrap_or(Lang::Nb);
    let extract = match &opts.for_participant {
        None => None,
        Some(id) => Some(
            plan.participants
                .iter()
                .find(|p| p.id.as_deref().map(String::as_str) == Some(id.as_str()))
                .ok_or_else(|| {
                    let ids: Vec<&str> = plan
                        .participants
                        .iter()
                        .filter_map(|p| p.id.as_deref().map(String::as_str))
                        .collect();
                    Error::plan(
                        input.display(),
                        msg("error-render-no-participant", &[("id", id.as_str().into())]),
                        Some(msg(
                            "error-render-no-participant-help",
                            &[
                                ("path", input.display().into()),
                                ("ids", ids.join(", ").into()),
                            ],
                        )),
                    )
                })?,
        ),
    };
    let mut draft_reasons = Vec::new();
    if invalid {
        draft_reasons.push("draft_invalid");
    }
    if !git.in_repo {
        draft_reasons.push("draft_outside_git");
    } else if git.dirty {
        draft_reasons.push("draft_uncommitted");
    }
    let stamp = Stamp {
        commit: git.last.clone(),
        printed: opts.printed,
        draft_reasons,
    };
    let view = view(plan, lang, &config.organisation, &stamp, extract);
    let text = renderer
        .render(opts.format, &view)
        .map_err(|e| Error::Render {
            file: input.display(),
            message: format!("{e:#}"),
        })?;
    if opts.format != Format::Pdf {
        return Ok(text.into_bytes());
    }
    let Some(engine) = &opts.pdf else {
        return Err(Error::usage(msg("error-render-no-pdf-program", &[]), None));
    };
    let meta = crate::pdf::Meta {
        title: view.view["meta"]["title"].as_str().unwrap_or(""),
        author: view.view["meta"]["author"].as_str().unwrap_or("ip"),
    };
    engine.print(&text, &meta, &input.display())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_see_the_labels_as_t_with_the_plans_own_heading() {
        let labels = Labels {
            representatives: Some("Verje"),
            ..Labels::of(Lang::Nn)
        };
        let out = minijinja::Environment::new()
            .render_str(
                "{{ t.title }}|{{ t['representatives'] }}|{{ t.goals }}|{{ t.nothing is undefined }}|{{ t|list|length }}",
                minijinja::context! { t => Value::from_object(labels) },
            )
            .unwrap();
        let all = i18n::labels(Lang::Nn);
        let goals = all.iter().find(|(k, _)| *k == "goals").unwrap().1;
        assert_eq!(
            out,
            format!("Individuell plan|Verje|{goals}|True|{}", all.len())
        );
        // Without a heading of its own, the language's.
        let plain = Labels::of(Lang::Nn);
        let representatives = all.iter().find(|(k, _)| *k == "representatives").unwrap().1;
        assert_eq!(plain.text("representatives"), Some(representatives));
    }

    #[test]
    fn markdown_escaping_keeps_text_as_written() {
        assert_eq!(
            escape_markdown("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(escape_markdown("a | b\nc"), "a \\| b c");
        assert_eq!(
            escape_markdown("*not bold* & [link](x)"),
            "\\*not bold\\* &amp; \\[link\\](x)"
        );
    }

    #[test]
    fn plan_text_in_a_css_string_cannot_end_it() {
        assert_eq!(css_string("Kari Nordmann"), "Kari Nordmann");
        assert_eq!(
            css_string("a\"}</style><script>"),
            "a\\22 \\7D \\3C \\2F style\\3E \\3C script\\3E "
        );
        assert_eq!(css_string("Plan – Åse"), "Plan \\2013  Åse");
        // Nothing the HTML escaper would change: the page shows what CSS decodes.
        assert!(!css_string("&<>\"'/\\").contains(['&', '<', '>', '"', '\'', '/']));
    }

    #[test]
    fn ids_never_become_paths() {
        assert_eq!(safe_file_stem("2026-017"), "2026-017");
        assert_eq!(safe_file_stem("../../etc/passwd"), "_._.._etc_passwd");
        assert_eq!(safe_file_stem("/abs"), "_abs");
        assert_eq!(safe_file_stem(".hidden"), "_hidden");
        assert_eq!(safe_file_stem("a\u{0}b\nc"), "a_b_c");
        assert_eq!(safe_file_stem("Kåre Ø"), "Kåre_Ø");
        assert_eq!(safe_file_stem(""), "plan");
    }

    #[test]
    fn windows_device_names_are_never_file_names() {
        let devices = ["CON", "con", "Prn", "AUX", "nul", "NUL.txt", "nul.tar.gz"];
        let ports = ["COM1", "com9", "LPT1", "lpt9.md", "COM¹", "lpt³"];
        for device in devices.into_iter().chain(ports) {
            assert_eq!(safe_file_stem(device), format!("_{device}"), "{device}");
        }
        for name in [
            "CONSENT", "console", "nul-1", "COM0", "COM10", "LPT", "COMX", "aux_1", "2026-017",
        ] {
            assert_eq!(safe_file_stem(name), name, "{name}");
        }
        // Only what is left after the other rules counts: `CON ` is `CON_`.
        assert_eq!(safe_file_stem("CON "), "CON_");
        assert_eq!(safe_file_stem(".nul"), "_nul");
    }

    #[test]
    fn values_cannot_open_a_markdown_block() {
        for (value, escaped) in [
            ("- item", "\\- item"),
            ("+ item", "\\+ item"),
            ("-", "\\-"),
            ("* item", "\\* item"),
            ("1. item", "1\\. item"),
            ("2026) item", "2026\\) item"),
            ("> quote", "\\> quote"),
            ("# heading", "\\# heading"),
            ("    code", "&#32;   code"),
            ("\tcode", "&#9;code"),
            ("---", "\\---"),
            ("===", "\\==="),
            ("- - -", "\\- - -"),
            ("```", "\\`\\`\\`"),
        ] {
            assert_eq!(escape_markdown(value), escaped, "{value}");
        }
        // Ordinary text keeps its look.
        for plain in ["+47 900 00 000", "-5 grader", "1.5 timar", "2026-01-15"] {
            assert_eq!(escape_markdown(plain), plain);
        }
    }

    #[test]
    fn terminal_controls_are_shown_in_markdown_and_html() {
        assert_eq!(
            escape_markdown("a\u{1b}[2Jb\u{202e}"),
            // `\u{1b}` as Markdown: the backslash and braces escaped, so it prints as such.
            r"a\\u\{1b\}\[2Jb\\u\{202e\}"
        );
        let renderer = Renderer {
            env: {
                let mut env = Renderer::new(None).env;
                env.add_template("t.html", "<p>{{ v }}</p>").unwrap();
                env
            },
        };
        let html = renderer
            .env
            .get_template("t.html")
            .unwrap()
            .render(minijinja::context! { v => "<b>\u{1b}]0;x\u{7}</b>" })
            .unwrap();
        assert_eq!(html, "<p>&lt;b&gt;\\u{1b}]0;x\\u{7}&lt;&#x2f;b&gt;</p>");
    }
}
