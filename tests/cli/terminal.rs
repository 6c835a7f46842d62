//! Plans as hostile input to a terminal: control characters and bidirectional controls in
//! plan text are shown as `\u{…}` in every text output (validate, render, due, history,
//! diff), never sent; `ip`'s own colours still are. And a finding far along a very long
//! line is reported without its snippet instead of panicking in the snippet printer.

use crate::harness::{complete_plan, Env, Run};

/// What a terminal would obey or reorder by: ESC sequences, BEL, NUL, DEL, a C1 CSI and the
/// bidirectional override, isolate and mark used in the plans below.
const RAW: &[char] = &[
    '\u{1b}', '\u{7}', '\u{0}', '\u{7f}', '\u{9b}', '\u{202e}', '\u{2066}', '\u{200f}',
];

#[track_caller]
fn assert_shown_not_sent(output: &str, what: &str) {
    assert_shown_as(output, what, r"\u{1b}");
}

#[track_caller]
fn assert_shown_as(output: &str, what: &str, esc: &str) {
    for c in RAW {
        assert!(
            !output.contains(*c),
            "{what}: U+{:04X} reached the terminal:\n{output}",
            u32::from(*c)
        );
    }
    assert!(
        output.contains(esc),
        "{what}: the escape is shown as {esc}:\n{output}"
    );
}

/// The complete plan with terminal commands in its text (YAML escapes in double quotes).
fn plan_with_controls() -> String {
    complete_plan()
        .replacen(
            "  name: Kari Nordmann\n",
            "  name: \"Kari \\e]0;Ny tittel\\a Nordmann\\u202E\"\n",
            1,
        )
        .replace(
            "  - God kontakt med familien.",
            "  - \"God kontakt\\e[2J med \\x9b familien.\\u2066\"",
        )
        .replace(
            "  name: Ola Hansen",
            "  name: \"Ola \\x7f\\u200F Hansen\\0\"",
        )
}

fn commit(repo: &git2::Repository, author: &str, message: &str, when: i64) {
    let mut index = repo.index().unwrap();
    index
        .add_all(["*"], git2::IndexAddOption::DEFAULT, None)
        .unwrap();
    index.write().unwrap();
    let tree = repo.find_tree(index.write_tree().unwrap()).unwrap();
    let sig =
        git2::Signature::new(author, "kari.holm@example.no", &git2::Time::new(when, 0)).unwrap();
    let parents: Vec<git2::Commit> = repo
        .head()
        .ok()
        .and_then(|h| h.peel_to_commit().ok())
        .into_iter()
        .collect();
    let parents: Vec<&git2::Commit> = parents.iter().collect();
    repo.commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)
        .unwrap();
}

#[test]
fn validate_shows_terminal_controls_in_messages_snippets_and_paths() {
    let env = Env::new();
    env.file(
        "p\u{1b}[2J.yaml",
        "version: 1\nid: \"a\\e]0;x\\ab\"\nstatus: \"\\e[31mbogus\\u202E\"\n# \u{202e}kommentar\u{2066}\n",
    );
    let run = env.ip(&["validate", "."]);
    run.code(1);
    assert_shown_not_sent(&run.stdout, "validate");
    assert!(
        run.stdout
            .contains(r"`status` is `\u{1b}[31mbogus\u{202e}`"),
        "the message: {}",
        run.stdout
    );
    assert!(
        run.stdout.contains(r"# \u{202e}kommentar\u{2066}"),
        "the snippet: {}",
        run.stdout
    );
    assert!(
        run.stdout.contains(r"p\u{1b}[2J.yaml:3:9:"),
        "{}",
        run.stdout
    );
    let github = env.ip(&["validate", ".", "--format", "github"]);
    github.code(1);
    assert_shown_not_sent(&github.stdout, "validate --format github");
}

