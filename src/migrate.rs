//! `ip migrate`: a version 1 plan rewritten as version 2, as text edits to the file the
//! coordinator wrote, so that comments, order, quoting and blank lines outside the edits
//! stay exactly as they were.
//!
//! The edits (everything else is the same in both versions):
//! - `version: 1` becomes `version: 2`;
//! - each representative gets an `id` (from its relation, else its name), since consent
//!   records name their party by id;
//! - the `consent` mapping becomes a list of records: the consent to the plan by `person`
//!   or by the representative `consent.name` names (added to `person.representatives`
//!   when it is not there), with `given` and `withdrawn`; `sharing: true` becomes a second
//!   record covering sharing, with `note` (v1's limits on sharing); `sharing: false` is
//!   kept as a comment, since v2 records consents given, not refused.
//!
//! Comments inside the old `consent` block are kept as comment lines above the new
//! records. What migrate cannot keep or has to guess it says in [`Migrated::notes`]:
//! a representative added from `consent.name`, a `by` that is neither `person` nor
//! `representative`. It never guesses a representative's `authority`: that decides which
//! consents the law asks for, and only the coordinator knows it.

use crate::edits::{apply, line_start, Edit};
use crate::plan::Plan;
use crate::yaml::{Kind, Node};

/// A plan rewritten as version 2, with what the coordinator should know.
pub struct Migrated {
    pub text: String,
    pub notes: Vec<String>,
}

/// Why a file was not migrated.
pub enum NotMigrated {
    /// Already version 2 (or later): nothing to do.
    AlreadyCurrent,
    /// The file is not a version 1 plan that parses: fix it first (its findings say how).
    Unreadable,
}

/// Rules only version 2 can check: their findings may appear after a migration.
pub const NEW_IN_V2: &[&str] = &["IP040", "IP041", "IP042", "IP055", "IP056"];

/// Rules broken after but not before, but for the rules new in version 2. Rules, not
/// findings: one missing date in v1 `consent` is one record missing it in v2, but two
/// when `sharing: true` made it two records.
pub fn added_findings(
    before: &[crate::diagnostic::Finding],
    after: &[crate::diagnostic::Finding],
) -> Vec<&'static str> {
    let mut added: Vec<&'static str> = after
        .iter()
        .map(|f| f.code)
        .filter(|c| !NEW_IN_V2.contains(c) && !before.iter().any(|b| b.code == *c))
        .collect();
    added.dedup();
    added
}

