//! What changed between two versions of a plan, in plan terms ("goal g3 added",
//! "measure m2 changed: extent 1 time → 2 timar", "revision moved"), from the parsed
//! plans, not from text lines: reordering keys, reindenting or editing comments is no
//! change. Goals, measures and participants are matched by id, cooperation by `with`,
//! meetings by date and title.
//!
//! Also the plan's story from git: [`history`] (every commit that touched a plan, following
//! renames) and [`diff`] (two revisions), both described in these terms.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use crate::check::check_bytes;
use crate::error::{Error, Result};
use crate::git::{CommitInfo, Repo};
use crate::messages::msg;
use crate::plan::Plan;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// What changed, e.g. "measure m2 changed", "goal g3 added".
    pub what: String,
    /// Field-level detail: "extent: 1 time kvar veke → 2 timar kvar veke".
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<String>,
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.what)?;
        if !self.details.is_empty() {
            write!(f, ": {}", self.details.join("; "))?;
        }
        Ok(())
    }
}

/// Renders a leaf value for a change line.
fn show(v: &Value) -> String {
    match v {
        Value::Null => msg("change-none", &[]),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(show).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

/// Flattens an object into `key.sub` → value, lists of scalars kept whole.
fn flatten(prefix: &str, v: &Value, out: &mut BTreeMap<String, Value>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, out);
            }
        }
        Value::Array(items) if items.iter().any(Value::is_object) => {
            for (i, item) in items.iter().enumerate() {
                flatten(&format!("{prefix}[{}]", i + 1), item, out);
            }
        }
        other => {
            if !other.is_null() {
                out.insert(prefix.to_owned(), other.clone());
            }
        }
    }
}

fn field_changes(old: &Value, new: &Value) -> Vec<String> {
    let (mut a, mut b) = (BTreeMap::new(), BTreeMap::new());
    flatten("", old, &mut a);
    flatten("", new, &mut b);
    let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    keys.into_iter()
        .filter_map(|k| {
            let (x, y) = (a.get(k), b.get(k));
            let field = ("field", k.as_str().into());
            (x != y).then(|| match (x, y) {
                (Some(x), Some(y)) => msg(
                    "change-field",
                    &[field, ("old", show(x).into()), ("new", show(y).into())],
                ),
                (None, Some(y)) => msg("change-field-set", &[field, ("new", show(y).into())]),
                (Some(x), None) => msg("change-field-removed", &[field, ("old", show(x).into())]),
                (None, None) => unreachable!(),
            })
        })
        .collect()
}

/// "goal g3 added": `id` is `change-item-added`, `-changed` or `-removed`, `noun` a
/// variant of `change-noun` in the message files.
fn item(id: &str, noun: &str, label: String) -> String {
    msg(id, &[("noun", noun.into()), ("label", label.into())])
}

/// Compares a keyed list (goals, measures, participants, …); `noun` as for [`item`].
fn keyed(
    noun: &str,
    old: &Value,
    new: &Value,
    key: fn(&Value) -> String,
    label: fn(&Value) -> String,
    out: &mut Vec<Change>,
) {
    let list = |v: &Value| -> Vec<Value> { v.as_array().cloned().unwrap_or_default() };
    let (old, new) = (list(old), list(new));
    for item in &new {
        match old.iter().find(|o| key(o) == key(item)) {
            None => out.push(Change {
                what: self::item("change-item-added", noun, label(item)),
                details: vec![],
            }),
            Some(before) if before != item => out.push(Change {
                what: self::item("change-item-changed", noun, label(item)),
                details: field_changes(before, item),
            }),
            Some(_) => {}
        }
    }
    for item in &old {
        if !new.iter().any(|n| key(n) == key(item)) {
            out.push(Change {
                what: self::item("change-item-removed", noun, label(item)),
                details: vec![],
            });
        }
    }
}

fn id_of(v: &Value) -> String {
    show(&v["id"])
}

/// Plan-level changes from `old` to `new`.
pub fn compare(old: &Plan, new: &Plan) -> Vec<Change> {
    let old = serde_json::to_value(old).unwrap_or_default();
    let new = serde_json::to_value(new).unwrap_or_default();
    compare_values(&old, &new)
}

