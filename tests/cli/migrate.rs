//! `ip migrate`: every version 1 fixture and the complete plan, migrated, validate with the
//! same findings (but for the rules only version 2 can check); files that do not parse are
//! refused and left as they were; comments stay.

use std::collections::BTreeMap;

use crate::harness::{root, run_in};

/// Rules only version 2 checks (as `src/migrate.rs` lists them).
const NEW_IN_V2: &[&str] = &["IP040", "IP041", "IP042", "IP055", "IP056"];

fn codes_by_file(json: &serde_json::Value) -> BTreeMap<String, Vec<String>> {
    json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let mut codes: Vec<String> = f["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d["code"].as_str().unwrap().to_owned())
                .filter(|c| !NEW_IN_V2.contains(&c.as_str()))
                .collect();
            codes.sort();
            // Rules, not counts: v1's `sharing: true` becomes a record of its own, so one
            // missing consent date can be two findings of the same rule.
            codes.dedup();
            (f["path"].as_str().unwrap().to_owned(), codes)
        })
        .collect()
}

#[test]
fn every_v1_fixture_migrates_to_v2_with_the_same_findings() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut originals = BTreeMap::new();
    for folder in ["tests/fixtures/invalid", "tests/fixtures/valid"] {
        for entry in std::fs::read_dir(root().join(folder)).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(&path).unwrap();
            if String::from_utf8_lossy(&bytes).contains("\nversion: 2\n") {
                continue; // a version 2 fixture
            }
            std::fs::write(dir.join(&name), &bytes).unwrap();
            originals.insert(name, bytes);
        }
    }
    let names: Vec<&str> = originals.keys().map(String::as_str).collect();
    let mut args = vec!["validate", "--format", "json"];
    args.extend(&names);
    let before = codes_by_file(&run_in(dir, &args, None).json());

    let mut migrate = vec!["migrate"];
    migrate.extend(&names);
    let run = run_in(dir, &migrate, None);
    run.code(2); // the files that do not parse are not migrated

    let after_run = run_in(dir, &args, None);
    let after = codes_by_file(&after_run.json());
    let mut migrated = 0;
    for (name, original) in &originals {
        let now = std::fs::read(dir.join(name)).unwrap();
        let text = String::from_utf8_lossy(&now);
        if now == *original {
            // Left as it was: only a file that is not a readable v1 plan.
            assert!(
                run.stderr.contains(name.as_str()),
                "{name} was neither migrated nor reported:\n{}",
                run.stderr
            );
            continue;
        }
        migrated += 1;
        assert!(text.contains("version: 2"), "{name}:\n{text}");
        for line in String::from_utf8_lossy(original)
            .lines()
            .filter(|l| l.trim_start().starts_with('#'))
        {
            assert!(
                text.contains(line.trim_start()),
                "{name} lost the comment {line}"
            );
        }
        // The one rule a migration repairs: a missing or unknown `version` becomes 2.
        let expected: Vec<String> = before[name]
            .iter()
            .filter(|c| *c != "IP009")
            .cloned()
            .collect();
        assert_eq!(expected, after[name], "{name}:\n{text}");
    }
    assert!(migrated >= 35, "{migrated} files migrated");
    // A second run finds nothing left to do.
    let again = run_in(dir, &["migrate", "--check", "complete.yaml"], None);
    again.code(0);
}

#[test]
fn migrate_check_lists_v1_plans_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let plan = std::fs::read(root().join("tests/fixtures/valid/complete.yaml")).unwrap();
    std::fs::write(tmp.path().join("p.yaml"), &plan).unwrap();
    let run = run_in(tmp.path(), &["migrate", "--check", "p.yaml"], None);
    run.code(1);
    assert!(
        run.stderr.contains("p.yaml is format version 1"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read(tmp.path().join("p.yaml")).unwrap(), plan);
    let nn = run_in(tmp.path(), &["--lang", "nn", "migrate", "p.yaml"], None);
    nn.code(0);
    assert!(
        nn.stderr.contains("gjorde om p.yaml til formatversjon 2"),
        "{}",
        nn.stderr
    );
}
