//! `ip export --format fhir`: one plan as a FHIR R4 Bundle (type `collection`) in JSON,
//! for systems that speak HL7 FHIR: a Patient, a CarePlan, one Goal per goal, a CareTeam
//! and its consent (v1: one Consent; v2: one per consent record), referring to each other
//! by `urn:uuid:` full URLs.
//!
//! Shaped this way:
//! - Typed structs serialized by serde_json, never hand-made JSON. Only the elements `ip`
//!   fills are declared; empty lists and absent values are left out (FHIR forbids empty
//!   arrays and objects).
//! - Resource ids are name-based UUIDs (v5) of the plan id and the item, so exporting the
//!   same plan twice names every resource the same way and a receiver can update instead
//!   of duplicating.
//! - The Patient is minimal: name and birth date, nothing else (`--no-person-name` drops
//!   the name too). Never an identity number: the plan format has none, on purpose.
//! - Standard codes where one fits (consent scope, category, action, actor role); plain
//!   text where none does (roles, horizons). `docs/exports.md` maps every field, names
//!   the uncoded ones and says what the export loses.
//! - Statuses that depend on the day (is a measure running?) count from `as_of`.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use uuid::Uuid;

use crate::i18n::{self, Lang};
use crate::plan::{Measure, Plan, Status};
use crate::values::same_name;

/// The namespace of every resource id `ip` makes (a fixed, random UUID).
const NAMESPACE: Uuid = Uuid::from_u128(0x5d0c_3b8e_7a41_4f0e_9c2d_1e6b_a7f3_0c94);

/// What the bundle is made with.
pub struct Options {
    /// The day measure statuses are counted from.
    pub as_of: NaiveDate,
    /// Put the person's name in the Patient and in references to it.
    pub person_name: bool,
    /// Language of the few words `ip` adds (labels of folded fields).
    pub lang: Lang,
    /// `Bundle.timestamp`.
    pub timestamp: DateTime<Utc>,
}

// ---------------------------------------------------------------------------------------------
// The FHIR R4 elements `ip` writes.

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Bundle {
    pub resource_type: &'static str,
    pub id: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub timestamp: String,
    pub entry: Vec<Entry>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    pub full_url: String,
    pub resource: Resource,
}