/// [`compare`] on the serialized plans.
fn compare_values(old: &Value, new: &Value) -> Vec<Change> {
    let mut out = Vec::new();
    // The nouns of the top-level fields and sections are `change-noun` variants named by
    // their keys.
    for key in ["version", "id", "kind", "status", "language", "background"] {
        if old[key] != new[key] {
            out.push(Change {
                what: msg("change-changed", &[("noun", key.into())]),
                details: vec![format!("{} → {}", show(&old[key]), show(&new[key]))],
            });
        }
    }
    for key in ["person", "consent", "coordinator", "period"] {
        if old[key] != new[key] {
            out.push(Change {
                what: msg("change-changed", &[("noun", key.into())]),
                details: field_changes(&old[key], &new[key]),
            });
        }
    }
    if old["revision"] != new["revision"] {
        let moved = old["revision"]["next"] != new["revision"]["next"];
        out.push(Change {
            what: if moved {
                msg("change-revision-moved", &[])
            } else {
                msg("change-revision-changed", &[])
            },
            details: field_changes(&old["revision"], &new["revision"]),
        });
    }
    keyed("goal", &old["goals"], &new["goals"], id_of, id_of, &mut out);
    for (key, noun) in [("resources", "resource"), ("needs", "need")] {
        let items = |v: &Value| -> Vec<String> {
            v.as_array()
                .map(|a| a.iter().map(show).collect())
                .unwrap_or_default()
        };
        let (a, b) = (items(&old[key]), items(&new[key]));
        for item in b.iter().filter(|i| !a.contains(i)) {
            out.push(Change {
                what: msg("change-added", &[("noun", noun.into())]),
                details: vec![item.clone()],
            });
        }
        for item in a.iter().filter(|i| !b.contains(i)) {
            out.push(Change {
                what: msg("change-removed", &[("noun", noun.into())]),
                details: vec![item.clone()],
            });
        }
    }
    keyed(
        "measure",
        &old["measures"],
        &new["measures"],
        id_of,
        id_of,
        &mut out,
    );
    keyed(
        "participant",
        &old["participants"],
        &new["participants"],
        id_of,
        id_of,
        &mut out,
    );
    keyed(
        "cooperation",
        &old["cooperation"],
        &new["cooperation"],
        |v| show(&v["with"]),
        |v| show(&v["with"]),
        &mut out,
    );
    keyed(
        "accepted-warning",
        &old["accept_warnings"],
        &new["accept_warnings"],
        |v| show(&v["rule"]),
        |v| show(&v["rule"]),
        &mut out,
    );
    keyed(
        "meeting",
        &old["meetings"],
        &new["meetings"],
        |v| format!("{} {}", show(&v["date"]), show(&v["title"])),
        |v| format!("{} ({})", show(&v["title"]), show(&v["date"])),
        &mut out,
    );
    compare_v2(old, new, &mut out);
    out
}

/// The sections only format v2 has. Consent records are only ever appended, so a record
/// is known by who gave it, for what, on which day: a withdrawal is a change to it.
fn compare_v2(old: &Value, new: &Value, out: &mut Vec<Change>) {
    if old["responsibility_group"] != new["responsibility_group"] {
        out.push(Change {
            what: msg("change-changed", &[("noun", "responsibility-group".into())]),
            details: field_changes(&old["responsibility_group"], &new["responsibility_group"]),
        });
    }
    keyed(
        "consent-record",
        &old["consent_records"],
        &new["consent_records"],
        |v| {
            format!(
                "{} {} {}",
                show(&v["party"]),
                show(&v["covers"]),
                show(&v["given"])
            )
        },
        |v| {
            format!(
                "{} ({}, {})",
                show(&v["party"]),
                show(&v["covers"]),
                show(&v["given"])
            )
        },
        out,
    );
    keyed(
        "voice",
        &old["voice"],
        &new["voice"],
        |v| show(&v["date"]),
        |v| show(&v["date"]),
        out,
    );
    keyed(
        "note",
        &old["notes"],
        &new["notes"],
        |v| format!("{} {}", show(&v["date"]), show(&v["by"])),
        |v| show(&v["date"]),
        out,
    );
    keyed(
        "related-plan",
        &old["related_plans"],
        &new["related_plans"],
        |v| show(&v["title"]),
        |v| show(&v["title"]),
        out,
    );
}

/// Plan-level changes between two versions' bytes; a version that cannot be read says so.
pub fn describe(before: Option<&[u8]>, after: Option<&[u8]>) -> Vec<Change> {
    let parse = |b: &[u8]| check_bytes(b).plan;
    match (before.map(parse), after.map(parse)) {
        (None, Some(_)) => vec![Change::new(msg("change-plan-created", &[]))],
        (_, None) => vec![Change::new(msg("change-plan-deleted", &[]))],
        (Some(Some(old)), Some(Some(new))) => compare(&old, &new),
        (Some(_), Some(_)) => vec![Change::new(msg("change-unreadable", &[]))],
    }
}

impl Change {
    pub fn new(what: impl Into<String>) -> Change {
        Change {
            what: what.into(),
            details: vec![],
        }
    }
}

/// One commit in a plan's history, with what it changed.
#[derive(Serialize)]
pub struct Entry {
    pub commit: CommitInfo,
    pub message: String,
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renamed_from: Option<String>,
    pub changes: Vec<Change>,
}

/// Every commit that touched the plan at `rel`, newest first, following renames.
pub fn history(repo: &Repo, rel: &str) -> Result<Vec<Entry>> {
    Ok(repo
        .history(rel)?
        .into_iter()
        .map(|h| {
            let mut changes = describe(h.before.as_deref(), h.after.as_deref());
            if let Some(old) = &h.renamed_from {
                changes.insert(
                    0,
                    Change::new(msg("change-renamed", &[("old", old.as_str().into())])),
                );
            }
            if changes.is_empty() {
                changes.push(Change::new(msg("change-layout-only", &[])));
            }
            Entry {
                message: h.commit.message.clone(),
                commit: h.commit,
                path: h.path,
                renamed_from: h.renamed_from,
                changes,
            }
        })
        .collect())
}

