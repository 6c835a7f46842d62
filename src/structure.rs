//! The structural check: a parsed plan against the field table (`fields.rs`): types,
//! unknown keys with the nearest known key, required keys with the law's letter, ISO
//! dates, allowed values. Every problem is a finding; the check never stops early.

use crate::diagnostic::{pointer_join, Finding, Pos};
use crate::fields::{self, Field, MapSchema, Ty};
use crate::messages::{self, msg};
use crate::rules::{self, Rule};
use crate::values::{iso_suggestion, nearest, parse_iso_date, Duration};
use crate::yaml::{Kind, Node};

/// Checks a parsed plan against the table, pushing a finding for every problem.
pub fn check(root: &Node, findings: &mut Vec<Finding>) {
    let mut out = Sink {
        findings,
        suggestions: 0,
        not_required: &[],
    };
    let table = fields::plan_table(format_version(root));
    // A coordinator-only record or a declined offer has no plan content to require (and a
    // declined offer no consent).
    if table.fields.iter().any(|f| f.key == "kind") {
        out.not_required = fields::not_required(root.get("kind").and_then(Node::as_str));
    }
    check_map(root, table, &Loc::Plan, &mut out);
}

/// The format version a plan is written in: its `version` when that is 1 or 2; else (no
/// version, or one this `ip` does not know, already a finding) guessed from its shape: a
/// `consent` mapping is version 1, a list of consent records version 2.
pub fn format_version(root: &Node) -> Option<i64> {
    match root.get("version").map(|v| &v.kind) {
        Some(Kind::Int(v @ (1 | 2))) => Some(*v),
        _ => match root.get("consent").map(|c| &c.kind) {
            Some(Kind::Map(_)) => Some(1),
            _ => Some(fields::CURRENT_VERSION),
        },
    }
}

/// How many unknown keys and values get a "did you mean": each suggestion compares the
/// word with every known one, which for 100,000 unknown keys (a hostile 8 MiB file) took
/// seconds; a plan with more mistakes than this has no typo to point out.
const SUGGESTIONS: usize = 1_000;

/// Where findings go, with the suggestions left.
struct Sink<'a> {
    findings: &'a mut Vec<Finding>,
    suggestions: usize,
    /// Top-level keys not required of this plan (its `kind` needs no plan content).
    not_required: &'static [&'static str],
}

impl Sink<'_> {
    fn push(&mut self, finding: Finding) {
        self.findings.push(finding);
    }

    fn nearest<'a>(
        &mut self,
        word: &str,
        known: impl IntoIterator<Item = &'a str>,
    ) -> Option<&'a str> {
        if self.suggestions >= SUGGESTIONS {
            return None;
        }
        self.suggestions += 1;
        nearest(word, known)
    }
}

/// Where a value is in the plan. A finding's pointer (`/measures/2/goals`) and the value's
/// name in messages ("measure `m2`", "`consent.date`", "entry 3 of `goals`") are made from
/// it only when there is a finding: made for every value of every plan, they took a sixth
/// of `ip validate`'s time (the names are Fluent messages).
#[derive(Clone, Copy)]
enum Loc<'a> {
    /// The plan itself.
    Plan,
    /// The value of `key` in the mapping at `map`.
    Key { map: &'a Loc<'a>, key: &'a str },
    /// Entry `index` (0-based) of the list at `list`.
    Entry { list: &'a Loc<'a>, index: usize },
    /// A mapping in a list, named by its `id` or number ("measure `m2`", "participant 3").
    Item {
        list: &'a Loc<'a>,
        index: usize,
        schema: &'a MapSchema,
        item: &'a Node,
    },
}

impl Loc<'_> {
    fn pointer(&self) -> String {
        match self {
            Loc::Plan => String::new(),
            Loc::Key { map, key } => pointer_join(&map.pointer(), key),
            Loc::Entry { list, index } | Loc::Item { list, index, .. } => {
                pointer_join(&list.pointer(), &index.to_string())
            }
        }
    }

    /// The value's name in messages; `None` for the plan.
    fn path(&self) -> Option<String> {
        Some(match self {
            Loc::Plan => return None,
            Loc::Key { map, key } => match map.path() {
                Some(p) if !p.starts_with('`') => msg(
                    "finding-key-of",
                    &[("key", (*key).into()), ("owner", p.into())],
                ),
                Some(p) => format!("`{}.{key}`", p.trim_matches('`')),
                None => format!("`{key}`"),
            },
            Loc::Entry { list, index } => entry(*index, &list.name()),
            Loc::Item {
                schema,
                item,
                index,
                ..
            } => item_name(schema, item, *index),
        })
    }

    /// A value's name in messages ("" for the plan, which is never a value).
    fn name(&self) -> String {
        self.path().unwrap_or_default()
    }

    /// A mapping's name as the owner of its keys ("the plan" for the plan).
    fn owner(&self) -> String {
        self.path().unwrap_or_else(|| msg("finding-the-plan", &[]))
    }

    /// A key of the plan itself.
    fn is_top_level(&self) -> bool {
        matches!(self, Loc::Key { map: Loc::Plan, .. })
    }
}

