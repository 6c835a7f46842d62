//! `ip validate` as users and CI meet it: paths, formats, exit codes, bad input.

use crate::harness::{complete_plan, plan_with_id, root, run_in, Env};

#[test]
fn bundled_examples_pass() {
    let run = run_in(&root(), &["validate", "examples/"], None);
    run.code(0);
    assert!(
        run.stdout
            .contains("5 plans checked: 5 valid, 0 invalid; 0 errors, 0 warnings"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_broken_plan_fails_with_line_letter_and_fix() {
    let env = Env::new();
    env.file(
        "plan.yaml",
        complete_plan().replace("responsible: heimeteneste", "responsible: heimetenesta"),
    );
    let run = env.ip(&["validate", "plan.yaml"]);
    run.code(1);
    assert!(run.stdout.contains("plan.yaml:63:18"), "{}", run.stdout);
    assert!(run.stdout.contains("innhold bokstav e"), "{}", run.stdout);
    assert!(
        run.stdout.contains("did you mean `heimeteneste`?"),
        "{}",
        run.stdout
    );
    assert!(run
        .stdout
        .contains("1 plan checked: 0 valid, 1 invalid; 1 error, 0 warnings."));
}

#[test]
fn json_has_the_shape_of_the_spec() {
    let env = Env::new();
    env.file(
        "plans/a.yaml",
        complete_plan().replace("responsible: heimeteneste", "responsible: x"),
    );
    env.file(
        "plans/b.yaml",
        plan_with_id("2026-018").replace("sharing: true", "sharing: false"),
    );
    let run = env.ip(&["validate", "--format", "json", "plans"]);
    run.code(1);
    let json = run.json();
    let files = json["files"].as_array().unwrap();
    assert_eq!(files[0]["path"], "plans/a.yaml");
    assert_eq!(files[0]["id"], "2026-017");
    assert_eq!(files[0]["valid"], false);
    let d = &files[0]["diagnostics"][0];
    assert_eq!(d["code"], "IP030");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["pointer"], "/measures/0/responsible");
    assert_eq!(d["line"], 63);
    assert_eq!(d["column"], 18);
    assert_eq!(d["item"], "e");
    assert!(d["help"].as_str().unwrap().contains("coordinator"));
    assert_eq!(
        files[1]["valid"], true,
        "warnings alone do not make a plan invalid"
    );
    assert_eq!(files[1]["diagnostics"][0]["severity"], "warning");
    assert_eq!(
        json["summary"],
        serde_json::json!({ "files": 2, "valid": 1, "errors": 1, "warnings": 1 })
    );
    // The documented shape (docs/json-report.md), version 1.
    let top: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(top, ["version", "files", "summary"]);
    assert_eq!(json["version"], 1);
    let keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "code",
            "name",
            "severity",
            "message",
            "pointer",
            "line",
            "column",
            "end_line",
            "end_column",
            "item",
            "help"
        ]
    );
    assert_eq!(d["name"], "unknown-responsible");
    assert_eq!(
        (&d["end_line"], &d["end_column"]),
        (&serde_json::json!(63), &serde_json::json!(19))
    );
}

#[test]
fn github_format_is_one_workflow_command_per_finding() {
    let env = Env::new();
    env.file(
        "p, 1.yaml",
        complete_plan()
            .replace("sharing: true", "sharing: false")
            .replace("responsible: heimeteneste", "responsible: x"),
    );
    let run = env.ip(&["validate", "--format", "github", "p, 1.yaml"]);
    run.code(1);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    // End positions (columns only on one line, as GitHub requires), code and name as the
    // title, the law's letter and the fix in the message.
    assert!(
        lines[0].starts_with("::warning file=p%2C 1.yaml,line=21,endLine=21,col=12,endColumn=17,title=IP052 no-sharing-consent::"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with("::error file=p%2C 1.yaml,line=63,endLine=63,col=18,endColumn=19,title=IP030 unknown-responsible::measure `m1`"),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].contains("%0A(forskrift om individuell plan, innhold bokstav e)%0Ahelp: "),
        "{}",
        lines[1]
    );
}

#[test]
fn deny_warnings_fails_on_warnings() {
    let env = Env::new();
    env.file(
        "plan.yaml",
        complete_plan().replace("sharing: true", "sharing: false"),
    );
    env.ip(&["validate", "plan.yaml"]).code(0);
    let run = env.ip(&[
        "validate",
        "--deny-warnings",
        "--format",
        "json",
        "plan.yaml",
    ]);
    run.code(1);
    assert_eq!(run.json()["files"][0]["valid"], false);
}

