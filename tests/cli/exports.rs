//! Plans that travel: `ip calendar`, `ip due --format csv` and `ip export --format fhir`,
//! each read back by an independent reader as the receiving program would: Python's `csv`
//! module, and PyPI's `icalendar` and `fhir.resources` (FHIR R4 models) from the venv
//! that `scripts/test` makes in target/py-venv. Without that venv the calendar and FHIR
//! reader checks skip with a notice, except in CI (`CI` set), where they fail.

use std::path::{Path, PathBuf};
use std::process::Stdio;

use crate::harness::{complete_plan, plan_with_id, root, Env, Run};

/// A fixed DTSTAMP and Bundle.timestamp: 2026-01-01T00:00:00Z.
const EPOCH: &str = "1767225600";

/// `ip` with `SOURCE_DATE_EPOCH` set, in `dir`.
fn ip_at(dir: &Path, epoch: &str, args: &[&str]) -> Run {
    let out = crate::harness::command(dir)
        .env("SOURCE_DATE_EPOCH", epoch)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("ip runs");
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 output"),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run
}

/// Every bundled example plan (`examples/*.yaml`), sorted.
fn examples() -> Vec<PathBuf> {
    let mut plans: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    plans.sort();
    assert!(plans.len() >= 3, "{plans:?}");
    plans
}

/// The three example plans whose dates the calendar tests count.
fn three_examples() -> Vec<String> {
    [
        "2026-004-jonas-berg.yaml",
        "2026-017-kari-nordmann.yaml",
        "2026-031-emma-lind.yaml",
    ]
    .iter()
    .map(|name| root().join("examples").join(name).display().to_string())
    .collect()
}

