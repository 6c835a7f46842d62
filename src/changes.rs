//! What changed between two versions of a plan, in plan terms ("goal g3 added",
//! "measure m2 changed: extent 1 time → 2 timar", "revision moved"), from the parsed
//! plans, not from text lines: reordering keys, reindenting or editing comments is no
//! change. Goals, measures and participants are matched by id, cooperation by `with`,
//! meetings by date and title.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

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
        Value::Null => "(none)".to_owned(),
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
            (x != y).then(|| match (x, y) {
                (Some(x), Some(y)) => format!("{k} {} → {}", show(x), show(y)),
                (None, Some(y)) => format!("{k} set to {}", show(y)),
                (Some(x), None) => format!("{k} removed (was {})", show(x)),
                (None, None) => unreachable!(),
            })
        })
        .collect()
}

/// Compares a keyed list (goals, measures, participants, …).
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
                what: format!("{noun} {} added", label(item)),
                details: vec![],
            }),
            Some(before) if before != item => out.push(Change {
                what: format!("{noun} {} changed", label(item)),
                details: field_changes(before, item),
            }),
            Some(_) => {}
        }
    }
    for item in &old {
        if !new.iter().any(|n| key(n) == key(item)) {
            out.push(Change {
                what: format!("{noun} {} removed", label(item)),
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
    let mut out = Vec::new();
    for (key, what) in [
        ("id", "plan id"),
        ("status", "status"),
        ("language", "language"),
    ] {
        if old[key] != new[key] {
            out.push(Change {
                what: format!("{what} changed"),
                details: vec![format!("{} → {}", show(&old[key]), show(&new[key]))],
            });
        }
    }
    for (key, noun) in [
        ("person", "person"),
        ("consent", "consent"),
        ("coordinator", "coordinator"),
        ("period", "period"),
    ] {
        if old[key] != new[key] {
            out.push(Change {
                what: format!("{noun} changed"),
                details: field_changes(&old[key], &new[key]),
            });
        }
    }
    if old["revision"] != new["revision"] {
        let moved = old["revision"]["next"] != new["revision"]["next"];
        out.push(Change {
            what: if moved {
                "revision moved".into()
            } else {
                "revision changed".into()
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
                what: format!("{noun} added"),
                details: vec![item.clone()],
            });
        }
        for item in a.iter().filter(|i| !b.contains(i)) {
            out.push(Change {
                what: format!("{noun} removed"),
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
        "cooperation with",
        &old["cooperation"],
        &new["cooperation"],
        |v| show(&v["with"]),
        |v| show(&v["with"]),
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
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::check_bytes;
    use crate::rules::testing::COMPLETE;

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
