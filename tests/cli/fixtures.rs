//! Every rule has a fixture that triggers it (`tests/fixtures/invalid/<CODE>-*.yaml`, whose
//! `# expect: CODE line:column` header lines were computed from the text independently of
//! `ip`), and valid plans that trigger none (`tests/fixtures/valid/`, `examples/`).
//! The text and JSON reports of every fixture are reviewed snapshots.

use std::collections::BTreeSet;

use crate::harness::{root, run_in};

fn fixtures(folder: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join(folder))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    names.sort();
    names
}

fn expectations(bytes: &[u8]) -> Vec<(String, u64, u64)> {
    String::from_utf8_lossy(bytes)
        .lines()
        .filter_map(|l| l.strip_prefix("# expect: "))
        .map(|e| {
            let (code, at) = e.split_once(' ').unwrap();
            let (line, col) = at.split_once(':').unwrap();
            (code.to_owned(), line.parse().unwrap(), col.parse().unwrap())
        })
        .collect()
}

#[test]
fn every_invalid_fixture_reports_exactly_its_expected_findings() {
    let dir = root().join("tests/fixtures/invalid");
    for name in fixtures("tests/fixtures/invalid") {
        let bytes = std::fs::read(dir.join(&name)).unwrap();
        let mut expected = expectations(&bytes);
        assert!(!expected.is_empty(), "{name} has no `# expect:` line");
        let run = run_in(&dir, &["validate", "--format", "json", &name], None);
        let errors = run.json()["summary"]["errors"].as_u64().unwrap();
        run.code(if errors > 0 { 1 } else { 0 });
        let mut got = run.positions();
        expected.sort();
        got.sort();
        assert_eq!(got, expected, "{name}");
    }
}

/// The folders of `tests/fixtures/across-files/`: rules that only a run over several files
/// can trigger, one folder per rule (`<CODE>-name/`), `# expect:` lines in its files.
fn folders() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("tests/fixtures/across-files"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn every_across_files_fixture_reports_exactly_its_expected_findings() {
    for folder in folders() {
        let dir = root().join("tests/fixtures/across-files").join(&folder);
        let run = run_in(&dir, &["validate", "--format", "json", "."], None);
        run.code(1);
        let json = run.json();
        for file in json["files"].as_array().unwrap() {
            let path = file["path"].as_str().unwrap();
            let mut expected = expectations(&std::fs::read(dir.join(path)).unwrap());
            let mut got: Vec<(String, u64, u64)> = file["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| {
                    (
                        d["code"].as_str().unwrap().to_owned(),
                        d["line"].as_u64().unwrap(),
                        d["column"].as_u64().unwrap(),
                    )
                })
                .collect();
            expected.sort();
            got.sort();
            assert_eq!(got, expected, "{folder}/{path}");
        }
    }
}

#[test]
fn every_rule_has_a_triggering_fixture() {
    let mut names = fixtures("tests/fixtures/invalid");
    names.extend(folders());
    let covered: BTreeSet<&str> = names.iter().map(|n| &n[..5]).collect();
    let run = run_in(&root(), &["explain", "all"], None);
    for line in run.stdout.lines() {
        let code = &line[..5];
        assert!(covered.contains(code), "no fixture triggers {code}");
    }
}

#[test]
fn valid_fixtures_and_examples_trigger_no_rule() {
    // Two runs: the complete fixture and an example share an id (IP054 across files).
    let mut files = 0;
    for folder in ["tests/fixtures/valid", "examples"] {
        let run = run_in(
            &root(),
            &["validate", "--format", "json", "--deny-warnings", folder],
            None,
        );
        run.code(0);
        let json = run.json();
        files += json["summary"]["files"].as_u64().unwrap();
        assert_eq!(json["summary"]["warnings"], 0);
    }
    assert!(files >= 4);
}

#[test]
fn text_and_json_reports_of_every_fixture() {
    let dir = root().join("tests/fixtures/invalid");
    for name in fixtures("tests/fixtures/invalid") {
        let stem = name.trim_end_matches(".yaml");
        let text = run_in(&dir, &["validate", &name], None);
        insta::assert_snapshot!(format!("{stem}.text"), text.stdout);
        let json = run_in(&dir, &["validate", "--format", "json", &name], None);
        insta::assert_snapshot!(format!("{stem}.json"), json.stdout);
    }
}
