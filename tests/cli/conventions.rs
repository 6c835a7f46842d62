//! Command-line conventions of the best Rust tools: configuration flags, quiet and verbose,
//! colour from the environment, one error style, did-you-mean, paths a hook passes.

use crate::harness::{command, complete_plan, plan_with_id, Env};

#[test]
fn a_broken_ip_toml_does_not_stop_no_config_and_config_names_another() {
    let env = Env::new();
    env.file("plan.yaml", complete_plan());
    env.file("ip.toml", "plans = [\n");
    let run = env.ip(&["validate", "plan.yaml"]);
    run.code(2);
    assert!(run.stderr.contains("broken ip.toml"), "{}", run.stderr);
    env.ip(&["--no-config", "validate", "plan.yaml"]).code(0);
    env.file("other.toml", "language = \"nn\"\n");
    env.ip(&["validate", "--config", "other.toml", "plan.yaml"])
        .code(0);
    let run = env.ip(&["validate", "--config", "missing.toml", "plan.yaml"]);
    run.code(2);
    assert!(run.stderr.contains("missing.toml"), "{}", run.stderr);
}

#[test]
fn quiet_says_nothing_but_errors_and_verbose_says_what_was_read() {
    let env = Env::new();
    let run = env.ip(&["-q", "new", "-o", "a.yaml"]);
    run.code(0);
    assert_eq!(run.stderr, "");
    let run = env.ip(&["new", "-o", "b.yaml"]);
    assert!(run.stderr.contains("wrote b.yaml"), "{}", run.stderr);
    env.file("ip.toml", "language = \"nb\"\n");
    let run = env.ip(&["-v", "validate", "--format", "json", "a.yaml"]);
    // ip.toml says nb: the detail is in bokmål too.
    assert!(run.stderr.contains("innstillinger: "), "{}", run.stderr);
}

#[test]
fn errors_have_one_style_with_clap() {
    let env = Env::new();
    let ours = env.ip(&["validate", "missing.yaml"]);
    ours.code(2);
    assert!(
        ours.stderr
            .trim_start()
            .starts_with("error: cannot read missing.yaml"),
        "{}",
        ours.stderr
    );
    let clap = env.ip(&["validate", "--format", "xml"]);
    clap.code(2);
    assert!(clap.stderr.starts_with("error:"), "{}", clap.stderr);
}

