//! The plan model of format v1, in the plan's own words: `Person`, `Consent`, `Measure`…
//!
//! It is built from the node tree after the structural check, leniently: a value of the
//! wrong type was already reported there, so here it is simply absent. Every value keeps
//! its position and JSON pointer (`At<T>`) so the content rules can point at it. The model
//! serializes to plain values (positions left out) for templates and plan-level diffs.

use chrono::NaiveDate;
use serde::Serialize;

use crate::diagnostic::{pointer_join, Pos};
use crate::i18n::Lang;
use crate::values::{parse_iso_date, Duration};
use crate::yaml::{Kind, Node};

/// A value with where it stands in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct At<T> {
    pub value: T,
    pub pos: Pos,
    pub pointer: String,
}

impl<T: Serialize> Serialize for At<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

impl<T> std::ops::Deref for At<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Active,
    Closed,
}

/// What a (v2) plan file records: a plan, a coordinator without a plan, or a declined offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum PlanKind {
    #[default]
    Plan,
    CoordinatorOnly,
    Declined,
}

#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    pub version: Option<i64>,
    pub id: Option<At<String>>,
    pub kind: PlanKind,
    pub status: Status,
    pub language: Option<Lang>,
    pub background: Option<String>,
    pub person: Option<Person>,
    pub voice: Vec<Voice>,
    /// Version 1's one consent record (a mapping).
    pub consent: Option<Consent>,
    /// Version 2's consent records (a list), in the order written.
    pub consent_records: Vec<ConsentRecord>,
    pub responsibility_group: Option<ResponsibilityGroup>,
    pub notes: Vec<Note>,
    pub related_plans: Vec<RelatedPlan>,
    pub coordinator: Option<Coordinator>,
    pub participants: Vec<Participant>,
    pub goals: Vec<Goal>,
    pub resources: Vec<At<String>>,
    pub needs: Vec<At<String>>,
    pub measures: Vec<Measure>,
    pub cooperation: Vec<Cooperation>,
    /// `cooperation: []`: considered, and none is needed (not the same as no key at all).
    pub cooperation_none: bool,
    pub period: Option<Period>,
    pub revision: Option<Revision>,
    pub meetings: Vec<Meeting>,
    pub accept_warnings: Vec<AcceptedWarning>,
    #[serde(skip)]
    pub pos: Pos,
}

