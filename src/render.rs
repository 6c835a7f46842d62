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
//! inject Markdown, HTML or table breaks. User templates run with fuel, so a runaway loop
//! ends with an error instead of a hang, and reach no files.

use std::path::PathBuf;

use minijinja::{AutoEscape, Environment, Value};
use serde_json::{json, Map, Value as Json};

use crate::config::Organisation;
use crate::i18n::{self, Lang};
use crate::plan::{Plan, Status};
use crate::schema::SECTIONS;

const EMBEDDED: &[(&str, &str)] = &[
    ("plan.html", include_str!("../templates/plan.html")),
    ("plan.md", include_str!("../templates/plan.md")),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Format {
    #[default]
    Md,
    Html,
}

impl Format {
    pub fn template(self) -> &'static str {
        match self {
            Format::Md => "plan.md",
            Format::Html => "plan.html",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
        }
    }
}

/// Facts printed in the stamp: where the text came from and when it was printed.
pub struct Stamp {
    pub commit: Option<crate::git::CommitInfo>,
    pub printed: chrono::NaiveDate,
    /// Why this is a draft (labels), empty for a clean, committed plan.
    pub draft_reasons: Vec<&'static str>,
}

pub struct Renderer {
    env: Environment<'static>,
}

/// Escapes text for CommonMark so it prints as written, also inside table cells.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' | '~' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '&' => out.push_str("&amp;"),
            '\r' => {}
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
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
                    out.write_str(&value.to_string())?;
                } else if !value.is_none() && !value.is_undefined() {
                    out.write_str(&escape_markdown(&value.to_string()))?;
                }
                Ok(())
            } else if value.is_none() || value.is_undefined() {
                Ok(()) // an absent value prints nothing, never "None"
            } else {
                minijinja::escape_formatter(out, state, value)
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

    pub fn render(&self, format: Format, view: &Json) -> Result<String, minijinja::Error> {
        let template = self.env.get_template(format.template())?;
        template.render(Value::from(minijinja::value::Serde(view)))
    }
}

/// The view model templates see. `sections` are those shown (all, or a participant's access).
pub fn view(
    plan: &Plan,
    lang: Lang,
    organisation: &Organisation,
    stamp: &Stamp,
    extract_for: Option<&crate::plan::Participant>,
) -> Json {
    let t: Map<String, Json> = i18n::labels(lang)
        .into_iter()
        .map(|(k, v)| (k.to_owned(), json!(v)))
        .collect();
    let d =
        |date: Option<chrono::NaiveDate>| date.map_or(Json::Null, |d| json!(i18n::date(lang, d)));
    let label = |key: &str| t.get(key).cloned().unwrap_or(Json::Null);
    let participant_name = |id: &str| -> String {
        if id == "coordinator" {
            let name = plan.coordinator_name();
            return format!("{} ({})", name, t["coordinator"].as_str().unwrap_or(""))
                .trim()
                .to_owned();
        }
        plan.participants
            .iter()
            .find(|p| p.id.as_deref().map(String::as_str) == Some(id))
            .and_then(|p| p.name.clone())
            .unwrap_or_else(|| id.to_owned())
    };
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
    let goals: Vec<Json> = plan
        .goals
        .iter()
        .map(|g| {
            json!({
                "id": g.id.as_deref(),
                "description": g.description,
                "horizon": match g.horizon.as_deref() { Some("long") => label("horizon_long"), Some("short") => label("horizon_short"), _ => Json::Null },
                "target": d(g.target),
            })
        })
        .collect();
    let measures: Vec<Json> = plan
        .measures
        .iter()
        .map(|m| {
            let dates = match (m.start.as_ref(), m.end.as_ref()) {
                (Some(s), Some(e)) => Some(format!(
                    "{} – {}",
                    i18n::date(lang, s.value),
                    i18n::date(lang, e.value)
                )),
                (Some(s), None) => Some(format!("{} –", i18n::date(lang, s.value))),
                (None, Some(e)) => Some(format!("– {}", i18n::date(lang, e.value))),
                (None, None) => None,
            };
            json!({
                "id": m.id.as_deref(),
                "description": m.description,
                "goals": m.goals.iter().map(|g| g.value.clone()).collect::<Vec<_>>().join(", "),
                "extent": m.extent,
                "responsible": m.responsible.as_ref().map(|r| participant_name(r)),
                "how": m.how,
                "dates": dates,
            })
        })
        .collect();
    let consent = plan.consent.as_ref().map(|c| {
        let by = match c.by.as_deref().map(String::as_str) {
            Some("person") => label("consent_by_person"),
            Some("representative") => {
                let who = c.name.as_deref().map_or(String::new(), |n| format!(": {n}"));
                json!(format!("{}{who}", t["consent_by_representative"].as_str().unwrap_or("")))
            }
            _ => Json::Null,
        };
        json!({
            "given": d(c.given.as_ref().map(|g| g.value)),
            "by": by,
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
    let meetings: Vec<Json> = plan
        .meetings
        .iter()
        .map(|m| json!({ "date": d(m.date), "title": m.title, "place": m.place, "note": m.note }))
        .collect();
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
    json!({
        "lang": lang.code(),
        "t": t,
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
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