fn check_map(node: &Node, schema: &MapSchema, here: &Loc, out: &mut Sink) {
    let Kind::Map(entries) = &node.kind else {
        return;
    };
    let is_plan = matches!(here, Loc::Plan);
    for (key, value) in entries {
        let Some(name) = key.as_str() else {
            out.push(
                Finding::new(
                    &rules::format::UNKNOWN_KEY,
                    msg(
                        "finding-key-not-text",
                        &[
                            ("key", key.key_text().into()),
                            ("owner", here.owner().into()),
                            ("example", schema.fields[0].key.into()),
                        ],
                    ),
                    here.pointer(),
                    key.pos,
                )
                .help(msg("finding-key-not-text-help", &[])),
            );
            continue;
        };
        let child = Loc::Key {
            map: here,
            key: name,
        };
        let Some(field) = schema.fields.iter().find(|f| f.key == name) else {
            let suggestion = out.nearest(name, schema.fields.iter().map(|f| f.key));
            let owner = here.owner();
            let known = [
                ("owner", owner.as_str().into()),
                ("keys", key_list(schema).into()),
            ];
            let help = match suggestion {
                Some(s) => {
                    let near = msg("finding-did-you-mean", &[("word", s.into())]);
                    format!("{near} {}", msg("finding-unknown-key-help-near", &known))
                }
                None => msg("finding-unknown-key-help", &known),
            };
            out.push(
                Finding::new(
                    &rules::format::UNKNOWN_KEY,
                    msg(
                        "finding-unknown-key",
                        &[("key", name.into()), ("owner", owner.as_str().into())],
                    ),
                    child.pointer(),
                    key.pos,
                )
                .help(help),
            );
            continue;
        };
        let blank = match &value.kind {
            Kind::Null => true,
            Kind::Str(s) => s.trim().is_empty(),
            _ => false,
        };
        if blank {
            if is_plan && out.not_required.contains(&field.key) {
                continue;
            }
            if let Some(rule) = field.required {
                out.push(missing(rule, field, here, &child, value.pos, true));
            }
            continue;
        }
        check_value(value, &field.ty, field, &child, here, out);
    }
    for field in schema.fields {
        if is_plan && out.not_required.contains(&field.key) {
            continue;
        }
        if let Some(rule) = field.required {
            if node.get(field.key).is_none() {
                let child = Loc::Key {
                    map: here,
                    key: field.key,
                };
                out.push(missing(rule, field, here, &child, node.pos, false));
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

/// `field` of the mapping at `owner` is missing or empty (`present`); `here` is the field.
fn missing(
    rule: &Rule,
    field: &Field,
    owner: &Loc,
    here: &Loc,
    pos: Pos,
    present: bool,
) -> Finding {
    let owner = owner.owner();
    let args = [("key", field.key.into()), ("owner", owner.as_str().into())];
    let message = if present {
        msg("finding-empty", &args)
    } else {
        msg("finding-missing", &args)
    };
    let message = match rule.item {
        Some(letter) => msg(
            "finding-content-item",
            &[
                ("message", message.into()),
                ("letter", letter.to_string().into()),
            ],
        ),
        None => message,
    };
    let shape = match field.ty {
        Ty::List(_) => "list",
        Ty::Map(_) => "map",
        _ => "value",
    };
    let help = msg(
        "finding-missing-help",
        &[("key", field.key.into()), ("shape", shape.into())],
    );
    Finding::new(rule, message, here.pointer(), pos).help(with_doc(help, field))
}

/// `text` with what the field holds, in the person's language (`field_docs`).
fn with_doc(text: String, field: &Field) -> String {
    format!(
        "{text}: {}",
        crate::field_docs::describe(field.doc, messages::current())
    )
}

/// Checks the value at `here` against `ty` (the type of `field`, or of its list's entries);
/// `owner` is the mapping that holds `field`.
fn check_value(node: &Node, ty: &Ty, field: &Field, here: &Loc, owner: &Loc, out: &mut Sink) {
    match (ty, &node.kind) {
        (Ty::Text, Kind::Str(_)) | (Ty::Bool, Kind::Bool(_)) => {}
        (Ty::Version(v), Kind::Int(found)) if v == found => {}
        (Ty::Version(v), _) => {
            let found = match &node.kind {
                Kind::Str(s) => format!("\"{s}\""),
                Kind::Int(i) => i.to_string(),
                other => other.type_name(),
            };
            out.push(
                Finding::new(
                    &rules::format::VERSION,
                    msg("finding-version", &[("found", found.into())]),
                    here.pointer(),
                    node.pos,
                )
                .help(if *v == 1 {
                    msg("finding-version-help-v1", &[])
                } else {
                    msg("finding-version-help", &[("version", (*v).into())])
                }),
            );
        }
        (Ty::Text, Kind::Int(_) | Kind::Float(_) | Kind::Bool(_)) => out.push(
            Finding::new(
                &rules::format::WRONG_TYPE,
                msg(
                    "finding-not-text",
                    &[
                        ("path", here.name().into()),
                        ("found", node.kind.type_name().into()),
                    ],
                ),
                here.pointer(),
                node.pos,
            )
            .help(msg("finding-not-text-help", &[])),
        ),
        (Ty::Date, Kind::Str(s)) => {
            if parse_iso_date(s).is_none() {
                out.push(invalid_date(s, here, node.pos));
            }
        }
        (Ty::Date, Kind::Int(i)) => out.push(invalid_date(&i.to_string(), here, node.pos)),
        (Ty::Date, Kind::Float(f)) => out.push(invalid_date(&f.to_string(), here, node.pos)),
        (Ty::Duration, Kind::Str(s)) => {
            if Duration::parse(s).is_none() {
                out.push(
                    Finding::new(
                        &rules::format::INVALID_VALUE,
                        msg(
                            "finding-not-duration",
                            &[("path", here.name().into()), ("value", s.as_str().into())],
                        ),
                        here.pointer(),
                        node.pos,
                    )
                    .help(msg("finding-not-duration-help", &[])),
                );
            }
        }
        (Ty::Enum(allowed), Kind::Str(s)) => {
            if !allowed.contains(&s.as_str()) {
                let allowed_list = [("allowed", allowed.join(", ").into())];
                let help = match out.nearest(s, allowed.iter().copied()) {
                    Some(n) => format!(
                        "{} {}",
                        msg("finding-did-you-mean", &[("word", n.into())]),
                        msg("finding-allowed-near", &allowed_list)
                    ),
                    None => msg("finding-allowed", &allowed_list),
                };
                out.push(
                    Finding::new(
                        &rules::format::INVALID_VALUE,
                        msg(
                            "finding-not-allowed",
                            &[("path", here.name().into()), ("value", s.as_str().into())],
                        ),
                        here.pointer(),
                        node.pos,
                    )
                    .help(help),
                );
            }
        }
        (Ty::List(item_ty), Kind::Seq(items)) => {
            // A top-level list the record's kind need not have may be empty too.
            let optional_here = here.is_top_level() && out.not_required.contains(&field.key);
            if items.is_empty() && field.non_empty && !optional_here {
                if let Some(rule) = field.required {
                    out.push(missing(rule, field, owner, here, node.pos, true));
                }
            }
            for (index, item) in items.iter().enumerate() {
                let entry_here = Loc::Entry { list: here, index };
                match (item_ty, &item.kind) {
                    (Ty::Map(schema), Kind::Map(_)) => {
                        let item_here = Loc::Item {
                            list: here,
                            index,
                            schema,
                            item,
                        };
                        check_map(item, schema, &item_here, out);
                    }
                    (_, Kind::Null) => out.push(
                        Finding::new(
                            &rules::format::WRONG_TYPE,
                            msg(
                                "finding-entry-empty",
                                &[("entry", entry_here.name().into())],
                            ),
                            entry_here.pointer(),
                            item.pos,
                        )
                        .help(msg("finding-entry-empty-help", &[])),
                    ),
                    (Ty::Text, Kind::Str(text)) if text.trim().is_empty() => out.push(
                        Finding::new(
                            &rules::format::WRONG_TYPE,
                            msg(
                                "finding-entry-blank",
                                &[("entry", entry_here.name().into())],
                            ),
                            entry_here.pointer(),
                            item.pos,
                        )
                        .help(msg("finding-entry-blank-help", &[])),
                    ),
                    _ => check_value(item, item_ty, field, &entry_here, owner, out),
                }
            }
        }
        (Ty::Map(schema), Kind::Map(_)) => check_map(node, schema, here, out),
        (ty, _) => out.push(
            Finding::new(
                &rules::format::WRONG_TYPE,
                msg(
                    "finding-wrong-type",
                    &[
                        ("path", here.name().into()),
                        ("expected", ty_name(ty).into()),
                        ("found", node.kind.type_name().into()),
                    ],
                ),
                here.pointer(),
                node.pos,
            )
            .help(type_help(ty, field)),
        ),
    }
}

/// "entry 3 of `goals`": the `i`th (0-based) entry of the list at `path`.
fn entry(i: usize, path: &str) -> String {
    msg(
        "finding-entry",
        &[("number", (i + 1).into()), ("path", path.into())],
    )
}

/// A mapping in a list as messages name it: "measure `m2`", "participant 3".
fn item_name(schema: &MapSchema, item: &Node, index: usize) -> String {
    // The table's nouns are English words; the message files select on them, spaces
    // made dashes ("cooperation entry" → `cooperation-entry`).
    let noun = schema.noun.replace(' ', "-");
    match item.get("id").and_then(Node::as_str) {
        Some(id) => msg(
            "finding-item-with-id",
            &[("noun", noun.into()), ("id", id.into())],
        ),
        None => msg(
            "finding-item-number",
            &[("noun", noun.into()), ("number", (index + 1).into())],
        ),
    }
}

fn invalid_date(s: &str, here: &Loc, pos: Pos) -> Finding {
    let args = [("path", here.name().into()), ("value", s.into())];
    let (message, help) = match iso_suggestion(s) {
        Some(iso) => (
            msg("finding-not-a-date", &args),
            msg("finding-not-a-date-help-iso", &[("date", iso.into())]),
        ),
        None if looks_iso(s) => (
            msg("finding-no-such-day", &args),
            msg("finding-no-such-day-help", &[]),
        ),
        None => (
            msg("finding-not-a-date", &args),
            msg("finding-not-a-date-help", &[]),
        ),
    };
    Finding::new(&rules::format::INVALID_DATE, message, here.pointer(), pos).help(help)
}

fn looks_iso(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10 && b[4] == b'-' && b[7] == b'-'
}

/// What a value of type `ty` is, for "should be X".
fn ty_name(ty: &Ty) -> String {
    let which = match ty {
        Ty::Text => "text",
        Ty::Bool => "bool",
        Ty::Date => "date",
        Ty::Duration => "duration",
        Ty::Version(1) => "version-1",
        Ty::Version(_) => "version-2",
        Ty::Enum(_) => "enum",
        Ty::List(_) => "list",
        Ty::Map(_) => "map",
    };
    msg("finding-expected", &[("type", which.into())])
}

fn type_help(ty: &Ty, field: &Field) -> String {
    let key = ("key", field.key.into());
    match ty {
        Ty::List(_) => msg("finding-type-help-list", &[key]),
        Ty::Map(schema) => msg(
            "finding-type-help-map",
            &[key, ("keys", key_list(schema).into())],
        ),
        Ty::Bool => msg("finding-type-help-bool", &[]),
        Ty::Enum(allowed) => msg("finding-allowed", &[("allowed", allowed.join(", ").into())]),
        _ => msg(
            "finding-type-help-doc",
            &[
                key,
                (
                    "doc",
                    crate::field_docs::describe(field.doc, messages::current()).into(),
                ),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{edit, findings};

    /// The messages of the findings of `plan` at `pointer` (in English: unit tests set no
    /// language).
    fn said_at(plan: &str, pointer: &str) -> Vec<String> {
        findings(plan)
            .into_iter()
            .filter(|f| f.pointer == pointer)
            .map(|f| f.message)
            .collect()
    }

    #[test]
    fn a_finding_deep_in_the_plan_names_its_place_in_words_and_as_a_pointer() {
        // A blank entry in the goals of the second measure, a list item in a list item.
        let plan = edit(|p| p.replace("goals: [g1, g2]", "goals: [g1, \" \"]"));
        let said = said_at(&plan, "/measures/1/goals/1");
        assert!(
            said.contains(&"entry 2 of `goals` of measure `m2` is blank".into()),
            "{said:?}"
        );
        // A key of a mapping inside a top-level mapping: a dotted path.
        let plan = edit(|p| p.replace("given: 2026-01-10", "given: 10.01.2026"));
        let said = said_at(&plan, "/consent/given");
        assert!(
            said.iter()
                .any(|m| m.starts_with("`consent.given` is \"10.01.2026\"")),
            "{said:?}"
        );
        // A measure without an id is named by its number; the missing key's owner is it.
        let plan = edit(|p| {
            p.replace("  - id: m2\n", "  - description: x\n")
                .replace("    description: Handletrening\n", "")
        });
        let said = said_at(&plan, "/measures/1/id");
        assert!(said.iter().any(|m| m.contains("measure 2")), "{said:?}");
    }
}