/// What changed in a plan between two revisions.
pub struct Diff {
    pub from: CommitInfo,
    /// `None`: the working file.
    pub to: Option<CommitInfo>,
    pub changes: Vec<Change>,
    /// The two versions are the same bytes.
    pub identical: bool,
}

/// Compares the plan at `plan` between revision `from` and `to` (default: the working
/// file), trying the plan's earlier names where it had another at an older revision.
pub fn diff(plan: &Path, from: &str, to: Option<&str>) -> Result<Diff> {
    let (repo, rel) = Repo::locate(plan)?;
    // Name the commit the "from" version comes from: the last one that changed this plan
    // at or before `from`, not whatever commit `from` is.
    let from_commit = match repo.last_change_at(from, &rel)? {
        Some(commit) => commit,
        None => repo.commit_info(from)?,
    };
    let mut names = vec![rel.clone()];
    names.extend(
        repo.history(&rel)?
            .into_iter()
            .filter_map(|h| h.renamed_from),
    );
    let read = |rev: &str| -> Result<Option<Vec<u8>>> {
        for name in &names {
            if let Some(bytes) = repo.read_at(rev, name)? {
                return Ok(Some(bytes));
            }
        }
        Ok(None)
    };
    let before = read(from)?;
    let (after, to_commit) = match to {
        Some(to) => (
            read(to)?,
            Some(match repo.last_change_at(to, &rel)? {
                Some(commit) => commit,
                None => repo.commit_info(to)?,
            }),
        ),
        None => (std::fs::read(plan).ok(), None),
    };
    if before.is_none() && after.is_none() {
        let to_label = match &to_commit {
            Some(c) => format!("{} ({})", c.id, c.date),
            None => msg("diff-working-file", &[]),
        };
        return Err(Error::plan(
            plan.display().to_string(),
            msg(
                "change-plan-absent",
                &[("from", from.into()), ("to", to_label.into())],
            ),
            None,
        ));
    }
    Ok(Diff {
        changes: describe(before.as_deref(), after.as_deref()),
        identical: before == after,
        from: from_commit,
        to: to_commit,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::COMPLETE;
    use crate::fields::PLAN;

    #[test]
    fn a_change_to_any_top_level_field_is_reported() {
        let v2 = include_str!("../tests/fixtures/every-field-v2.yaml");
        for (text, table) in [(COMPLETE, &PLAN), (v2, &crate::fields::PLAN_V2)] {
            let old = serde_json::to_value(plan(text)).unwrap();
            for field in table.fields {
                // The model's name for v2's consent list (v1's is the `consent` mapping).
                let key = match field.key {
                    "consent" if old["consent"].is_null() => "consent_records",
                    key => key,
                };
                let mut new = old.clone();
                new[key] = match &old[key] {
                    Value::String(_) => Value::from("changed"),
                    Value::Object(_) => serde_json::json!({ "note": "zz" }),
                    _ => {
                        serde_json::json!([{ "id": "zz", "with": "zz", "date": "zz", "title": "zz" }])
                    }
                };
                assert!(
                    !compare_values(&old, &new).is_empty(),
                    "changes.rs does not compare `{key}` (a field of fields.rs, {})",
                    table.noun
                );
            }
        }
    }

    fn plan(text: &str) -> Plan {
        check_bytes(text.as_bytes()).plan.expect("parses")
    }

    fn lines(old: &str, new: &str) -> Vec<String> {
        compare(&plan(old), &plan(new))
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn layout_and_comments_are_no_change() {
        let reformatted = COMPLETE
            .replace("# The complete plan", "# Another comment")
            .replace("goals: [g1, g2]", "goals:\n      - g1\n      - g2");
        assert!(lines(COMPLETE, &reformatted).is_empty());
    }

    #[test]
    fn changes_read_in_plan_terms() {
        let new = COMPLETE
            .replace("extent: 1 time kvar veke", "extent: 2 timar kvar veke")
            .replace("next: 2026-07-15", "next: 2027-01-10")
            .replace("  - id: g2\n    description: Klare handleturen på eiga hand.\n    horizon: short\n", "")
            .replace("goals: [g1, g2]", "goals: [g1]")
            .replace("  name: Ola Hansen", "  name: Kari Holm");
        assert_eq!(
            lines(COMPLETE, &new),
            [
                "coordinator changed: name Ola Hansen → Kari Holm",
                "revision moved: next 2026-07-15 → 2027-01-10",
                "goal g2 removed",
                "measure m2 changed: extent 1 time kvar veke → 2 timar kvar veke; goals g1, g2 → g1",
            ]
        );
    }
}