/// Rewrites the text of a version 1 plan (parsed as `root`, read as `plan`) as version 2.
pub fn migrate(text: &str, root: &Node, plan: &Plan) -> Result<Migrated, NotMigrated> {
    if !matches!(root.kind, Kind::Map(_)) {
        return Err(NotMigrated::Unreadable);
    }
    if crate::structure::format_version(root) != Some(1) {
        return Err(NotMigrated::AlreadyCurrent);
    }
    let mut edits = Vec::new();
    let mut notes = Vec::new();

    // version
    match root.get("version") {
        Some(v) if v.pos.len > 0 => edits.push(Edit {
            at: v.pos.offset,
            remove: v.pos.len,
            insert: "2".into(),
        }),
        _ => {
            let at = first_key_line_start(text, root);
            edits.push(Edit {
                at,
                remove: 0,
                insert: "version: 2\n".into(),
            });
            notes.push("the plan had no `version`: `version: 2` was added".into());
        }
    }

    // representatives: ids
    let reps: Vec<&Node> = root
        .get("person")
        .and_then(|p| p.get("representatives"))
        .map(|r| match &r.kind {
            Kind::Seq(items) => items
                .iter()
                .filter(|i| matches!(i.kind, Kind::Map(_)))
                .collect(),
            _ => Vec::new(),
        })
        .unwrap_or_default();
    let mut ids: Vec<String> = Vec::new();
    let mut rep_ids: Vec<(String, String)> = Vec::new(); // (name, id)
    for rep in &reps {
        let Kind::Map(entries) = &rep.kind else {
            continue;
        };
        if let Some(existing) = rep.get("id").and_then(Node::as_str) {
            ids.push(existing.to_owned());
            continue;
        }
        let name = rep.get("name").and_then(Node::as_str).unwrap_or("");
        let relation = rep.get("relation").and_then(Node::as_str).unwrap_or("");
        let id = unique_id(&[relation, name], &ids);
        ids.push(id.clone());
        rep_ids.push((name.to_owned(), id.clone()));
        let Some((first_key, _)) = entries.first() else {
            continue;
        };
        let flow = text[rep.pos.offset..].starts_with('{');
        let insert = if flow {
            format!("id: {id}, ")
        } else {
            format!(
                "id: {id}\n{}",
                " ".repeat(first_key.pos.column as usize - 1)
            )
        };
        edits.push(Edit {
            at: first_key.pos.offset,
            remove: 0,
            insert,
        });
    }

    // consent
    let Some(consent) = &plan.consent else {
        return Err(NotMigrated::Unreadable);
    };
    let Some((key, _)) = root_entry(root, "consent") else {
        return Err(NotMigrated::Unreadable);
    };
    let key_indent = key.pos.column as usize - 1;
    let block_start = line_start(text, key.pos.offset);
    let block_end = block_end(text, key.pos.offset, key_indent);
    let old = &text[block_start..block_end];
    let pad = " ".repeat(key_indent + 2);
    let mut out = format!("{}consent:\n", " ".repeat(key_indent));
    for comment in comments(old) {
        out.push_str(&format!("{pad}{comment}\n"));
    }
    let by = consent.by.as_ref().map(|b| b.value.as_str());
    let party = match by {
        Some("person") => Some("person".to_owned()),
        Some("representative") => match consent.name.as_ref().map(|n| n.value.as_str()) {
            None => {
                notes.push("`consent.by: representative` named no one: the record's party is `representative`; add the representative under `person.representatives` with that id".into());
                Some("representative".to_owned())
            }
            Some(name) => {
                let found = plan
                    .person
                    .iter()
                    .flat_map(|p| &p.representatives)
                    .zip(reps.iter())
                    .find(|(r, _)| r.name.as_deref().is_some_and(|n| same_name(n, name)))
                    .and_then(|(_, node)| {
                        node.get("id")
                            .and_then(Node::as_str)
                            .map(str::to_owned)
                            .or_else(|| {
                                let n = node.get("name").and_then(Node::as_str)?;
                                rep_ids
                                    .iter()
                                    .find(|(rn, _)| rn == n)
                                    .map(|(_, id)| id.clone())
                            })
                    });
                match found {
                    Some(id) => Some(id),
                    None => {
                        let id = unique_id(&[name], &ids);
                        ids.push(id.clone());
                        add_representative(text, root, &id, name, &mut edits);
                        notes.push(format!(
                            "`consent.name` ({name}) was not among `person.representatives`: added as representative `{id}`; fill in `relation` and `authority`"
                        ));
                        Some(id)
                    }
                }
            }
        },
        Some(other) => {
            notes.push(format!(
                "`consent.by: {other}` is neither `person` nor `representative`: kept as the record's party; correct it"
            ));
            Some(other.to_owned())
        }
        None => None,
    };
    let sharing = consent.sharing.as_ref().map(|s| s.value);
    let item = |covers: &str, note: Option<&str>, withdrawn: bool| {
        let mut s = String::new();
        let mut first = true;
        let mut line = |k: &str, v: String| {
            let lead = if first { "- " } else { "  " };
            first = false;
            s.push_str(&format!("{pad}{lead}{k}: {v}\n"));
        };
        if let Some(p) = &party {
            line("party", scalar(p));
        }
        line("covers", covers.to_owned());
        if let Some(g) = &consent.given {
            line("given", g.value.to_string());
        }
        if withdrawn {
            if let Some(w) = &consent.withdrawn {
                line("withdrawn", w.value.to_string());
            }
        }
        if let Some(n) = note {
            line("note", scalar(n));
        }
        s
    };
    let note = consent.note.as_deref();
    out.push_str(&item(
        "plan",
        if sharing == Some(true) { None } else { note },
        true,
    ));
    match sharing {
        Some(true) => out.push_str(&item("sharing", note, true)),
        Some(false) => out.push_str(&format!(
            "{pad}# Version 1 said `sharing: false`: no consent to share information was given.\n"
        )),
        None => {}
    }
    edits.push(Edit {
        at: block_start,
        remove: block_end - block_start,
        insert: out,
    });

    // Overlapping edits would corrupt the plan; none are made by the code above.
    let result = apply(text, edits).ok_or(NotMigrated::Unreadable)?;
    Ok(Migrated {
        text: result,
        notes,
    })
}