#[derive(Debug, Serialize)]
#[serde(tag = "resourceType")]
pub enum Resource {
    Patient(Patient),
    CarePlan(CarePlan),
    Goal(Goal),
    CareTeam(CareTeam),
    Consent(Consent),
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Patient {
    pub id: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub name: Vec<HumanName>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<NaiveDate>,
}

#[derive(Debug, Serialize)]
pub struct HumanName {
    pub text: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CarePlan {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<Identifier>,
    pub status: &'static str,
    pub intent: &'static str,
    pub title: String,
    pub subject: Reference,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<Reference>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub care_team: Vec<Reference>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<Reference>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub supporting_info: Vec<Reference>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub goal: Vec<Reference>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub activity: Vec<Activity>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub note: Vec<Annotation>,
}

#[derive(Debug, Serialize)]
pub struct Activity {
    pub detail: ActivityDetail,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ActivityDetail {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub goal: Vec<Reference>,
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheduled_period: Option<Period>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub performer: Vec<Reference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Goal {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<&'static str>,
    pub lifecycle_status: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub category: Vec<CodeableConcept>,
    pub description: CodeableConcept,
    pub subject: Reference,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub target: Vec<GoalTarget>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GoalTarget {
    pub due_date: NaiveDate,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CareTeam {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<&'static str>,
    pub status: &'static str,
    pub subject: Reference,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub participant: Vec<CareTeamParticipant>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CareTeamParticipant {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub role: Vec<CodeableConcept>,
    pub member: Reference,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_behalf_of: Option<Reference>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Consent {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Narrative>,
    pub status: &'static str,
    pub scope: CodeableConcept,
    pub category: Vec<CodeableConcept>,
    pub patient: Reference,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_time: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub performer: Vec<Reference>,
    pub policy_rule: CodeableConcept,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provision: Option<Provision>,
}

#[derive(Debug, Serialize)]
pub struct Provision {
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub actor: Vec<ProvisionActor>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub action: Vec<CodeableConcept>,
}

#[derive(Debug, Serialize)]
pub struct ProvisionActor {
    pub role: CodeableConcept,
    pub reference: Reference,
}

/// Human-readable text beside the structured data (XHTML).
#[derive(Debug, Serialize)]
pub struct Narrative {
    pub status: &'static str,
    pub div: String,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct Reference {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

impl Reference {
    fn to(urn: &str) -> Reference {
        Reference {
            reference: Some(urn.to_owned()),
            display: None,
        }
    }

    /// A reference by name only: people and services the plan names but `ip` makes no
    /// resource for.
    fn text(display: impl Into<String>) -> Reference {
        Reference {
            reference: None,
            display: Some(display.into()),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Identifier {
    #[serde(rename = "use")]
    pub usage: &'static str,
    pub value: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Period {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
}

impl Period {
    /// A period, or none when both ends are unknown (an empty object is not FHIR).
    fn of(start: Option<NaiveDate>, end: Option<NaiveDate>) -> Option<Period> {
        (start.is_some() || end.is_some()).then_some(Period { start, end })
    }
}

#[derive(Debug, Serialize)]
pub struct Annotation {
    pub text: String,
}

#[derive(Debug, Serialize, Default)]
pub struct CodeableConcept {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub coding: Vec<Coding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl CodeableConcept {
    fn text(text: impl Into<String>) -> CodeableConcept {
        CodeableConcept {
            coding: Vec::new(),
            text: Some(text.into()),
        }
    }

    fn code(system: &'static str, code: &'static str, display: &'static str) -> CodeableConcept {
        CodeableConcept {
            coding: vec![Coding {
                system,
                code,
                display,
            }],
            text: None,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Coding {
    pub system: &'static str,
    pub code: &'static str,
    pub display: &'static str,
}

// ---------------------------------------------------------------------------------------------
// The mapping (docs/exports.md says the same in prose).

/// The bundle of one plan. `valid` is false only for a plan exported with `--draft`: its
/// CarePlan is then a `draft`. `file` names a plan without an id (its resources' ids
/// come from it).
pub fn bundle(plan: &Plan, valid: bool, file: &str, options: &Options) -> Bundle {
    let key = match plan.id.as_ref() {
        Some(id) => format!("plan:{}", id.value),
        None => format!("file:{file}"),
    };
    let urn = |kind: &str, item: &str| {
        let id = Uuid::new_v5(&NAMESPACE, format!("{key}/{kind}/{item}").as_bytes());
        (id.to_string(), format!("urn:uuid:{id}"))
    };
    let lang = options.lang;
    let language = plan.language.map(Lang::code);
    let open = plan.status == Status::Active;
    let person_name = plan.person_name();

    let (patient_id, patient_urn) = urn("Patient", "");
    let patient_ref = Reference {
        reference: Some(patient_urn.clone()),
        display: (options.person_name && !person_name.is_empty()).then(|| person_name.to_owned()),
    };
    let patient = Patient {
        id: patient_id,
        name: if options.person_name && !person_name.is_empty() {
            vec![HumanName {
                text: person_name.to_owned(),
            }]
        } else {
            Vec::new()
        },
        birth_date: plan
            .person
            .as_ref()
            .and_then(|p| p.born.as_ref())
            .map(|b| b.value),
    };

    let (team_id, team_urn) = urn("CareTeam", "");
    // Who a participant id is: the person (a reference to the Patient) when the
    // participant has the person's name, else the name as text.
    let member = |participant_id: &str| -> Reference {
        if participant_id == "coordinator" {
            let name = plan.coordinator_name();
            return Reference::text(if name.is_empty() {
                label(lang, "coordinator")
            } else {
                name
            });
        }
        let found = plan
            .participants
            .iter()
            .find(|p| p.id.as_ref().is_some_and(|id| id.value == participant_id));
        match found.and_then(|p| p.name.as_deref()) {
            Some(name) if !person_name.is_empty() && same_name(name, person_name) => {
                patient_ref.clone()
            }
            Some(name) => Reference::text(name),
            None => Reference::text(participant_id),
        }
    };

    let mut participants = Vec::new();
    if let Some(c) = &plan.coordinator {
        let mut role = vec![CodeableConcept::text(label(lang, "coordinator"))];
        role.extend(c.role.as_deref().map(CodeableConcept::text));
        participants.push(CareTeamParticipant {
            role,
            member: member("coordinator"),
            on_behalf_of: c.organisation.as_deref().map(Reference::text),
        });
    }
    for p in &plan.participants {
        let id = p.id.as_ref().map_or("", |id| id.value.as_str());
        let member = if id.is_empty() {
            Reference::text(p.name.as_deref().unwrap_or("?"))
        } else {
            member(id)
        };
        let is_patient = member.reference.is_some();
        participants.push(CareTeamParticipant {
            role: p
                .role
                .as_deref()
                .map(CodeableConcept::text)
                .into_iter()
                .collect(),
            // FHIR: only a practitioner acts on behalf of an organisation.
            on_behalf_of: p
                .organisation
                .as_deref()
                .filter(|_| !is_patient)
                .map(Reference::text),
            member,
        });
    }
    let period = plan.period.as_ref().and_then(|p| {
        Period::of(
            p.start.as_ref().map(|d| d.value),
            p.end.as_ref().map(|d| d.value),
        )
    });
    let care_team = CareTeam {
        id: team_id,
        language,
        status: match (valid, open) {
            (false, _) => "proposed",
            (true, true) => "active",
            (true, false) => "inactive",
        },
        subject: Reference::to(&patient_urn),
        period: period.clone(),
        participant: participants,
    };

    let mut goals = Vec::new();
    let mut goal_refs = Vec::new();
    for (i, g) in plan.goals.iter().enumerate() {
        let item =
            g.id.as_ref()
                .map_or_else(|| format!("#{}", i + 1), |id| id.value.clone());
        let (id, goal_urn) = urn("Goal", &item);
        goal_refs.push((item.clone(), Reference::to(&goal_urn)));
        goals.push(Goal {
            id,
            language,
            lifecycle_status: match (valid, open) {
                (false, _) => "proposed",
                (true, true) => "active",
                (true, false) => "completed",
            },
            category: g
                .horizon
                .as_deref()
                .and_then(|h| match h {
                    "long" => Some(label(lang, "horizon_long")),
                    "short" => Some(label(lang, "horizon_short")),
                    _ => None,
                })
                .map(CodeableConcept::text)
                .into_iter()
                .collect(),
            description: CodeableConcept::text(
                g.description
                    .clone()
                    .unwrap_or_else(|| format!("{} {item}", label(lang, "goal"))),
            ),
            subject: Reference::to(&patient_urn),
            target: g
                .target
                .map(|due_date| GoalTarget { due_date })
                .into_iter()
                .collect(),
        });
    }

    let activity = plan
        .measures
        .iter()
        .map(|m| Activity {
            detail: ActivityDetail {
                goal: m
                    .goals
                    .iter()
                    .filter_map(|g| {
                        goal_refs
                            .iter()
                            .find(|(item, _)| *item == g.value)
                            .map(|(_, r)| r.clone())
                    })
                    .collect(),
                status: activity_status(m, open, options.as_of),
                scheduled_period: Period::of(
                    m.start.as_ref().map(|d| d.value),
                    m.end.as_ref().map(|d| d.value),
                ),
                performer: m
                    .responsible
                    .as_ref()
                    .map(|r| member(&r.value))
                    .into_iter()
                    .collect(),
                description: measure_text(m, lang),
            },
        })
        .collect();

    let title = match plan.id.as_ref() {
        Some(id) => format!("{} {}", label(lang, "title"), id.value),
        None => label(lang, "title").to_owned(),
    };
    let (care_plan_id, care_plan_urn) = urn("CarePlan", "");
    let care_plan = CarePlan {
        id: care_plan_id,
        language,
        identifier: plan
            .id
            .as_ref()
            .map(|id| Identifier {
                usage: "usual",
                value: id.value.clone(),
            })
            .into_iter()
            .collect(),
        status: match (valid, plan.status) {
            (false, _) => "draft",
            (true, Status::Active) => "active",
            (true, Status::Closed) => "completed",
        },
        intent: "plan",
        title,
        subject: Reference::to(&patient_urn),
        period,
        author: plan.coordinator.as_ref().map(|_| member("coordinator")),
        care_team: vec![Reference::to(&team_urn)],
        addresses: plan
            .needs
            .iter()
            .map(|n| Reference::text(n.value.clone()))
            .collect(),
        supporting_info: plan
            .resources
            .iter()
            .map(|r| Reference::text(r.value.clone()))
            .collect(),
        goal: goal_refs.iter().map(|(_, r)| r.clone()).collect(),
        activity,
        note: plan
            .cooperation
            .iter()
            .filter_map(|c| {
                let with = c.with.as_deref()?;
                let mut text = format!("{}: {with}", label(lang, "cooperation"));
                for part in [c.about.as_deref(), c.contact.as_deref()]
                    .into_iter()
                    .flatten()
                {
                    text.push_str(" – ");
                    text.push_str(part);
                }
                Some(Annotation { text })
            })
            .collect(),
    };

    let mut consents: Vec<Consent> = plan
        .consent
        .as_ref()
        .map(|c| {
            let (id, _) = urn("Consent", "");
            let given = c.given.as_ref().map(|d| d.value);
            let withdrawn = c.withdrawn.as_ref().map(|d| d.value);
            let sharing = c.sharing.as_ref().map(|s| s.value);
            let performer = match c.by.as_deref().map(String::as_str) {
                Some("person") => Some(patient_ref.clone()),
                Some(_) => Some(Reference::text(c.name.as_ref().map_or_else(
                    || label(lang, "consent_by_representative").to_owned(),
                    |n| n.value.clone(),
                ))),
                None => None,
            };
            let provision = Provision {
                kind: sharing.map(|s| if s { "permit" } else { "deny" }),
                period: Period::of(given, withdrawn),
                actor: sharing
                    .map(|_| ProvisionActor {
                        role: CodeableConcept::code(
                            "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                            "IRCP",
                            "information recipient",
                        ),
                        reference: Reference::to(&team_urn),
                    })
                    .into_iter()
                    .collect(),
                action: sharing
                    .map(|_| {
                        CodeableConcept::code(
                            "http://terminology.hl7.org/CodeSystem/consentaction",
                            "disclose",
                            "Disclose",
                        )
                    })
                    .into_iter()
                    .collect(),
            };
            let has_provision = provision.kind.is_some() || provision.period.is_some();
            Consent {
                id,
                language,
                text: c.note.as_deref().map(|note| Narrative {
                    status: "additional",
                    div: format!(
                        "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>{}: {}</p></div>",
                        xhtml_text(label(lang, "limits")),
                        xhtml_text(note)
                    ),
                }),
                status: if withdrawn.is_some() {
                    "inactive"
                } else {
                    "active"
                },
                scope: CodeableConcept::code(
                    "http://terminology.hl7.org/CodeSystem/consentscope",
                    "patient-privacy",
                    "Privacy Consent",
                ),
                category: vec![CodeableConcept::code(
                    "http://loinc.org",
                    "59284-0",
                    "Patient Consent",
                )],
                patient: Reference::to(&patient_urn),
                date_time: given,
                performer: performer.into_iter().collect(),
                policy_rule: CodeableConcept::text(POLICY),
                provision: has_provision.then_some(provision),
            }
        })
        .into_iter()
        .collect();
    // Version 2: a Consent per record. Consent to the plan has the scope `treatment` (the
    // coordinated services the plan is about), consent to share `patient-privacy` with
    // the care team as the recipient. The period ends when it was withdrawn, else on
    // `until`; a record is inactive once withdrawn or past `until` on the as-of day.
    for (i, r) in plan.consent_records.iter().enumerate() {
        let (id, _) = urn("Consent", &(i + 1).to_string());
        let given = r.given.as_ref().map(|d| d.value);
        let withdrawn = r.withdrawn.as_ref().map(|d| d.value);
        let until = r.until.as_ref().map(|d| d.value);
        let sharing = r.covers.as_deref().map(String::as_str) == Some("sharing");
        let performer = r.party.as_deref().map(|party| {
            if party == "person" {
                return patient_ref.clone();
            }
            let name = plan
                .person
                .iter()
                .flat_map(|p| &p.representatives)
                .find(|rep| rep.id.as_deref().map(String::as_str) == Some(party.as_str()))
                .and_then(|rep| rep.name.clone());
            Reference::text(
                name.unwrap_or_else(|| label(lang, "consent_by_representative").to_owned()),
            )
        });
        let ended = withdrawn.is_some() || until.is_some_and(|u| u < options.as_of);
        let provision = Provision {
            kind: Some("permit"),
            period: Period::of(given, withdrawn.or(until)),
            actor: sharing
                .then(|| ProvisionActor {
                    role: CodeableConcept::code(
                        "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                        "IRCP",
                        "information recipient",
                    ),
                    reference: Reference::to(&team_urn),
                })
                .into_iter()
                .collect(),
            action: sharing
                .then(|| {
                    CodeableConcept::code(
                        "http://terminology.hl7.org/CodeSystem/consentaction",
                        "disclose",
                        "Disclose",
                    )
                })
                .into_iter()
                .collect(),
        };
        consents.push(Consent {
            id,
            language,
            text: r.note.as_deref().map(|note| Narrative {
                status: "additional",
                div: format!(
                    "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>{}: {}</p></div>",
                    xhtml_text(label(lang, "limits")),
                    xhtml_text(note)
                ),
            }),
            status: if ended { "inactive" } else { "active" },
            scope: if sharing {
                CodeableConcept::code(
                    "http://terminology.hl7.org/CodeSystem/consentscope",
                    "patient-privacy",
                    "Privacy Consent",
                )
            } else {
                CodeableConcept::code(
                    "http://terminology.hl7.org/CodeSystem/consentscope",
                    "treatment",
                    "Treatment",
                )
            },
            category: vec![CodeableConcept::code(
                "http://loinc.org",
                "59284-0",
                "Patient Consent",
            )],
            patient: Reference::to(&patient_urn),
            date_time: given,
            performer: performer.into_iter().collect(),
            policy_rule: CodeableConcept::text(POLICY),
            provision: Some(provision),
        });
    }

    let mut entry = vec![
        Entry {
            full_url: patient_ref.reference.clone().unwrap_or_default(),
            resource: Resource::Patient(patient),
        },
        Entry {
            full_url: care_plan_urn,
            resource: Resource::CarePlan(care_plan),
        },
    ];
    for (goal, (_, r)) in goals.into_iter().zip(&goal_refs) {
        entry.push(Entry {
            full_url: r.reference.clone().unwrap_or_default(),
            resource: Resource::Goal(goal),
        });
    }
    entry.push(Entry {
        full_url: team_urn,
        resource: Resource::CareTeam(care_team),
    });
    for consent in consents {
        entry.push(Entry {
            full_url: format!("urn:uuid:{}", consent.id),
            resource: Resource::Consent(consent),
        });
    }
    Bundle {
        resource_type: "Bundle",
        id: urn("Bundle", "").0,
        kind: "collection",
        timestamp: options.timestamp.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        entry,
    }
}

/// The rule the consent was given under (`Consent.policyRule`): no code system has one
/// for Norwegian law, so it is text.
const POLICY: &str = "forskrift om individuell plan";

/// A measure's status on `as_of`: ended, not begun, or running; in a closed plan,
/// whatever had not ended was stopped (or cancelled, if it never began).
fn activity_status(measure: &Measure, open: bool, as_of: NaiveDate) -> &'static str {
    let start = measure.start.as_ref().map(|d| d.value);
    let end = measure.end.as_ref().map(|d| d.value);
    let begun = start.is_none_or(|s| s <= as_of);
    if end.is_some_and(|e| e < as_of) {
        "completed"
    } else if !open {
        if begun {
            "stopped"
        } else {
            "cancelled"
        }
    } else if begun {
        "in-progress"
    } else {
        "not-started"
    }
}

/// A measure in one text: what it is, then its extent and how, each with its label (FHIR
/// has no elements of their own for them).
fn measure_text(measure: &Measure, lang: Lang) -> Option<String> {
    let mut lines: Vec<String> = measure.description.iter().cloned().collect();
    for (key, value) in [("extent", &measure.extent), ("how", &measure.how)] {
        if let Some(value) = value {
            lines.push(format!("{}: {value}", label(lang, key)));
        }
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// A label of the rendered plan in `lang` (`i18n.rs`).
fn label(lang: Lang, key: &str) -> &'static str {
    i18n::labels(lang)
        .into_iter()
        .find(|(k, _)| *k == key)
        .map_or("", |(_, text)| text)
}

/// Text for XHTML: markup characters escaped, control characters (not allowed in XML)
/// made spaces.
fn xhtml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;
    use crate::check::check_bytes;

    const PLAN_YAML: &str = include_str!("../../tests/fixtures/valid/complete.yaml");

    fn export(yaml: &str, person_name: bool) -> Value {
        let plan = check_bytes(yaml.as_bytes()).plan.expect("a plan");
        let options = Options {
            as_of: NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
            person_name,
            lang: Lang::Nn,
            timestamp: DateTime::from_timestamp(0, 0).unwrap(),
        };
        serde_json::to_value(bundle(&plan, true, "x.yaml", &options)).unwrap()
    }

    fn resource<'a>(bundle: &'a Value, kind: &str) -> &'a Value {
        bundle["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| &e["resource"])
            .find(|r| r["resourceType"] == kind)
            .unwrap_or_else(|| panic!("no {kind}"))
    }

    #[test]
    fn ids_are_stable_and_every_reference_is_in_the_bundle() {
        let a = export(PLAN_YAML, true);
        assert_eq!(a, export(PLAN_YAML, true));
        let full_urls: Vec<&str> = a["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["fullUrl"].as_str().unwrap())
            .collect();
        let text = a.to_string();
        let mut references = 0;
        for part in text.split("\"reference\":\"").skip(1) {
            let target = &part[..part.find('"').unwrap()];
            assert!(full_urls.contains(&target), "{target} is not in the bundle");
            references += 1;
        }
        assert!(references > 10, "{references}");
    }

    #[test]
    fn measures_are_activities_with_status_period_goals_and_performer() {
        let b = export(PLAN_YAML, true);
        let plan = resource(&b, "CarePlan");
        let m1 = &plan["activity"][0]["detail"];
        assert_eq!(m1["status"], "in-progress");
        assert_eq!(m1["scheduledPeriod"]["start"], "2026-02-01");
        assert_eq!(m1["scheduledPeriod"]["end"], "2026-12-31");
        assert_eq!(m1["performer"][0]["display"], "Heimetenesta");
        assert_eq!(
            m1["description"],
            format!(
                "Praktisk bistand\n{}: 2 timar kvar veke\n{}: Heimetenesta kjem tysdag og fredag.",
                label(Lang::Nn, "extent"),
                label(Lang::Nn, "how")
            )
        );
        assert_eq!(m1["goal"][0], plan["goal"][0]);
        // `kari` is the person: a reference to the Patient, not a name in a text.
        let m2 = &plan["activity"][1]["detail"];
        assert_eq!(
            m2["performer"][0]["reference"],
            resource(&b, "Patient")["id"]
                .as_str()
                .map(|id| format!("urn:uuid:{id}"))
                .unwrap()
        );
    }

    #[test]
    fn measure_status_counts_from_the_day() {
        let plan = check_bytes(PLAN_YAML.as_bytes()).plan.unwrap();
        let m1 = &plan.measures[0];
        let day = |s: &str| crate::values::parse_iso_date(s).unwrap();
        assert_eq!(activity_status(m1, true, day("2026-01-31")), "not-started");
        assert_eq!(activity_status(m1, true, day("2026-12-31")), "in-progress");
        assert_eq!(activity_status(m1, true, day("2027-01-01")), "completed");
        assert_eq!(activity_status(m1, false, day("2026-06-01")), "stopped");
        assert_eq!(activity_status(m1, false, day("2026-01-01")), "cancelled");
    }

    #[test]
    fn consent_maps_status_scope_and_sharing() {
        let b = export(PLAN_YAML, true);
        let consent = resource(&b, "Consent");
        assert_eq!(consent["status"], "active");
        assert_eq!(consent["scope"]["coding"][0]["code"], "patient-privacy");
        assert_eq!(consent["dateTime"], "2026-01-10");
        assert_eq!(consent["provision"]["type"], "permit");
        let withdrawn = PLAN_YAML
            .replace("withdrawn: null", "withdrawn: 2026-05-01")
            .replace("sharing: true", "sharing: false")
            .replace("note: null", "note: \"Not <b>school</b> & not NAV\"");
        let b = export(&withdrawn, true);
        let consent = resource(&b, "Consent");
        assert_eq!(consent["status"], "inactive");
        assert_eq!(consent["provision"]["type"], "deny");
        assert_eq!(consent["provision"]["period"]["end"], "2026-05-01");
        assert_eq!(
            consent["text"]["div"],
            format!(
                "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>{}: Not &lt;b&gt;school&lt;/b&gt; &amp; not NAV</p></div>",
                label(Lang::Nn, "limits")
            )
        );
    }

    #[test]
    fn the_patient_is_name_and_birth_date_only_and_the_name_can_go() {
        let b = export(PLAN_YAML, true);
        let patient = resource(&b, "Patient");
        let keys: Vec<&str> = patient
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, ["resourceType", "id", "name", "birthDate"]);
        let text = export(PLAN_YAML, false).to_string();
        assert!(!text.contains("Kari Nordmann"), "{text}");
        assert!(!text.contains("900 00 000"));
        assert!(text.contains("2008-05-02"));
    }
}