/// A warning the plan's makers decided does not apply, with why (`accept_warnings`).
#[derive(Debug, Clone, Serialize)]
pub struct AcceptedWarning {
    pub rule: Option<At<String>>,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Person {
    pub name: Option<At<String>>,
    pub born: Option<At<NaiveDate>>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub representatives: Vec<Representative>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Representative {
    pub id: Option<At<String>>,
    pub name: Option<String>,
    pub relation: Option<String>,
    /// `parental-responsibility`, `guardian` or `representative` (v2).
    pub authority: Option<String>,
    pub reason: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Consent {
    pub given: Option<At<NaiveDate>>,
    pub by: Option<At<String>>,
    pub name: Option<At<String>>,
    pub sharing: Option<At<bool>>,
    pub note: Option<String>,
    pub withdrawn: Option<At<NaiveDate>>,
    #[serde(skip)]
    pub pos: Pos,
    #[serde(skip)]
    pub pointer: String,
}

/// One consent record of a v2 plan: who, what it covers, when.
#[derive(Debug, Clone, Serialize)]
pub struct ConsentRecord {
    pub party: Option<At<String>>,
    pub covers: Option<At<String>>,
    /// For `sharing`: the participant ids it covers; `None`: all.
    pub with: Option<Vec<At<String>>>,
    pub given: Option<At<NaiveDate>>,
    pub until: Option<At<NaiveDate>>,
    pub withdrawn: Option<At<NaiveDate>>,
    pub note: Option<String>,
    #[serde(skip)]
    pub pos: Pos,
    #[serde(skip)]
    pub pointer: String,
}

impl ConsentRecord {
    /// Whether the record covers `what` (`plan` or `sharing`).
    pub fn covers(&self, what: &str) -> bool {
        self.covers.as_ref().is_some_and(|c| c.value == what)
    }

    /// Whether the consent holds on `day`: given by then, not withdrawn, not expired.
    pub fn holds_on(&self, day: NaiveDate) -> bool {
        self.given.as_ref().is_some_and(|g| g.value <= day)
            && self.withdrawn.as_ref().is_none_or(|w| w.value > day)
            && self.until.as_ref().is_none_or(|u| u.value >= day)
    }

    pub fn party_str(&self) -> &str {
        self.party.as_ref().map_or("", |p| p.value.as_str())
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Voice {
    pub date: Option<NaiveDate>,
    pub text: Option<String>,
    pub recorded_by: Option<At<String>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    pub date: Option<NaiveDate>,
    pub status: Option<String>,
    pub by: Option<At<String>>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Decision {
    pub reference: Option<String>,
    pub date: Option<NaiveDate>,
    pub by: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FollowUp {
    pub what: Option<String>,
    pub who: Option<At<String>>,
    pub by: Option<NaiveDate>,
    pub done: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ResponsibilityGroup {
    pub members: Vec<At<String>>,
    pub leader: Option<At<String>>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Note {
    pub date: Option<NaiveDate>,
    pub text: Option<String>,
    pub by: Option<At<String>>,
    pub access: Option<Vec<At<String>>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RelatedPlan {
    pub kind: Option<String>,
    pub title: Option<String>,
    pub kept_by: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Coordinator {
    /// `koordinator` or `barnekoordinator` (v2; absent is `koordinator`).
    pub kind: Option<At<String>>,
    pub name: Option<At<String>>,
    pub role: Option<String>,
    pub organisation: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    #[serde(skip)]
    pub pos: Pos,
}

#[derive(Debug, Clone, Serialize)]
pub struct Participant {
    pub id: Option<At<String>>,
    pub name: Option<String>,
    pub role: Option<String>,
    pub organisation: Option<String>,
    pub contributes: Option<String>,
    /// `None`: may see everything.
    pub access: Option<Vec<String>>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Goal {
    pub id: Option<At<String>>,
    pub description: Option<String>,
    pub horizon: Option<String>,
    pub target: Option<NaiveDate>,
    /// Participant ids who may see it (v2); `None`: everyone with access to goals.
    pub access: Option<Vec<At<String>>>,
    pub evaluations: Vec<Evaluation>,
    #[serde(skip)]
    pub pointer: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Measure {
    pub id: Option<At<String>>,
    pub description: Option<String>,
    pub goals: Vec<At<String>>,
    pub extent: Option<String>,
    pub responsible: Option<At<String>>,
    pub how: Option<String>,
    pub start: Option<At<NaiveDate>>,
    pub end: Option<At<NaiveDate>>,
    pub decision: Option<Decision>,
    pub access: Option<Vec<At<String>>>,
    pub evaluations: Vec<Evaluation>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Cooperation {
    pub with: Option<String>,
    pub about: Option<String>,
    pub contact: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Period {
    pub start: Option<At<NaiveDate>>,
    pub end: Option<At<NaiveDate>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Revision {
    pub next: Option<At<NaiveDate>>,
    pub interval: Option<Duration>,
    pub last: Option<At<NaiveDate>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Meeting {
    pub date: Option<NaiveDate>,
    pub title: Option<String>,
    pub place: Option<String>,
    pub note: Option<String>,
    pub attendees: Vec<At<String>>,
    pub decisions: Vec<At<String>>,
    pub follow_ups: Vec<FollowUp>,
    pub access: Option<Vec<At<String>>>,
}

// ---------------------------------------------------------------------------------------------
// Extraction helpers: take what has the right type, leave the rest (already reported).

fn at<T>(value: T, node: &Node, pointer: String) -> At<T> {
    At {
        value,
        pos: node.pos,
        pointer,
    }
}

fn text(map: &Node, key: &str) -> Option<String> {
    map.get(key)
        .and_then(Node::as_str)
        .filter(|s| !s.trim().is_empty())
        .map(str::to_owned)
}

fn text_at(map: &Node, key: &str, base: &str) -> Option<At<String>> {
    let node = map.get(key)?;
    let s = node.as_str().filter(|s| !s.trim().is_empty())?;
    Some(at(s.to_owned(), node, pointer_join(base, key)))
}

fn date_at(map: &Node, key: &str, base: &str) -> Option<At<NaiveDate>> {
    let node = map.get(key)?;
    let date = parse_iso_date(node.as_str()?)?;
    Some(at(date, node, pointer_join(base, key)))
}

fn bool_at(map: &Node, key: &str, base: &str) -> Option<At<bool>> {
    let node = map.get(key)?;
    match node.kind {
        Kind::Bool(b) => Some(at(b, node, pointer_join(base, key))),
        _ => None,
    }
}

/// The mapping items of a list, with their pointers.
fn maps<'a>(map: &'a Node, key: &str, base: &str) -> Vec<(&'a Node, String)> {
    let list_pointer = pointer_join(base, key);
    match map.get(key).map(|n| &n.kind) {
        Some(Kind::Seq(items)) => items
            .iter()
            .enumerate()
            .filter(|(_, n)| matches!(n.kind, Kind::Map(_)))
            .map(|(i, n)| (n, pointer_join(&list_pointer, &i.to_string())))
            .collect(),
        _ => Vec::new(),
    }
}

fn texts(map: &Node, key: &str, base: &str) -> Vec<At<String>> {
    let list_pointer = pointer_join(base, key);
    match map.get(key).map(|n| &n.kind) {
        Some(Kind::Seq(items)) => items
            .iter()
            .enumerate()
            .filter_map(|(i, n)| {
                let s = n.as_str().filter(|s| !s.trim().is_empty())?;
                Some(at(
                    s.to_owned(),
                    n,
                    pointer_join(&list_pointer, &i.to_string()),
                ))
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// A list of texts where the key is a list (`Some`, maybe empty), `None` where it is absent.
fn opt_texts(map: &Node, key: &str, base: &str) -> Option<Vec<At<String>>> {
    map.get(key)
        .filter(|a| matches!(a.kind, Kind::Seq(_)))
        .map(|_| texts(map, key, base))
}

fn evaluations(map: &Node, base: &str) -> Vec<Evaluation> {
    maps(map, "evaluations", base)
        .into_iter()
        .map(|(n, p)| Evaluation {
            date: date_at(n, "date", &p).map(|d| d.value),
            status: text(n, "status"),
            by: text_at(n, "by", &p),
            note: text(n, "note"),
        })
        .collect()
}

fn section<'a>(map: &'a Node, key: &str) -> Option<&'a Node> {
    map.get(key).filter(|n| matches!(n.kind, Kind::Map(_)))
}

impl Plan {
    pub fn from_node(root: &Node) -> Plan {
        let person = section(root, "person").map(|n| {
            let p = "/person";
            Person {
                name: text_at(n, "name", p),
                born: date_at(n, "born", p),
                phone: text(n, "phone"),
                email: text(n, "email"),
                address: text(n, "address"),
                representatives: maps(n, "representatives", p)
                    .into_iter()
                    .map(|(r, rp)| Representative {
                        id: text_at(r, "id", &rp),
                        name: text(r, "name"),
                        relation: text(r, "relation"),
                        authority: text(r, "authority"),
                        reason: text(r, "reason"),
                        phone: text(r, "phone"),
                        email: text(r, "email"),
                    })
                    .collect(),
            }
        });
        let consent = section(root, "consent").map(|n| {
            let p = "/consent";
            Consent {
                given: date_at(n, "given", p),
                by: text_at(n, "by", p),
                name: text_at(n, "name", p),
                sharing: bool_at(n, "sharing", p),
                note: text(n, "note"),
                withdrawn: date_at(n, "withdrawn", p),
                pos: n.pos,
                pointer: p.to_owned(),
            }
        });
        let consent_records = maps(root, "consent", "")
            .into_iter()
            .map(|(n, p)| ConsentRecord {
                party: text_at(n, "party", &p),
                covers: text_at(n, "covers", &p),
                with: opt_texts(n, "with", &p),
                given: date_at(n, "given", &p),
                until: date_at(n, "until", &p),
                withdrawn: date_at(n, "withdrawn", &p),
                note: text(n, "note"),
                pos: n.pos,
                pointer: p,
            })
            .collect();
        let voice = maps(root, "voice", "")
            .into_iter()
            .map(|(n, p)| Voice {
                date: date_at(n, "date", &p).map(|d| d.value),
                text: text(n, "text"),
                recorded_by: text_at(n, "recorded_by", &p),
            })
            .collect();
        let responsibility_group = section(root, "responsibility_group").map(|n| {
            let p = "/responsibility_group";
            ResponsibilityGroup {
                members: texts(n, "members", p),
                leader: text_at(n, "leader", p),
                note: text(n, "note"),
            }
        });
        let notes = maps(root, "notes", "")
            .into_iter()
            .map(|(n, p)| Note {
                date: date_at(n, "date", &p).map(|d| d.value),
                text: text(n, "text"),
                by: text_at(n, "by", &p),
                access: opt_texts(n, "access", &p),
            })
            .collect();
        let related_plans = maps(root, "related_plans", "")
            .into_iter()
            .map(|(n, _)| RelatedPlan {
                kind: text(n, "kind"),
                title: text(n, "title"),
                kept_by: text(n, "kept_by"),
                note: text(n, "note"),
            })
            .collect();
        let coordinator = section(root, "coordinator").map(|n| Coordinator {
            kind: text_at(n, "kind", "/coordinator"),
            name: text_at(n, "name", "/coordinator"),
            role: text(n, "role"),
            organisation: text(n, "organisation"),
            phone: text(n, "phone"),
            email: text(n, "email"),
            pos: n.pos,
        });
        let participants = maps(root, "participants", "")
            .into_iter()
            .map(|(n, p)| Participant {
                id: text_at(n, "id", &p),
                name: text(n, "name"),
                role: text(n, "role"),
                organisation: text(n, "organisation"),
                contributes: text(n, "contributes"),
                access: n
                    .get("access")
                    .filter(|a| matches!(a.kind, Kind::Seq(_)))
                    .map(|_| {
                        texts(n, "access", &p)
                            .into_iter()
                            .map(|a| a.value)
                            .collect()
                    }),
                phone: text(n, "phone"),
                email: text(n, "email"),
            })
            .collect();
        let goals = maps(root, "goals", "")
            .into_iter()
            .map(|(n, p)| Goal {
                id: text_at(n, "id", &p),
                description: text(n, "description"),
                horizon: text(n, "horizon"),
                target: date_at(n, "target", &p).map(|d| d.value),
                access: opt_texts(n, "access", &p),
                evaluations: evaluations(n, &p),
                pointer: p,
            })
            .collect();
        let measures = maps(root, "measures", "")
            .into_iter()
            .map(|(n, p)| Measure {
                id: text_at(n, "id", &p),
                description: text(n, "description"),
                goals: texts(n, "goals", &p),
                extent: text(n, "extent"),
                responsible: text_at(n, "responsible", &p),
                how: text(n, "how"),
                start: date_at(n, "start", &p),
                end: date_at(n, "end", &p),
                decision: section(n, "decision").map(|d| Decision {
                    reference: text(d, "reference"),
                    date: date_at(d, "date", &p).map(|d| d.value),
                    by: text(d, "by"),
                }),
                access: opt_texts(n, "access", &p),
                evaluations: evaluations(n, &p),
            })
            .collect();
        let cooperation = maps(root, "cooperation", "")
            .into_iter()
            .map(|(n, _)| Cooperation {
                with: text(n, "with"),
                about: text(n, "about"),
                contact: text(n, "contact"),
            })
            .collect();
        let period = section(root, "period").map(|n| Period {
            start: date_at(n, "start", "/period"),
            end: date_at(n, "end", "/period"),
        });
        let revision = section(root, "revision").map(|n| Revision {
            next: date_at(n, "next", "/revision"),
            interval: n
                .get("interval")
                .and_then(Node::as_str)
                .and_then(Duration::parse),
            last: date_at(n, "last", "/revision"),
        });
        let meetings = maps(root, "meetings", "")
            .into_iter()
            .map(|(n, p)| Meeting {
                date: date_at(n, "date", &p).map(|d| d.value),
                title: text(n, "title"),
                place: text(n, "place"),
                note: text(n, "note"),
                attendees: texts(n, "attendees", &p),
                decisions: texts(n, "decisions", &p),
                follow_ups: maps(n, "follow_ups", &p)
                    .into_iter()
                    .map(|(f, fp)| FollowUp {
                        what: text(f, "what"),
                        who: text_at(f, "who", &fp),
                        by: date_at(f, "by", &fp).map(|d| d.value),
                        done: date_at(f, "done", &fp).map(|d| d.value),
                    })
                    .collect(),
                access: opt_texts(n, "access", &p),
            })
            .collect();
        let accept_warnings = maps(root, "accept_warnings", "")
            .into_iter()
            .map(|(n, p)| AcceptedWarning {
                rule: text_at(n, "rule", &p),
                reason: text(n, "reason"),
            })
            .collect();
        Plan {
            version: root.get("version").and_then(|v| match v.kind {
                Kind::Int(i) => Some(i),
                _ => None,
            }),
            id: text_at(root, "id", ""),
            kind: match text(root, "kind").as_deref() {
                Some("coordinator-only") => PlanKind::CoordinatorOnly,
                Some("declined") => PlanKind::Declined,
                _ => PlanKind::Plan,
            },
            status: match text(root, "status").as_deref() {
                Some("closed") => Status::Closed,
                _ => Status::Active,
            },
            language: text(root, "language").and_then(|l| Lang::parse(&l)),
            background: text(root, "background"),
            person,
            voice,
            consent,
            consent_records,
            responsibility_group,
            notes,
            related_plans,
            coordinator,
            participants,
            goals,
            resources: texts(root, "resources", ""),
            needs: texts(root, "needs", ""),
            measures,
            cooperation,
            cooperation_none: matches!(root.get("cooperation").map(|n| &n.kind), Some(Kind::Seq(items)) if items.is_empty()),
            period,
            revision,
            meetings,
            accept_warnings,
            pos: root.pos,
        }
    }

    /// The plan id, or "" when it has none.
    pub fn id_str(&self) -> &str {
        self.id.as_ref().map_or("", |id| id.value.as_str())
    }

    pub fn person_name(&self) -> &str {
        self.person
            .as_ref()
            .and_then(|p| p.name.as_ref())
            .map_or("", |n| n.value.as_str())
    }

    /// Format version 2 or later: consent is a list of records.
    pub fn is_v2(&self) -> bool {
        self.consent.is_none() && self.version != Some(1)
    }

    /// Version 2's consent records that cover `what` (`plan` or `sharing`), in file order.
    pub fn consents_to<'a>(&'a self, what: &'a str) -> impl Iterator<Item = &'a ConsentRecord> {
        self.consent_records.iter().filter(move |r| r.covers(what))
    }

    /// Version 2: there are records of consent to the plan, and every one is withdrawn.
    pub fn plan_consent_withdrawn(&self) -> bool {
        let mut plan = self.consents_to("plan").peekable();
        plan.peek().is_some() && plan.all(|r| r.withdrawn.is_some())
    }

    /// The person's age in whole years on `day`, when `born` is known.
    pub fn age_on(&self, day: NaiveDate) -> Option<u32> {
        let born = self.person.as_ref()?.born.as_ref()?.value;
        day.years_since(born)
    }

    pub fn coordinator_name(&self) -> &str {
        self.coordinator
            .as_ref()
            .and_then(|c| c.name.as_ref())
            .map_or("", |n| n.value.as_str())
    }
}

#[cfg(test)]
mod tests {
    //! One source of truth per field: the field table (`fields.rs`) declares the format;
    //! these tests name any field that the every-field fixture or the model forgot. The render
    //! view is held to the fixture by the integration test `every_value_of_the_plan_appears`
    //! and the plan-level diff by `changes::tests`.

    use serde_json::Value;

    use super::Plan;
    use crate::fields::{MapSchema, Ty, PLAN, PLAN_V2};
    use crate::yaml::{self, Kind, Node};

    /// Every field of the table as a path of keys, lists stepped into.
    fn paths(schema: &MapSchema, prefix: &[&'static str], out: &mut Vec<Vec<&'static str>>) {
        for field in schema.fields {
            let mut path = prefix.to_vec();
            path.push(field.key);
            out.push(path.clone());
            match &field.ty {
                Ty::Map(inner) | Ty::List(Ty::Map(inner)) => paths(inner, &path, out),
                _ => {}
            }
        }
    }

    fn node_has(node: &Node, path: &[&str]) -> bool {
        match (&node.kind, path) {
            (_, []) => !matches!(node.kind, Kind::Null),
            (Kind::Seq(items), _) => items.iter().any(|i| node_has(i, path)),
            (Kind::Map(_), [key, rest @ ..]) => node.get(key).is_some_and(|v| node_has(v, rest)),
            _ => false,
        }
    }

    fn json_has(value: &Value, path: &[&str]) -> bool {
        match (value, path) {
            (Value::Null, _) => false,
            (_, []) => true,
            (Value::Array(items), _) => items.iter().any(|i| json_has(i, path)),
            (Value::Object(map), [key, rest @ ..]) => {
                map.get(*key).is_some_and(|v| json_has(v, rest))
            }
            _ => false,
        }
    }

    #[test]
    fn the_complete_fixture_and_the_model_hold_every_field_of_the_table() {
        every_field_of(
            &PLAN,
            "every-field.yaml",
            include_str!("../tests/fixtures/every-field.yaml"),
        );
    }

    #[test]
    fn the_complete_v2_fixture_and_the_model_hold_every_field_of_the_v2_table() {
        every_field_of(
            &PLAN_V2,
            "every-field-v2.yaml",
            include_str!("../tests/fixtures/every-field-v2.yaml"),
        );
    }

    fn every_field_of(table: &MapSchema, file: &str, every: &str) {
        let root = yaml::parse(every).root.expect("the fixture parses");
        let plan = Plan::from_node(&root);
        let mut findings = Vec::new();
        crate::structure::check(&root, &mut findings);
        assert!(findings.is_empty(), "{file}: {findings:#?}");
        let model = serde_json::to_value(plan).unwrap();
        let mut all = Vec::new();
        paths(table, &[], &mut all);
        assert!(all.len() > 60, "the table has {} fields", all.len());
        let mut forgotten = Vec::new();
        for path in all {
            let name = path.join(".");
            // Version 2's consent list is `consent_records` in the model (v1's is a mapping).
            let mut in_model = path.clone();
            if table.fields.iter().any(|f| f.key == "voice") && in_model[0] == "consent" {
                in_model[0] = "consent_records";
            }
            if !node_has(&root, &path) {
                forgotten.push(format!(
                    "tests/fixtures/{file} lacks `{name}` (a field of fields.rs)"
                ));
            } else if !json_has(&model, &in_model) {
                forgotten.push(format!(
                    "plan.rs does not read `{name}` (a field of fields.rs) into the model"
                ));
            }
        }
        assert!(forgotten.is_empty(), "{}", forgotten.join("\n"));
    }
}