/// The snippet is shown from the escaped text, so its underline must still point at the
/// value: offsets are mapped, not reused.
#[test]
fn the_snippet_underlines_the_value_after_escapes_before_it() {
    let env = Env::new();
    env.file(
        "p.yaml",
        "version: 1\nid: x\u{202e}y\nstatus: \"\u{202e}\u{202e}\u{202e}\" # \u{2066}\n",
    );
    let run = env.ip(&["validate", "p.yaml"]);
    run.code(1);
    let lines: Vec<&str> = run.stdout.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains(r#"3 │ status: "\u{202e}\u{202e}\u{202e}" # \u{2066}"#))
        .unwrap_or_else(|| panic!("{}", run.stdout));
    let source = lines[at];
    let underline = lines[at + 1];
    let value = source.find('"').unwrap();
    let marks: Vec<usize> = underline
        .char_indices()
        .filter(|(_, c)| *c != ' ' && *c != '·')
        .map(|(i, _)| underline[..i].chars().count())
        .collect();
    let value_col = source[..value].chars().count();
    let value_end = value_col + r#""\u{202e}\u{202e}\u{202e}""#.len();
    assert_eq!(
        (marks.first().copied(), marks.last().copied()),
        (Some(value_col), Some(value_end - 1)),
        "the underline spans the quoted value:\n{source}\n{underline}"
    );
}

#[test]
fn render_due_history_and_diff_show_terminal_controls() {
    let env = Env::new();
    env.file("kari.yaml", plan_with_controls());
    // Markdown escapes the backslash and braces of `\u{1b}`, so it prints as such.
    for (format, esc) in [("md", r"\\u\{1b\}"), ("html", r"\u{1b}")] {
        let run = env.ip(&["render", "kari.yaml", "--format", format]);
        run.code(0);
        assert_shown_as(&run.stdout, format, esc);
    }
    let repo = git2::Repository::init(env.path()).unwrap();
    commit(
        &repo,
        "Kari Holm",
        "Ny plan\u{1b}[2J\u{202e}",
        1_768_478_400,
    );
    env.file(
        "kari.yaml",
        plan_with_controls().replace(
            "extent: 2 timar kvar veke",
            "extent: \"3 \\e[5m timar kvar veke\"",
        ),
    );
    // The author of the last commit is in the `due` table.
    commit(
        &repo,
        "Kari \u{1b}]0;x\u{7}Holm",
        "Endra omfang\u{9b}1m",
        1_769_000_000,
    );
    let due = env.ip(&["due", "--all", "."]);
    due.code(0);
    assert_shown_not_sent(&due.stdout, "due");
    let history = env.ip(&["history", "kari.yaml"]);
    history.code(0);
    assert_shown_not_sent(&history.stdout, "history");
    let diff = env.ip(&["diff", "kari.yaml", "HEAD~1", "HEAD"]);
    diff.code(0);
    assert_shown_not_sent(&diff.stdout, "diff");
}

#[test]
fn ip_own_colours_still_reach_the_terminal() {
    let env = Env::new();
    env.file("p.yaml", "version: 1\nstatus: \"\\e[2Jbogus\"\n");
    let run = env.ip(&["validate", "--color", "always", "p.yaml"]);
    run.code(1);
    assert!(
        run.stdout.contains("\u{1b}[3"),
        "miette's colours: {}",
        run.stdout
    );
    assert!(!run.stdout.contains("\u{1b}[2J"), "{}", run.stdout);
    assert!(run.stdout.contains(r"\u{1b}[2Jbogus"), "{}", run.stdout);
}

/// A plan of one 70,000-character line (JSON style). miette pads the underline of a
/// finding with `{:width$}`, which panics past 65,535: the run stopped with exit 101 and the
/// other plans went unreported.
#[test]
fn a_finding_past_column_65535_does_not_stop_the_run() {
    let env = Env::new();
    let long = format!(
        "{{version: 1, id: \"{}\", status: bogus}}\n",
        "x".repeat(70_000)
    );
    env.file("long.yaml", &long);
    env.file(
        "short.yaml",
        complete_plan().replace("responsible: heimeteneste", "responsible: x"),
    );
    let run: Run = env.ip(&["validate", "."]);
    run.code(1);
    assert!(
        run.stdout
            .contains("long.yaml:1:70030: `status` is `bogus`"),
        "{}",
        &run.stdout[..run.stdout.len().min(4_000)]
    );
    assert!(run.stdout.contains("IP011") && run.stdout.contains("IP030"));
    assert!(
        run.stdout.contains("short.yaml:"),
        "the other plan is reported"
    );
    assert!(
        run.stdout
            .contains("the line is not shown: it is longer than 1000 characters"),
        "{}",
        &run.stdout[..run.stdout.len().min(4_000)]
    );
    assert!(run.stdout.contains("2 plans checked: 0 valid, 2 invalid"));
    assert!(
        run.stdout.len() < 20_000,
        "the long line is not printed: {} bytes",
        run.stdout.len()
    );
    // The same report refuses the plan in `ip render` and `ip revise`.
    for args in [
        &["render", "long.yaml"][..],
        &["revise", "long.yaml", "--on", "2026-07-10"],
    ] {
        let run = env.ip(args);
        run.code(1);
        assert!(
            run.stdout.contains("long.yaml:1:70030:"),
            "{args:?}: {}",
            run.stdout
        );
    }
    assert_eq!(env.read("long.yaml"), long);
}

/// A plan with thousands of findings: the first hundred are drawn with their snippet, every
/// other one still gets a line of its own with its place, message and code, and the summary
/// counts them all. (Drawing 100,000 snippets took seconds and no one reads them.)
#[test]
fn past_a_hundred_findings_in_a_plan_each_gets_one_line() {
    let env = Env::new();
    let keys: String = (0..1_500).map(|i| format!("k{i:04}: v\n")).collect();
    env.file("many.yaml", format!("{}{keys}", complete_plan()));
    let first_key_line = complete_plan().lines().count() + 1;
    let run = env.ip(&["validate", "many.yaml"]);
    run.code(1);
    assert_eq!(
        run.stdout.matches("\n  help: ").count(),
        100,
        "drawn in full"
    );
    assert!(run.stdout.contains(
        "many.yaml: 1400 more findings, one line each (the first 100 are drawn in full above"
    ));
    for i in [100, 777, 1_499] {
        let line = format!(
            "\n  × many.yaml:{}:1: unknown key `k{i:04}` in the plan [IP007]\n",
            first_key_line + i
        );
        assert!(run.stdout.contains(&line), "{line}");
    }
    assert!(run
        .stdout
        .ends_with("1 plan checked: 0 valid, 1 invalid; 1500 errors, 0 warnings.\n"));
    let nn = env.ip(&["--lang", "nn", "validate", "many.yaml"]);
    assert!(nn
        .stdout
        .contains("many.yaml: 1400 funn til, eitt per linje"));
}