#[test]
fn explain_suggests_the_nearest_rule() {
    let run = Env::new().ip(&["explain", "unknown-responsibl"]);
    run.code(2);
    assert!(
        run.stderr.contains("did you mean `unknown-responsible`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn colour_follows_the_environment_when_auto() {
    let env = Env::new();
    env.file(
        "plan.yaml",
        complete_plan().replace("status: active", "status: aktiv"),
    );
    let run_with = |vars: &[(&str, &str)]| {
        let mut cmd = command(env.path());
        cmd.env_remove("NO_COLOR").args(["validate", "plan.yaml"]);
        for (k, v) in vars {
            cmd.env(k, v);
        }
        String::from_utf8_lossy(&cmd.output().unwrap().stdout).into_owned()
    };
    assert!(
        run_with(&[("CLICOLOR_FORCE", "1")]).contains('\u{1b}'),
        "CLICOLOR_FORCE"
    );
    assert!(
        !run_with(&[("TERM", "dumb")]).contains('\u{1b}'),
        "not a terminal, TERM=dumb"
    );
    assert!(
        !run_with(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]).contains('\u{1b}'),
        "NO_COLOR wins"
    );
}

#[test]
fn paths_outside_the_configured_plans_are_skipped_with_a_note() {
    let env = Env::new();
    env.file(
        "ip.toml",
        "plans = [\"plans\"]\nexclude = [\"plans/archive/**\"]\n",
    );
    env.file("plans/kari.yaml", complete_plan());
    env.file("plans/archive/old.yaml", "- not a plan\n");
    env.file(".pre-commit-config.yaml", "repos: []\n");
    env.file(".github/workflows/ci.yml", "on: [push]\n");
    // What a pre-commit hook passes: every changed YAML file.
    let run = env.ip(&[
        "validate",
        "plans/kari.yaml",
        "plans/archive/old.yaml",
        ".pre-commit-config.yaml",
        ".github/workflows/ci.yml",
    ]);
    run.code(0);
    assert!(run.stdout.contains("1 plan checked"), "{}", run.stdout);
    assert!(
        run.stderr_flat().contains("--force-paths"),
        "{}",
        run.stderr
    );
    // Only non-plans: nothing to check is fine for a hook.
    env.ip(&["validate", ".pre-commit-config.yaml"]).code(0);
    // --force-paths checks them anyway.
    env.ip(&["validate", "--force-paths", ".pre-commit-config.yaml"])
        .code(1);
    // A folder walk honours `exclude`.
    let run = env.ip(&["validate", "--format", "json", "plans"]);
    run.code(0);
    assert_eq!(run.json()["summary"]["files"], 1);
}

#[test]
fn stdin_filename_names_the_plan_read_from_standard_input() {
    let env = Env::new();
    let run = env.ip_stdin(
        &[
            "validate",
            "--format",
            "json",
            "--stdin-filename",
            "plans/kari.yaml",
            "-",
        ],
        plan_with_id("2026-777")
            .replace("status: active", "status: aktiv")
            .as_bytes(),
    );
    run.code(1);
    assert_eq!(run.json()["files"][0]["path"], "plans/kari.yaml");
}

#[test]
fn a_plan_can_accept_a_warning_with_a_reason_but_never_an_error() {
    let env = Env::new();
    let warned = complete_plan().replace("sharing: true", "sharing: false");
    env.file("a.yaml", &warned);
    let run = env.ip(&["validate", "--format", "json", "--deny-warnings", "a.yaml"]);
    run.code(1);
    assert_eq!(run.positions()[0].0, "IP052");

    let accepted = format!(
        "{warned}\naccept_warnings:\n  - rule: IP052\n    reason: Kari vil ikke dele; avtalt 10. januar 2026.\n"
    );
    env.file("a.yaml", &accepted);
    env.ip(&["validate", "--deny-warnings", "a.yaml"]).code(0);

    // An error cannot be accepted (the law's content list is errors), nor a rule that is not.
    let errors = format!(
        "{}\naccept_warnings:\n  - rule: IP030\n    reason: x\n  - rule: no-sharing-consnt\n    reason: y\n  - rule: IP052\n",
        complete_plan().replace("responsible: heimeteneste", "responsible: x")
    );
    env.file("b.yaml", &errors);
    let run = env.ip(&["validate", "--format", "json", "b.yaml"]);
    run.code(1);
    let json = run.json();
    let messages: Vec<(&str, &str)> = json["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["code"].as_str().unwrap(), d["message"].as_str().unwrap()))
        .collect();
    assert!(
        messages.iter().any(|(c, _)| *c == "IP030"),
        "the error stays: {messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|(c, m)| *c == "IP011" && m.contains("only warnings can be accepted")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|(c, m)| *c == "IP011" && m.contains("not a rule")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|(c, m)| *c == "IP008" && m.contains("reason")),
        "{messages:?}"
    );
}

#[test]
fn inside_github_actions_findings_become_annotations_by_default() {
    let env = Env::new();
    env.file(
        "plan.yaml",
        complete_plan().replace("status: active", "status: aktiv"),
    );
    let out = command(env.path())
        .env("GITHUB_ACTIONS", "true")
        .args(["validate", "plan.yaml"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("::error file=plan.yaml,"), "{stdout}");
    // An explicit --format wins.
    let out = command(env.path())
        .env("GITHUB_ACTIONS", "true")
        .args(["validate", "--format", "text", "plan.yaml"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains("::error"));
}