/// The Python of target/py-venv when it can import `modules`; else `None` after a notice,
/// or a failure in CI (where `scripts/test` must have made it).
fn venv_python(modules: &str) -> Option<PathBuf> {
    let python = root().join("target/py-venv/bin/python");
    let ready = python.is_file()
        && std::process::Command::new(&python)
            .args(["-c", &format!("import {modules}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
    if ready {
        return Some(python);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI: target/py-venv with {modules} is missing; scripts/test makes it"
    );
    eprintln!(
        "notice: skipping the independent reader check: target/py-venv cannot import {modules} (run scripts/test to make it)"
    );
    None
}

/// Runs `code` with `python`, the arguments after it in `sys.argv[1:]`; returns stdout.
fn python(python: &Path, code: &str, args: &[&str]) -> String {
    let out = std::process::Command::new(python)
        .arg("-c")
        .arg(code)
        .args(args)
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "python failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// iCalendar content lines with folding undone.
fn unfolded(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "")
        .split("\r\n")
        .map(str::to_owned)
        .collect()
}

fn values(ics: &str, key: &str) -> Vec<String> {
    unfolded(ics)
        .iter()
        .filter_map(|l| l.strip_prefix(&format!("{key}:")).map(str::to_owned))
        .collect()
}

const READ_CALENDAR: &str = r#"
import json, sys, datetime
import icalendar
out = []
for path in sys.argv[1:]:
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    events = []
    for e in cal.walk("VEVENT"):
        for key in ("UID", "DTSTART", "SUMMARY", "DTSTAMP"):
            assert e.get(key) is not None, (path, key, e)
        start = e.decoded("DTSTART")
        assert type(start) is datetime.date, (path, "not all-day", start)
        events.append({"uid": str(e["UID"]), "start": start.isoformat(),
                       "summary": str(e["SUMMARY"]), "location": str(e.get("LOCATION", ""))})
    out.append(events)
print(json.dumps(out))
"#;

#[test]
fn calendar_is_all_day_events_with_stable_uids_and_no_names_unless_asked() {
    let env = Env::new();
    let dir = env.path();
    let plans = three_examples();
    let mut args = vec!["calendar", "-o", "first.ics"];
    args.extend(plans.iter().map(String::as_str));
    ip_at(dir, EPOCH, &args).code(0);
    // A later import (another DTSTAMP), after the next revision of one plan moved.
    let moved = std::fs::read_to_string(&plans[1])
        .unwrap()
        .replace("next: 2026-07-15", "next: 2026-08-01");
    env.file("2026-017-kari-nordmann.yaml", moved);
    let mut later: Vec<&str> = vec![
        "calendar",
        "-o",
        "later.ics",
        plans[0].as_str(),
        plans[2].as_str(),
    ];
    later.push("2026-017-kari-nordmann.yaml");
    ip_at(dir, "1767312000", &later).code(0);
    let first = env.read("first.ics");
    // The same run twice gives the same bytes.
    let again = ip_at(dir, EPOCH, &[&["calendar"][..], &args[3..]].concat());
    assert_eq!(again.stdout, first);

    // Our own reading: all-day dates, one DTSTAMP from SOURCE_DATE_EPOCH, CRLF lines.
    assert!(
        first.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
        "{first}"
    );
    let uids = values(&first, "UID");
    assert_eq!(uids.len(), 11, "{first}");
    assert_eq!(
        unfolded(&first)
            .iter()
            .filter(|l| l.starts_with("DTSTART;VALUE=DATE:"))
            .count(),
        11
    );
    assert!(values(&first, "DTSTAMP")
        .iter()
        .all(|s| s == "20260101T000000Z"));
    for name in [
        "Kari Nordmann",
        "Jonas Berg",
        "Emma Lind",
        "kari-nordmann",
        "900 00 000",
    ] {
        assert!(!first.contains(name), "{name} in the calendar");
    }
    let summaries = values(&first, "SUMMARY");
    assert!(
        summaries.contains(&"Revidering av individuell plan 2026-004".to_owned()),
        "{summaries:?}"
    );
    assert!(summaries.contains(&"Siste dag for tiltak m1 – individuell plan 2026-017".to_owned()));
    assert!(summaries.contains(&"Last day of measure m3 – individual plan 2026-031".to_owned()));
    assert!(values(&first, "LOCATION").contains(&"Fjordvik rådhus\\, møterom 2".to_owned()));

    let named = ip_at(
        dir,
        EPOCH,
        &[&["calendar", "--names"][..], &args[3..]].concat(),
    );
    assert!(values(&named.stdout, "SUMMARY")
        .contains(&"Revidering av individuell plan 2026-017 (Kari Nordmann)".to_owned()));
    env.file("named.ics", &named.stdout);

    let Some(py) = venv_python("icalendar") else {
        return;
    };
    let read: Vec<Vec<serde_json::Value>> = serde_json::from_str(&python(
        &py,
        READ_CALENDAR,
        &[
            &dir.join("first.ics").display().to_string(),
            &dir.join("later.ics").display().to_string(),
            &dir.join("named.ics").display().to_string(),
        ],
    ))
    .unwrap();
    let uids_of = |events: &[serde_json::Value]| {
        let mut uids: Vec<String> = events
            .iter()
            .map(|e| e["uid"].as_str().unwrap().to_owned())
            .collect();
        uids.sort();
        uids
    };
    let (first, later, named) = (&read[0], &read[1], &read[2]);
    assert_eq!(first.len(), 11);
    let first_uids = uids_of(first);
    let mut unique = first_uids.clone();
    unique.dedup();
    assert_eq!(unique, first_uids, "UIDs repeat");
    // Importing the later file updates the same 11 events: nothing is duplicated, and
    // the moved revision is the same event on its new day.
    assert_eq!(uids_of(later), first_uids);
    let revision = |events: &[serde_json::Value]| {
        events
            .iter()
            .find(|e| e["uid"] == "2026-017/revision-next@ip.invalid")
            .map(|e| e["start"].as_str().unwrap().to_owned())
    };
    assert_eq!(revision(first).as_deref(), Some("2026-07-15"));
    assert_eq!(revision(later).as_deref(), Some("2026-08-01"));
    let text = serde_json::to_string(first).unwrap();
    assert!(!text.contains("Kari Nordmann") && !text.contains("Emma Lind"));
    assert!(serde_json::to_string(named)
        .unwrap()
        .contains("Kari Nordmann"));
    assert!(first
        .iter()
        .any(|e| e["location"] == "Fjordvik rådhus, møterom 2"));
}

#[test]
fn calendar_filters_by_coordinator_and_window_in_the_chosen_language() {
    let env = Env::new();
    let examples = root().join("examples").display().to_string();
    let run = ip_at(
        env.path(),
        EPOCH,
        &["calendar", &examples, "--coordinator", "SIGRID  lunde"],
    );
    run.code(0);
    let uids = values(&run.stdout, "UID");
    assert_eq!(uids.len(), 4, "{uids:?}");
    assert!(uids.iter().all(|u| u.starts_with("2026-004/")), "{uids:?}");

    // From 10 August, 30 days: the measure ending 31 August, not the meeting on
    // 10 September (the window ends 9 September).
    let run = ip_at(
        env.path(),
        EPOCH,
        &[
            "calendar",
            &examples,
            "--coordinator",
            "Sigrid Lunde",
            "--within",
            "30 days",
            "--as-of",
            "2026-08-10",
            "--lang",
            "en",
        ],
    );
    run.code(0);
    assert_eq!(
        values(&run.stdout, "SUMMARY"),
        ["Last day of measure m1 – individual plan 2026-004"]
    );
    assert_eq!(values(&run.stdout, "X-WR-CALNAME"), ["Individual plans"]);

    let none = ip_at(
        env.path(),
        EPOCH,
        &["calendar", &examples, "--coordinator", "Håkon Vik"],
    );
    none.code(0);
    assert!(values(&none.stdout, "UID").is_empty());
    assert!(none.stderr.contains("no events"), "{}", none.stderr);

    let run = ip_at(
        env.path(),
        EPOCH,
        &["calendar", &examples, "--as-of", "2026-08-10"],
    );
    run.code(2);
    assert!(run.stderr.contains("--within"), "{}", run.stderr);
}

#[test]
fn calendar_refuses_invalid_plans_by_name_unless_draft() {
    let env = Env::new();
    env.file("plans/good.yaml", plan_with_id("2026-001")).file(
        "plans/broken.yaml",
        plan_with_id("2026-002")
            .replace("  name: Ola Hansen\n", "  name: Håkon Vik\n")
            .replace("responsible: heimeteneste", "responsible: heimetenesta"),
    );
    let run = ip_at(env.path(), EPOCH, &["calendar", "plans", "-o", "plans.ics"]);
    run.code(2);
    assert!(
        run.stderr_flat()
            .contains("not exported: 1 invalid plan: plans/broken.yaml"),
        "{}",
        run.stderr
    );
    assert!(!env.path().join("plans.ics").exists(), "nothing is written");

    // Another coordinator's broken plan does not stop Ola's calendar.
    let run = ip_at(
        env.path(),
        EPOCH,
        &["calendar", "plans", "--coordinator", "ola hansen"],
    );
    run.code(0);
    assert!(values(&run.stdout, "UID")
        .iter()
        .all(|u| u.starts_with("2026-001/")));

    let run = ip_at(
        env.path(),
        EPOCH,
        &["calendar", "plans", "--draft", "-o", "plans.ics"],
    );
    run.code(0);
    assert!(
        run.stderr
            .contains("wrote plans.ics: 6 events from 2 plans"),
        "{}",
        run.stderr
    );
}

/// A repository with commits at fixed dates by a fixed author (never the user's config).
fn commit_all(dir: &Path, day: &str) {
    let repo = git2::Repository::open(dir)
        .or_else(|_| git2::Repository::init(dir))
        .unwrap();
    let mut index = repo.index().unwrap();
    index
        .add_all(["*"], git2::IndexAddOption::DEFAULT, None)
        .unwrap();
    index.write().unwrap();
    let tree = repo.find_tree(index.write_tree().unwrap()).unwrap();
    let date = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
    let ts = date.and_hms_opt(12, 0, 0).unwrap().and_utc().timestamp();
    let sig = git2::Signature::new(
        "Åse \"Kontoret\" Ødegård, NAV",
        "ase@example.no",
        &git2::Time::new(ts, 0),
    )
    .unwrap();
    let parents: Vec<git2::Commit> = repo
        .head()
        .ok()
        .and_then(|h| h.peel_to_commit().ok())
        .into_iter()
        .collect();
    let parents: Vec<&git2::Commit> = parents.iter().collect();
    repo.commit(Some("HEAD"), &sig, &sig, "Plans", &tree, &parents)
        .unwrap();
}

const READ_CSV: &str = r#"
import csv, io, json, sys
data = sys.stdin.buffer.read()
assert data.startswith(b"\xef\xbb\xbf"), "no byte order mark"
assert b"\r\n" in data and data.count(b"\n") == data.count(b"\r\n"), "lines must end in CRLF"
print(json.dumps(list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))))
"#;

fn read_csv(csv: &str) -> Vec<Vec<String>> {
    let mut child = std::process::Command::new("python3")
        .args(["-c", READ_CSV])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(csv.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "python3 could not read the CSV:\n{csv}"
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn due_csv_reads_back_in_a_spreadsheet_reader_with_commas_quotes_and_aeoeaa() {
    let env = Env::new();
    let tricky = complete_plan()
        .replace("id: \"2026-017\"", "id: \"2026-101\"")
        .replace(
            "  name: Kari Nordmann\n  born",
            "  name: 'Kåre \"Kåkå\" Ødegård, jr.'\n  born",
        )
        .replace("  name: Ola Hansen\n", "  name: Håkon Vik\n")
        .replace("next: 2026-07-15", "next: 2026-06-20");
    env.file("plans/ødegård.yaml", tricky)
        .file("plans/other.yaml", plan_with_id("2026-102"));
    commit_all(env.path(), "2026-03-02");
    env.file(
        "plans/other.yaml",
        plan_with_id("2026-102") + "\n# edited\n",
    );

    let run = env.ip(&[
        "due",
        "plans",
        "--all",
        "--as-of",
        "2026-06-01",
        "--format",
        "csv",
    ]);
    run.code(0);
    let rows = read_csv(&run.stdout);
    assert_eq!(
        rows[0],
        [
            "State",
            "Plan ID",
            "Path",
            "Person",
            "Coordinator",
            "Next revision",
            "Days",
            "Last commit",
            "Last commit date",
            "Last commit author",
            "Uncommitted"
        ]
    );
    assert_eq!(rows.len(), 3, "{rows:?}");
    let commit = &rows[1][7];
    assert_eq!(commit.len(), 7, "{rows:?}");
    assert_eq!(
        rows[1],
        [
            "due soon",
            "2026-101",
            "plans/ødegård.yaml",
            "Kåre \"Kåkå\" Ødegård, jr.",
            "Håkon Vik",
            "2026-06-20",
            "19",
            commit,
            "2026-03-02",
            "Åse \"Kontoret\" Ødegård, NAV",
            "no"
        ]
    );
    assert_eq!(rows[2][0], "ok");
    assert_eq!(rows[2][4], "Ola Hansen");
    assert_eq!(rows[2][10], "yes");

    let run = env.ip(&[
        "due",
        "plans",
        "--all",
        "--as-of",
        "2026-06-01",
        "--format",
        "csv",
        "--coordinator",
        "håkon VIK",
    ]);
    run.code(0);
    let rows = read_csv(&run.stdout);
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[1][1], "2026-101");
    // The filter counts for --check too: Ola's plans need nothing.
    env.ip(&[
        "due",
        "plans",
        "--as-of",
        "2026-06-01",
        "--check",
        "--coordinator",
        "Ola Hansen",
    ])
    .code(0);
    env.ip(&[
        "due",
        "plans",
        "--as-of",
        "2026-06-01",
        "--check",
        "--coordinator",
        "Håkon Vik",
    ])
    .code(1);
}

const VALIDATE_FHIR: &str = r#"
import json, sys
from fhir.resources.R4B.bundle import Bundle
# The required bindings of the codes ip writes (FHIR R4), which the models do not check.
CODES = {
    "CarePlan": {"status": {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
                 "intent": {"proposal", "plan", "order", "option"}},
    "Goal": {"lifecycleStatus": {"proposed", "planned", "accepted", "active", "on-hold", "completed", "cancelled", "entered-in-error", "rejected"}},
    "CareTeam": {"status": {"proposed", "active", "suspended", "inactive", "entered-in-error"}},
    "Consent": {"status": {"draft", "proposed", "active", "rejected", "inactive", "entered-in-error"}},
}
ACTIVITY = {"not-started", "scheduled", "in-progress", "on-hold", "completed", "cancelled", "stopped", "unknown", "entered-in-error"}

def no_empties(value, where):
    if isinstance(value, dict):
        assert value, f"empty object at {where}"
        for k, v in value.items():
            no_empties(v, f"{where}.{k}")
    elif isinstance(value, list):
        assert value, f"empty array at {where}"
        for i, v in enumerate(value):
            no_empties(v, f"{where}[{i}]")
    elif isinstance(value, str):
        assert value.strip(), f"empty string at {where}"

def references(value):
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "reference" and isinstance(v, str):
                yield v
            else:
                yield from references(v)
    elif isinstance(value, list):
        for v in value:
            yield from references(v)

report = []
for path in sys.argv[1:]:
    raw = json.load(open(path, encoding="utf-8"))
    bundle = Bundle.model_validate(raw)  # raises on any element R4 does not allow
    assert bundle.type == "collection"
    no_empties(raw, path)
    urls = [e["fullUrl"] for e in raw["entry"]]
    assert len(set(urls)) == len(urls), "fullUrls repeat"
    for ref in references(raw):
        assert ref in urls, f"{path}: {ref} is not in the bundle"
    kinds = []
    for e in raw["entry"]:
        r = e["resource"]
        assert e["fullUrl"] == "urn:uuid:" + r["id"]
        kinds.append(r["resourceType"])
        for key, allowed in CODES.get(r["resourceType"], {}).items():
            assert r[key] in allowed, (path, r["resourceType"], key, r[key])
        if r["resourceType"] == "CarePlan":
            for a in r.get("activity", []):
                assert a["detail"]["status"] in ACTIVITY, a
        if r["resourceType"] == "Patient":
            assert set(r) <= {"resourceType", "id", "name", "birthDate"}, r
    report.append(kinds)
print(json.dumps(report))
"#;

#[test]
fn fhir_bundles_of_every_example_pass_an_independent_r4_validator() {
    let env = Env::new();
    let mut files = Vec::new();
    for (i, plan) in examples().iter().enumerate() {
        let plan = plan.display().to_string();
        let out = format!("{i}.fhir.json");
        let args = ["export", "--format", "fhir", &plan, "--as-of", "2026-06-01"];
        let run = ip_at(env.path(), EPOCH, &args);
        run.code(0);
        // Stable: the same plan gives the same bundle, ids and all.
        assert_eq!(ip_at(env.path(), EPOCH, &args).stdout, run.stdout);
        let json = run.json();
        assert_eq!(json["timestamp"], "2026-01-01T00:00:00Z");
        env.file(&out, &run.stdout);
        files.push(env.path().join(out).display().to_string());
    }
    // -o writes the same bundle.
    let plan = three_examples()[0].clone();
    let args = ["export", "--format", "fhir", &plan, "--as-of", "2026-06-01"];
    let stdout = ip_at(env.path(), EPOCH, &args).stdout;
    ip_at(
        env.path(),
        EPOCH,
        &[&args[..], &["-o", "x.fhir.json"]].concat(),
    )
    .code(0);
    assert_eq!(env.read("x.fhir.json"), stdout);

    let Some(py) = venv_python("fhir.resources.R4B.bundle") else {
        return;
    };
    let args: Vec<&str> = files.iter().map(String::as_str).collect();
    let kinds: Vec<Vec<String>> = serde_json::from_str(&python(&py, VALIDATE_FHIR, &args)).unwrap();
    assert_eq!(kinds.len(), files.len());
    let jonas = examples()
        .iter()
        .position(|p| p.ends_with("2026-004-jonas-berg.yaml"))
        .unwrap();
    assert_eq!(
        kinds[jonas],
        // Jonas (v2) consented to the plan and to sharing: two records, two Consents.
        ["Patient", "CarePlan", "Goal", "Goal", "CareTeam", "Consent", "Consent"]
    );
}

#[test]
fn fhir_export_maps_the_plan_and_keeps_the_name_out_on_request() {
    let env = Env::new();
    env.file("plan.yaml", complete_plan());
    let run = ip_at(
        env.path(),
        EPOCH,
        &[
            "export",
            "--format",
            "fhir",
            "plan.yaml",
            "--as-of",
            "2026-06-01",
        ],
    );
    run.code(0);
    let bundle = run.json();
    let resource = |kind: &str| {
        bundle["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["resource"].clone())
            .find(|r| r["resourceType"] == kind)
            .unwrap()
    };
    let care_plan = resource("CarePlan");
    assert_eq!(care_plan["status"], "active");
    assert_eq!(care_plan["intent"], "plan");
    assert_eq!(care_plan["identifier"][0]["value"], "2026-017");
    assert_eq!(care_plan["period"]["end"], "2027-01-15");
    assert_eq!(care_plan["activity"].as_array().unwrap().len(), 2);
    assert_eq!(care_plan["activity"][0]["detail"]["status"], "in-progress");
    assert_eq!(resource("Goal")["target"][0]["dueDate"], "2027-06-30");
    assert_eq!(resource("Goal")["lifecycleStatus"], "active");
    let team = resource("CareTeam");
    assert_eq!(team["participant"][0]["role"][0]["text"], "Koordinator");
    assert_eq!(team["participant"][0]["member"]["display"], "Ola Hansen");
    let consent = resource("Consent");
    assert_eq!(consent["status"], "active");
    assert_eq!(
        consent["scope"]["coding"][0]["system"],
        "http://terminology.hl7.org/CodeSystem/consentscope"
    );
    assert_eq!(consent["category"][0]["coding"][0]["code"], "59284-0");
    assert_eq!(
        resource("Patient"),
        serde_json::json!({
            "resourceType": "Patient",
            "id": resource("Patient")["id"],
            "name": [{"text": "Kari Nordmann"}],
            "birthDate": "2008-05-02"
        })
    );

    let run = ip_at(
        env.path(),
        EPOCH,
        &[
            "export",
            "--format",
            "fhir",
            "plan.yaml",
            "--no-person-name",
        ],
    );
    run.code(0);
    assert!(!run.stdout.contains("Kari Nordmann"), "{}", run.stdout);
    assert!(!run.stdout.contains("900 00 000"));

    // Invalid: refused by name, nothing written; with --draft, a draft CarePlan.
    env.file(
        "broken.yaml",
        complete_plan().replace("responsible: heimeteneste", "responsible: heimetenesta"),
    );
    let run = ip_at(
        env.path(),
        EPOCH,
        &["export", "--format", "fhir", "broken.yaml", "-o", "b.json"],
    );
    run.code(2);
    assert!(run
        .stderr_flat()
        .contains("not exported: 1 invalid plan: broken.yaml"));
    assert!(!env.path().join("b.json").exists());
    let run = ip_at(
        env.path(),
        EPOCH,
        &["export", "--format", "fhir", "broken.yaml", "--draft"],
    );
    run.code(0);
    assert!(run.stdout.contains("\"status\": \"draft\""));

    // One plan at a time.
    let run = ip_at(env.path(), EPOCH, &["export", "--format", "fhir", "."]);
    run.code(2);
    assert!(run.stderr.contains("writes one plan"), "{}", run.stderr);
}
