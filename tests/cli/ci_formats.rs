//! Reports for CI systems: SARIF 2.1.0 (checked against the SARIF JSON Schema in
//! tests/schemas), GitLab Code Quality, JUnit XML (read back with Python's XML parser).

use std::process::Command;

use crate::harness::{complete_plan, plan_with_id, root, Env};

fn two_plans() -> Env {
    let env = Env::new();
    env.file(
        "plans/a.yaml",
        complete_plan().replace("responsible: heimeteneste", "responsible: heimetenesta"),
    );
    env.file("plans/b c.yaml", plan_with_id("2026-018"));
    env
}

#[test]
fn sarif_is_valid_sarif_2_1_0_with_rules_and_regions() {
    let env = two_plans();
    let run = env.ip(&["validate", "--format", "sarif", "plans"]);
    run.code(1);
    let sarif = run.json();
    // The published schema has one pattern (`run.language`) with a lone `]`, which
    // ECMAScript reads as a literal and Rust's regex refuses: escaped here, same meaning.
    let text = std::fs::read_to_string(root().join("tests/schemas/sarif-2.1.0-rtm.5.json"))
        .unwrap()
        .replace("-[a-zA-Z]{2}]?$", r"-[a-zA-Z]{2}\\]?$");
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the SARIF schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The check has teeth: a log without its version is refused.
    let mut broken = sarif.clone();
    broken.as_object_mut().unwrap().remove("version");
    assert!(!validator.is_valid(&broken));
    let run0 = &sarif["runs"][0];
    assert_eq!(run0["tool"]["driver"]["name"], "ip");
    let rules = run0["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules
        .iter()
        .any(|r| r["id"] == "IP030" && r["name"] == "unknown-responsible"));
    let results = run0["results"].as_array().unwrap();
    assert_eq!(results.len(), 1);
    let r = &results[0];
    assert_eq!(r["ruleId"], "IP030");
    assert_eq!(r["level"], "error");
    assert_eq!(
        rules[r["ruleIndex"].as_u64().unwrap() as usize]["id"],
        "IP030"
    );
    let loc = &r["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "plans/a.yaml");
    assert_eq!(
        loc["region"],
        serde_json::json!({"startLine": 63, "startColumn": 18, "endLine": 63, "endColumn": 30})
    );
    assert!(r["message"]["text"]
        .as_str()
        .unwrap()
        .contains("innhold bokstav e"));
}

#[test]
fn gitlab_code_quality_has_stable_fingerprints() {
    let env = two_plans();
    let first = env.ip(&["validate", "--format", "gitlab", "plans"]);
    first.code(1);
    let issues = first.json();
    let issues = issues.as_array().unwrap();
    assert_eq!(issues.len(), 1);
    let i = &issues[0];
    assert_eq!(i["check_name"], "IP030");
    assert_eq!(i["severity"], "major");
    assert_eq!(i["location"]["path"], "plans/a.yaml");
    assert_eq!(i["location"]["lines"]["begin"], 63);
    assert!(i["description"].as_str().unwrap().starts_with("IP030: "));
    let again = env.ip(&["validate", "--format", "gitlab", "plans"]).json();
    assert_eq!(
        i["fingerprint"], again[0]["fingerprint"],
        "stable across runs"
    );
    // A clean run is an empty report, still JSON.
    let run = env.ip(&["validate", "--format", "gitlab", "plans/b c.yaml"]);
    run.code(0);
    assert_eq!(run.json(), serde_json::json!([]));
}

#[test]
fn junit_xml_has_one_case_per_plan_and_fails_the_invalid_one() {
    let env = two_plans();
    let run = env.ip(&["validate", "--format", "junit", "plans"]);
    run.code(1);
    env.file("report.xml", &run.stdout);
    let script = r#"
import sys, xml.etree.ElementTree as ET
suite = ET.parse(sys.argv[1]).getroot().find("testsuite")
print(suite.get("tests"), suite.get("failures"))
for case in suite.findall("testcase"):
    failures = case.findall("failure")
    print(case.get("name"), len(failures), failures[0].get("type") if failures else "-")
"#;
    let out = Command::new("python3")
        .args(["-c", script, "report.xml"])
        .current_dir(env.path())
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "2 1\nplans/a.yaml 1 IP030\nplans/b c.yaml 0 -\n"
    );
}

#[test]
fn the_json_report_is_documented_field_by_field() {
    let env = two_plans();
    let run = env.ip(&["validate", "--format", "json", "plans"]);
    let json = run.json();
    let doc = std::fs::read_to_string(root().join("docs/json-report.md")).unwrap();
    let mut keys: Vec<String> = json.as_object().unwrap().keys().cloned().collect();
    keys.extend(json["files"][0].as_object().unwrap().keys().cloned());
    keys.extend(
        json["files"][0]["diagnostics"][0]
            .as_object()
            .unwrap()
            .keys()
            .cloned(),
    );
    keys.extend(json["summary"].as_object().unwrap().keys().cloned());
    for key in keys {
        assert!(
            doc.contains(&format!("`{key}`")),
            "docs/json-report.md does not explain `{key}`"
        );
    }
}
