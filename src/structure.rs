//! The structural check: a parsed plan against the field table (`fields.rs`): types,
//! unknown keys with the nearest known key, required keys with the law's letter, ISO
//! dates, allowed values. Every problem is a finding; the check never stops early.

use crate::diagnostic::{pointer_join, Finding, Pos};
use crate::fields::{self, Field, MapSchema, Ty};
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
    check_map(root, table, "", None, &mut out);
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

/// `path` names the mapping in messages (e.g. "measure `m2`", "`consent`"); `None` for the plan.
fn check_map(node: &Node, schema: &MapSchema, pointer: &str, path: Option<&str>, out: &mut Sink) {
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
            let suggestion = out.nearest(name, schema.fields.iter().map(|f| f.key));
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
            if path.is_none() && out.not_required.contains(&field.key) {
                continue;
            }
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
        if path.is_none() && out.not_required.contains(&field.key) {
            continue;
        }
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
    out: &mut Sink,
) {
    match (ty, &node.kind) {
        (Ty::Text, Kind::Str(_)) | (Ty::Bool, Kind::Bool(_)) => {}
        (Ty::Version(v), Kind::Int(found)) if v == found => {}
        (Ty::Version(v), _) => {
            let found = match &node.kind {
                Kind::Str(s) => format!("\"{s}\""),
                Kind::Int(i) => i.to_string(),
                other => other.type_name().to_owned(),
            };
            out.push(
                Finding::new(
                    &rules::format::VERSION,
                    format!("unsupported format version {found}: this `ip` reads versions 1 and 2"),
                    pointer.to_owned(),
                    node.pos,
                )
                .help(if *v == 1 {
                    "this plan is written in version 1: write `version: 1`, or run `ip migrate` to move it to version 2".to_owned()
                } else {
                    format!("write `version: {v}`")
                }),
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
                let help = match out.nearest(s, allowed.iter().copied()) {
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
            // A top-level list the record's kind need not have may be empty too.
            let optional_here =
                pointer.matches('/').count() == 1 && out.not_required.contains(&field.key);
            if items.is_empty() && field.non_empty && !optional_here {
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
        Ty::Version(1) => "the number 1",
        Ty::Version(_) => "the number 2",
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