fn root_entry<'a>(root: &'a Node, key: &str) -> Option<&'a (Node, Node)> {
    match &root.kind {
        Kind::Map(entries) => entries.iter().find(|(k, _)| k.as_str() == Some(key)),
        _ => None,
    }
}

fn first_key_line_start(text: &str, root: &Node) -> usize {
    match &root.kind {
        Kind::Map(entries) => entries
            .first()
            .map_or(0, |(k, _)| line_start(text, k.pos.offset)),
        _ => 0,
    }
}

/// Where the block of the key at `offset` (indented `indent`) ends: after its last line
/// that is indented deeper; blank lines and comments at the key's indent or less after
/// it belong to what follows.
fn block_end(text: &str, offset: usize, indent: usize) -> usize {
    let mut end = text[offset..]
        .find('\n')
        .map_or(text.len(), |i| offset + i + 1);
    let mut at = end;
    while at < text.len() {
        let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
        let line = &text[at..line_end];
        let trimmed = line.trim_start();
        let deeper = line.len() - trimmed.len() > indent;
        if trimmed.trim().is_empty() {
            at = line_end;
            continue;
        }
        if !deeper {
            break;
        }
        end = line_end;
        at = line_end;
    }
    end
}

/// The comments of a block, as they were written (whole-line and trailing ones).
fn comments(block: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in block.lines().skip(1) {
        let trimmed = line.trim_start();
        if trimmed.starts_with('#') {
            out.push(trimmed.to_owned());
        } else if let Some(i) = trailing_comment(trimmed) {
            out.push(trimmed[i..].to_owned());
        }
    }
    if let Some(i) = block.lines().next().and_then(trailing_comment) {
        let first = block.lines().next().unwrap_or("");
        out.insert(0, first[i..].to_owned());
    }
    out
}

/// Where a trailing ` #` comment starts, outside quotes.
fn trailing_comment(line: &str) -> Option<usize> {
    let (mut single, mut double) = (false, false);
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match c {
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '#' if !single && !double && prev.is_whitespace() => return Some(i),
            _ => {}
        }
        prev = c;
    }
    None
}

fn add_representative(text: &str, root: &Node, id: &str, name: &str, edits: &mut Vec<Edit>) {
    let Some((person_key, person)) = root_entry(root, "person") else {
        return;
    };
    let person_indent = person_key.pos.column as usize - 1;
    if let Kind::Map(entries) = &person.kind {
        if let Some((rkey, _)) = entries
            .iter()
            .find(|(k, _)| k.as_str() == Some("representatives"))
        {
            let indent = rkey.pos.column as usize - 1;
            let end = block_end(text, rkey.pos.offset, indent);
            edits.push(Edit {
                at: end,
                remove: 0,
                insert: format!(
                    "{pad}- id: {id}\n{pad}  name: {}\n",
                    scalar(name),
                    pad = " ".repeat(indent + 2)
                ),
            });
            return;
        }
        let indent = entries
            .first()
            .map_or(person_indent + 2, |(k, _)| k.pos.column as usize - 1);
        let end = block_end(text, person_key.pos.offset, person_indent);
        edits.push(Edit {
            at: end,
            remove: 0,
            insert: format!(
                "{pad}representatives:\n{pad}  - id: {id}\n{pad}    name: {}\n",
                scalar(name),
                pad = " ".repeat(indent)
            ),
        });
    }
}

fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split('(')
            .next()
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    norm(a) == norm(b)
}

/// A short id from the first of `from` that gives one (lowercase letters and digits,
/// Norwegian letters kept), made unique among `taken` with a number.
fn unique_id(from: &[&str], taken: &[String]) -> String {
    let base = from
        .iter()
        .map(|s| {
            s.split_whitespace()
                .next()
                .unwrap_or("")
                .to_lowercase()
                .chars()
                .filter(|c| c.is_alphanumeric() || *c == '-')
                .collect::<String>()
        })
        .find(|s| !s.is_empty())
        .unwrap_or_else(|| "representative".into());
    let base = if base == "person" || base == "coordinator" {
        format!("{base}-rep")
    } else {
        base
    };
    if !taken.contains(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}{n}"))
        .find(|c| !taken.contains(c))
        .unwrap_or(base)
}

/// A YAML scalar for text: plain when it reads back as the same text, else double-quoted
/// (JSON's escaping is valid YAML).
fn scalar(s: &str) -> String {
    let plain = !s.is_empty()
        && s.trim() == s
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.contains('\n')
        && !s.ends_with(':')
        && s.chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() && !c.is_ascii_digit())
        && !matches!(
            s.to_lowercase().as_str(),
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n"
        )
        && !s
            .chars()
            .any(|c| c.is_control() || "{}[],&*!|>'\"%@`".contains(c));
    if plain {
        s.to_owned()
    } else {
        serde_json::to_string(s).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_bytes;

    fn run(text: &str) -> Migrated {
        let root = crate::yaml::parse(text).root.unwrap();
        let plan = Plan::from_node(&root);
        match migrate(text, &root, &plan) {
            Ok(m) => m,
            Err(_) => panic!("not migrated"),
        }
    }

    #[test]
    fn comments_and_everything_outside_consent_stay() {
        let v1 = crate::check::testing::COMPLETE;
        let m = run(v1);
        assert!(m.text.contains("version: 2\n"));
        for line in v1.lines().filter(|l| l.trim_start().starts_with('#')) {
            assert!(m.text.contains(line.trim_start()), "lost: {line}");
        }
        let codes: Vec<_> = check_bytes(m.text.as_bytes())
            .findings
            .iter()
            .map(|f| f.code)
            .collect();
        // Kari is 17: version 2 asks for her own words (IP056), which v1 could not.
        assert_eq!(codes, ["IP056"], "{}", m.text);
    }

    #[test]
    fn a_representative_named_only_in_consent_is_added() {
        let v1 = "version: 1\nid: x\nperson:\n  name: A\nconsent:\n  given: 2026-01-10 # at the meeting\n  by: representative\n  name: Per Nordmann\n  sharing: false\nstatus: active\n";
        let m = run(v1);
        assert!(
            m.text
                .contains("  representatives:\n    - id: per\n      name: Per Nordmann\n"),
            "{}",
            m.text
        );
        assert!(
            m.text.contains(
                "  # at the meeting\n  - party: per\n    covers: plan\n    given: 2026-01-10\n"
            ),
            "{}",
            m.text
        );
        assert!(m.text.contains("# Version 1 said `sharing: false`"));
        assert!(m.text.ends_with("status: active\n"), "{}", m.text);
        assert_eq!(m.notes.len(), 1);
    }

    #[test]
    fn plain_text_stays_plain_and_the_rest_is_quoted() {
        assert_eq!(
            scalar("Ikkje opplysningar om økonomi."),
            "Ikkje opplysningar om økonomi."
        );
        assert_eq!(scalar("no"), "\"no\"");
        assert_eq!(scalar("a: b"), "\"a: b\"");
        assert_eq!(scalar("2026"), "\"2026\"");
    }
}