#[test]
fn all_findings_in_all_files_in_one_run() {
    let env = Env::new();
    env.file(
        "a.yaml",
        complete_plan().replace("status: active", "status: aktiv"),
    );
    env.file(
        "b.yaml",
        plan_with_id("2026-018").replace("coordinator:\n", "coordinater:\n"),
    );
    env.file("c.yaml", plan_with_id("2026-019"));
    let run = env.ip(&["validate", "--format", "json", "."]);
    run.code(1);
    let json = run.json();
    assert_eq!(json["summary"]["files"], 3);
    assert_eq!(json["summary"]["valid"], 1);
    assert_eq!(
        json["summary"]["errors"], 3,
        "IP011 in a; IP007 and IP023 in b"
    );
}

#[test]
fn stdin_is_read_with_a_dash() {
    let env = Env::new();
    let run = env.ip_stdin(
        &["validate", "--format", "json", "-"],
        complete_plan().as_bytes(),
    );
    run.code(0);
    assert_eq!(run.json()["files"][0]["path"], "<stdin>");
    env.ip_stdin(&["validate", "-"], b"- a list\n").code(1);
}

#[test]
fn folders_honour_gitignore_and_skip_hidden_and_other_files() {
    let env = Env::new();
    env.file("plans/a.yaml", complete_plan());
    env.file("plans/b.yml", plan_with_id("2026-018"));
    env.file("plans/notes.txt", "not a plan");
    env.file("plans/drafts/broken.yaml", "- not a plan");
    env.file("plans/.hidden/broken.yaml", "- not a plan");
    env.file(".gitignore", "drafts/\n");
    let run = env.ip(&["validate", "--format", "json", "plans"]);
    run.code(0);
    let paths: Vec<String> = run.json()["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(paths, ["plans/a.yaml", "plans/b.yml"]);
}

#[test]
fn ip_toml_plans_are_used_when_no_path_is_given_even_from_a_subfolder() {
    let env = Env::new();
    env.file("ip.toml", "plans = [\"plans\"]\n");
    env.file(
        "plans/a.yaml",
        complete_plan().replace("status: active", "status: aktiv"),
    );
    env.file("other/x.yaml", "- not looked at");
    std::fs::create_dir_all(env.path().join("plans/sub")).unwrap();
    let run = crate::harness::run_in(
        &env.path().join("plans/sub"),
        &["validate", "--format", "json"],
        None,
    );
    run.code(1);
    assert_eq!(run.json()["summary"]["files"], 1);
}

#[test]
fn a_broken_ip_toml_is_exit_2_with_line_and_column() {
    let env = Env::new();
    env.file(
        "ip.toml",
        "language = \"nb\"\n[revision]\ninterval = \"halvårleg\"\n",
    );
    env.file("a.yaml", complete_plan());
    let run = env.ip(&["validate", "a.yaml"]);
    run.code(2);
    assert!(run.stderr.contains("ip.toml:3:12"), "{}", run.stderr);
    env.file("ip.toml", "langauge = \"nb\"\n");
    let run = env.ip(&["validate", "a.yaml"]);
    run.code(2);
    assert!(
        run.stderr.contains("ip.toml:1:1") && run.stderr.contains("langauge"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_path_that_does_not_exist_is_exit_2() {
    let env = Env::new();
    let run = env.ip(&["validate", "nope.yaml"]);
    run.code(2);
    assert!(run.stderr.contains("nope.yaml"), "{}", run.stderr);
}

#[test]
fn a_folder_without_plans_is_exit_2() {
    let env = Env::new();
    env.file("empty/readme.txt", "no plans here");
    let run = env.ip(&["validate", "empty"]);
    run.code(2);
    assert!(
        run.stderr.contains("no plans found in empty"),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_arguments_are_exit_2() {
    Env::new().ip(&["validate", "--format", "xml"]).code(2);
    Env::new().ip(&["frobnicate"]).code(2);
}

/// Every kind of bad input gets exit 0, 1 or 2 and a message, never a panic or a hang.
#[test]
fn bad_input_never_panics() {
    let env = Env::new();
    let plan = complete_plan();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("dup.yaml", b"a: 1\na: 2\n".to_vec(), "IP002"),
        ("list.yaml", b"- 1\n- 2\n".to_vec(), "IP003"),
        ("scalar.yaml", b"42\n".to_vec(), "IP003"),
        ("empty.yaml", b"".to_vec(), "IP003"),
        ("docs.yaml", b"a: 1\n---\nb: 2\n".to_vec(), "IP003"),
        ("tabs.yaml", b"a:\n\tb: 1\n".to_vec(), "IP001"),
        ("latin1.yaml", b"name: K\xe5re\n".to_vec(), "IP004"),
        (
            "bom.yaml",
            [b"\xEF\xBB\xBF".as_slice(), plan.as_bytes()].concat(),
            "",
        ),
        ("crlf.yaml", plan.replace('\n', "\r\n").into_bytes(), ""),
        (
            "deep.yaml",
            format!("a: {}{}\n", "[".repeat(100_000), "]".repeat(100_000)).into_bytes(),
            "IP005",
        ),
        (
            "deepmap.yaml",
            (0..5000)
                .map(|i| format!("{}k{i}:\n", "  ".repeat(i)))
                .collect::<String>()
                .into_bytes(),
            "IP005",
        ),
        ("nul.yaml", b"a: \0\n".to_vec(), ""),
        (
            "weird-keys.yaml",
            b"? [a, b]\n: 1\n1: x\nnull: y\n".to_vec(),
            "IP007",
        ),
    ];
    for (name, bytes, code) in &cases {
        env.file(name, bytes);
        let run = env.ip(&["validate", "--format", "json", name]);
        assert!(
            run.code == 0 || run.code == 1,
            "{name}: exit {}\n{}",
            run.code,
            run.stderr
        );
        if !code.is_empty() {
            let codes: Vec<String> = run.positions().into_iter().map(|p| p.0).collect();
            assert!(
                codes.iter().any(|c| c == code),
                "{name}: expected {code}, got {codes:?}"
            );
        }
    }
    // A BOM and CRLF line ends are fine, and positions stay right.
    env.ip(&["validate", "bom.yaml"]).code(0);
    env.ip(&["validate", "crlf.yaml"]).code(0);
    env.file(
        "crlf-bad.yaml",
        plan.replace("responsible: heimeteneste", "responsible: x")
            .replace('\n', "\r\n"),
    );
    let run = env.ip(&["validate", "--format", "json", "crlf-bad.yaml"]);
    assert_eq!(run.positions(), [("IP030".to_owned(), 63, 18)]);
}

#[test]
fn a_huge_file_is_refused_unread() {
    let env = Env::new();
    let file = std::fs::File::create(env.path().join("huge.yaml")).unwrap();
    file.set_len(100 * 1024 * 1024).unwrap(); // sparse: costs no disk
    let run = env.ip(&["validate", "--format", "json", "huge.yaml"]);
    run.code(1);
    let json = run.json();
    let d = &json["files"][0]["diagnostics"][0];
    assert_eq!(d["code"], "IP005");
    assert!(d["message"].as_str().unwrap().contains("100.0 MiB"), "{d}");
}

#[test]
fn an_unreadable_file_is_exit_2_after_checking_the_rest() {
    let env = Env::new();
    env.file("good.yaml", complete_plan());
    std::fs::create_dir(env.path().join("dir.yaml")).unwrap();
    std::os::unix::fs::symlink("missing-target.yaml", env.path().join("dangling.yaml")).unwrap();
    let run = env.ip(&["validate", "good.yaml", "dangling.yaml"]);
    run.code(2);
    assert!(run.stderr.contains("dangling.yaml"), "{}", run.stderr);
}

#[test]
fn no_colour_when_piped_or_no_color_is_set() {
    let env = Env::new();
    env.file(
        "plan.yaml",
        complete_plan().replace("status: active", "status: aktiv"),
    );
    let run = env.ip(&["validate", "plan.yaml"]);
    assert!(
        !run.stdout.contains('\u{1b}'),
        "escape codes in piped output"
    );
    let run = env.ip(&["--color", "always", "validate", "plan.yaml"]);
    assert!(run.stdout.contains('\u{1b}'), "--color always colours");
}

#[test]
fn the_readme_example_plan_is_valid() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let section = &readme[readme.find("## The plan format in brief").unwrap()..];
    let start = section.find("```yaml\n").unwrap() + 8;
    let end = start + section[start..].find("```").unwrap();
    let env = Env::new();
    env.file("readme.yaml", &section[start..end]);
    let run = env.ip(&["validate", "readme.yaml"]);
    run.code(0);
}
