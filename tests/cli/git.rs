//! `ip due`, `ip history`, `ip diff` and `ip revise` against scripted repositories:
//! commits at fixed dates with a fixed identity, built with git2 (never the developer's
//! own git config or `GIT_*` variables).

use crate::harness::{complete_plan, Env, Run};

/// A temporary repository; commits are made at noon UTC on the given day.
struct Repo {
    env: Env,
    repo: git2::Repository,
}

impl Repo {
    fn new() -> Repo {
        let env = Env::new();
        let repo = git2::Repository::init(env.path()).unwrap();
        let mut config = repo.config().unwrap();
        config.set_str("user.name", "Ola Hansen").unwrap();
        config
            .set_str("user.email", "ola.hansen@example.no")
            .unwrap();
        Repo { env, repo }
    }

    fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> &Repo {
        self.env.file(name, contents);
        self
    }

    fn commit(&self, message: &str, day: &str) -> String {
        let mut index = self.repo.index().unwrap();
        index
            .add_all(["*"], git2::IndexAddOption::DEFAULT, None)
            .unwrap();
        index.update_all(["*"], None).unwrap();
        index.write().unwrap();
        let tree = self.repo.find_tree(index.write_tree().unwrap()).unwrap();
        let date = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
        let ts = date.and_hms_opt(12, 0, 0).unwrap().and_utc().timestamp();
        let sig =
            git2::Signature::new("Kari Holm", "kari.holm@example.no", &git2::Time::new(ts, 0))
                .unwrap();
        let parents: Vec<git2::Commit> = self
            .repo
            .head()
            .ok()
            .and_then(|h| h.peel_to_commit().ok())
            .into_iter()
            .collect();
        let parents: Vec<&git2::Commit> = parents.iter().collect();
        let oid = self
            .repo
            .commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)
            .unwrap();
        oid.to_string()[..7].to_owned()
    }

    fn ip(&self, args: &[&str]) -> Run {
        self.env.ip(args)
    }
}

/// The complete plan with another next revision, and an id of its own made from it (two
/// files with one id are IP054).
fn plan_with(next: &str) -> String {
    complete_plan()
        .replace("next: 2026-07-15", &format!("next: {next}"))
        .replace("id: \"2026-017\"", &format!("id: \"{next}\""))
}

fn states(run: &Run) -> Vec<(String, String)> {
    run.json()["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["path"].as_str().unwrap().to_owned(),
                p["state"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn due_lists_what_needs_revision_most_urgent_first() {
    let r = Repo::new();
    r.file("plans/overdue.yaml", plan_with("2026-10-09"))
        .file("plans/soon.yaml", plan_with("2026-12-12"))
        .file("plans/later.yaml", plan_with("2027-01-10"))
        .file(
            "plans/ended.yaml",
            plan_with("2026-10-15")
                .replace("end: 2027-01-15", "end: 2026-11-01")
                .replace("end: 2026-12-31", "end: 2026-10-31"),
        )
        .file(
            "plans/closed.yaml",
            plan_with("2026-03-01").replace("status: active", "status: closed"),
        )
        .file(
            "plans/broken.yaml",
            plan_with("2026-12-01").replace("responsible: heimeteneste", "responsible: x"),
        );
    let first = r.commit("Add plans", "2026-01-15");
    r.file(
        "plans/soon.yaml",
        plan_with("2026-12-12").replace("extent: 1 time", "extent: 2 timar"),
    );
    let second = r.commit("Change soon", "2026-02-20");
    r.file(
        "plans/later.yaml",
        plan_with("2027-01-10") + "# edited, not committed\n",
    );

    let run = r.ip(&["due", "plans", "--as-of", "2026-11-23", "--format", "json"]);
    run.code(0);
    let json = run.json();
    assert_eq!(json["as_of"], "2026-11-23");
    assert_eq!(json["within_days"], 30);
    assert_eq!(
        states(&run),
        [
            ("plans/overdue.yaml".into(), "overdue".into()),
            ("plans/ended.yaml".into(), "period-ended".into()),
            ("plans/broken.yaml".into(), "invalid".into()),
            ("plans/soon.yaml".into(), "due-soon".into()),
        ]
    );
    let overdue = &json["plans"][0];
    assert_eq!(overdue["days"], -45);
    assert_eq!(overdue["person"], "Kari Nordmann");
    assert_eq!(overdue["coordinator"], "Ola Hansen");
    assert_eq!(
        overdue["last_commit"],
        serde_json::json!({ "id": first, "date": "2026-01-15", "author": "Kari Holm" })
    );
    assert_eq!(overdue["uncommitted"], false);
    assert_eq!(json["plans"][3]["last_commit"]["id"], second.as_str());
    assert_eq!(json["plans"][3]["days"], 19);

    // --all adds ok and closed; the uncommitted edit shows.
    let all = r.ip(&[
        "due",
        "plans",
        "--as-of",
        "2026-11-23",
        "--format",
        "json",
        "--all",
    ]);
    let all_states = states(&all);
    assert_eq!(all_states[4], ("plans/later.yaml".into(), "ok".into()));
    assert_eq!(all_states[5], ("plans/closed.yaml".into(), "closed".into()));
    assert_eq!(all.json()["plans"][4]["uncommitted"], true);

    // The window: with --within 60 days the later plan is due soon too.
    let wide = r.ip(&[
        "due",
        "plans",
        "--as-of",
        "2026-11-23",
        "--within",
        "60 days",
        "--format",
        "json",
    ]);
    assert!(states(&wide).contains(&("plans/later.yaml".into(), "due-soon".into())));

    // --check fails when anything needs revision, and the table speaks plainly.
    let table = r.ip(&["due", "plans", "--as-of", "2026-11-23", "--check"]);
    table.code(1);
    assert!(table.stdout.contains("45 days overdue"), "{}", table.stdout);
    assert!(table.stdout.contains("in 19 days"), "{}", table.stdout);
    assert!(
        table.stdout.contains("4 of 6 plans need attention"),
        "{}",
        table.stdout
    );
    r.ip(&[
        "due",
        "plans/later.yaml",
        "--as-of",
        "2026-11-23",
        "--check",
    ])
    .code(0);
}

/// More plans than one piece of the streamed table (256 rows): still one table, every
/// column as wide from the first row to the last, the widest name (in the last plan)
/// deciding its column's width in the first piece too.
#[test]
fn a_due_table_of_many_plans_is_one_table_drawn_in_pieces() {
    let r = Repo::new();
    let start = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let count = 600;
    for i in 0..count {
        let next = (start + chrono::Days::new(i)).to_string();
        let mut plan = plan_with(&next);
        if i == count - 1 {
            plan = plan.replacen("name: Kari Nordmann", "name: Kari Nordmann-Vestrheim", 1);
        }
        r.file(&format!("plans/p{i:03}.yaml"), plan);
    }
    r.commit("Add plans", "2025-06-01");
    let run = r.ip(&["due", "plans", "--all", "--as-of", "2026-01-01"]);
    run.code(0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    let borders = |start: char| lines.iter().filter(|l| l.starts_with(start)).count();
    assert_eq!(
        (borders('┌'), borders('╞'), borders('└')),
        (1, 1, 1),
        "one top border, one header line, one bottom border:\n{}",
        run.stdout
    );
    let table: Vec<&&str> = lines.iter().take_while(|l| !l.starts_with('└')).collect();
    let width = |l: &str| l.chars().count();
    assert!(
        table.iter().all(|l| width(l) == width(lines[0])),
        "every line of the table is as wide as its top border"
    );
    let column = |l: &str| l.char_indices().filter(|(_, c)| "┆│".contains(*c)).count();
    assert!(table[1..]
        .iter()
        .all(|l| !l.starts_with('│') || column(l) == 8));
    for i in [0, 255, 256, 599] {
        let id = (start + chrono::Days::new(i)).to_string();
        assert_eq!(
            table.iter().filter(|l| l.contains(&id)).count(),
            1,
            "plan {i}: one line with its id and next revision"
        );
    }
    let first_row = lines[3];
    let name_at = first_row.find("Kari Nordmann").unwrap();
    let last = lines
        .iter()
        .find(|l| l.contains("Kari Nordmann-Vestrheim"))
        .unwrap();
    assert_eq!(last.find("Kari Nordmann"), Some(name_at));
    assert!(
        lines.last().unwrap().contains(&format!("of {count} plans")),
        "{}",
        lines.last().unwrap()
    );
}

#[test]
fn due_outside_git_has_no_git_facts() {
    let env = Env::new();
    env.file("a.yaml", plan_with("2026-10-09"));
    let run = env.ip(&["due", "a.yaml", "--as-of", "2026-11-23", "--format", "json"]);
    run.code(0);
    let p = &run.json()["plans"][0];
    assert_eq!(p["last_commit"], serde_json::Value::Null);
    assert_eq!(p["uncommitted"], true);
    let table = env.ip(&["due", "a.yaml", "--as-of", "2026-11-23"]);
    assert!(table.stdout.contains("not in git"), "{}", table.stdout);
}

#[test]
fn due_uses_ip_toml_window_and_plans() {
    let r = Repo::new();
    r.file(
        "ip.toml",
        "plans = [\"plans\"]\n[revision]\ndue_within = \"6 weeks\"\n",
    )
    .file("plans/a.yaml", plan_with("2026-12-30"));
    let run = r.ip(&["due", "--as-of", "2026-11-23", "--format", "json"]);
    assert_eq!(run.json()["within_days"], 42);
    assert_eq!(states(&run), [("plans/a.yaml".into(), "due-soon".into())]);
}

#[test]
fn due_in_an_empty_repository_with_untracked_odd_names() {
    let r = Repo::new();
    r.file("planar/kåre ørn æ.yaml", plan_with("2026-10-09"));
    let run = r.ip(&["due", ".", "--as-of", "2026-11-23", "--format", "json"]);
    run.code(0);
    let p = &run.json()["plans"][0];
    assert_eq!(p["path"], "planar/kåre ørn æ.yaml");
    assert_eq!(p["last_commit"], serde_json::Value::Null);
    assert_eq!(p["uncommitted"], true);
    let table = r.ip(&["due", ".", "--as-of", "2026-11-23"]);
    assert!(table.stdout.contains("never committed"), "{}", table.stdout);
    // Committed, the odd name is found in the walk.
    let id = r.commit("Add plan", "2026-02-01");
    let run = r.ip(&["due", ".", "--as-of", "2026-11-23", "--format", "json"]);
    assert_eq!(run.json()["plans"][0]["last_commit"]["id"], id.as_str());
}

#[test]
fn due_on_a_detached_head_and_in_a_worktree() {
    let r = Repo::new();
    r.file("a.yaml", plan_with("2026-10-09"));
    let first = r.commit("One", "2026-01-15");
    r.file("a.yaml", plan_with("2026-10-10"));
    r.commit("Two", "2026-02-15");
    // Detached at the first commit.
    let oid = r.repo.revparse_single(&first).unwrap().id();
    r.repo.set_head_detached(oid).unwrap();
    r.repo
        .checkout_head(Some(git2::build::CheckoutBuilder::new().force()))
        .unwrap();
    let run = r.ip(&["due", "a.yaml", "--as-of", "2026-11-23", "--format", "json"]);
    assert_eq!(run.json()["plans"][0]["last_commit"]["id"], first.as_str());
    assert_eq!(run.json()["plans"][0]["days"], -45);
    // A linked worktree sees its own checkout.
    let wt_path = r.env.path().join("wt");
    let branch_commit = r.repo.find_commit(oid).unwrap();
    let branch = r.repo.branch("other", &branch_commit, false).unwrap();
    let reference = branch.into_reference();
    let mut options = git2::WorktreeAddOptions::new();
    options.reference(Some(&reference));
    r.repo.worktree("wt", &wt_path, Some(&options)).unwrap();
    let run = crate::harness::run_in(
        &wt_path,
        &["due", "a.yaml", "--as-of", "2026-11-23", "--format", "json"],
        None,
    );
    run.code(0);
    assert_eq!(run.json()["plans"][0]["last_commit"]["id"], first.as_str());
    assert_eq!(run.json()["plans"][0]["uncommitted"], false);
}

#[test]
fn due_in_a_shallow_clone_says_history_is_cut_short() {
    let r = Repo::new();
    r.file("a.yaml", plan_with("2026-10-09"))
        .file("b.yaml", plan_with("2026-10-09"));
    r.commit("One", "2026-01-15");
    r.file("b.yaml", plan_with("2026-10-20"));
    let second = r.commit("Two", "2026-02-15");
    let clone = Env::new();
    let url = format!("file://{}", r.env.path().display());
    let status = std::process::Command::new("git")
        .current_dir(clone.path())
        .args(["clone", "-q", "--depth", "1", &url, "c"])
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .status();
    let Ok(status) = status else {
        eprintln!("notice: no git command; skipping the shallow-clone test");
        return;
    };
    assert!(status.success());
    let dir = clone.path().join("c");
    let run = crate::harness::run_in(
        &dir,
        &[
            "due",
            ".",
            "--as-of",
            "2026-11-23",
            "--format",
            "json",
            "--all",
        ],
        None,
    );
    run.code(0);
    assert!(run.stderr.contains("shallow clone"), "{}", run.stderr);
    for p in run.json()["plans"].as_array().unwrap() {
        assert_eq!(p["last_commit"]["id"], second.as_str(), "{p}");
        assert_eq!(p["last_commit"]["cut_short"], true, "{p}");
    }
    let table = crate::harness::run_in(&dir, &["due", ".", "--as-of", "2026-11-23"], None);
    assert!(
        table.stdout.contains("on or before 2026-02-15"),
        "{}",
        table.stdout
    );
}

#[test]
fn history_tells_the_story_of_a_plan_across_a_rename() {
    let r = Repo::new();
    r.file("plans/old name.yaml", complete_plan());
    let c1 = r.commit("Create plan", "2026-01-15");
    std::fs::rename(
        r.env.path().join("plans/old name.yaml"),
        r.env.path().join("plans/kari.yaml"),
    )
    .unwrap();
    let c2 = r.commit("Rename plan", "2026-02-01");
    r.file(
        "plans/kari.yaml",
        complete_plan()
            .replace("next: 2026-07-15", "next: 2026-08-15")
            .replace("goals: [g1, g2]", "goals: [g1]")
            .replace("  - id: g2\n    description: Klare handleturen på eiga hand.\n    horizon: short\n", "")
            .replace("  name: Ola Hansen", "  name: Nils Vik"),
    );
    let c3 = r.commit("Revise after meeting", "2026-03-10");
    r.file("unrelated.txt", "x");
    r.commit("Unrelated", "2026-04-01");

    let run = r.ip(&["history", "plans/kari.yaml", "--format", "json"]);
    run.code(0);
    let json = run.json();
    let entries = json.as_array().unwrap();
    assert_eq!(entries.len(), 3, "{json:#}");
    let ids: Vec<&str> = entries
        .iter()
        .map(|e| e["commit"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [c3.as_str(), c2.as_str(), c1.as_str()]);
    let whats = |i: usize| -> Vec<String> {
        entries[i]["changes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["what"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        whats(0),
        [
            "coordinator changed",
            "revision moved",
            "goal g2 removed",
            "measure m2 changed"
        ]
    );
    assert_eq!(whats(1), ["renamed from plans/old name.yaml"]);
    assert_eq!(whats(2), ["plan created"]);
    assert_eq!(entries[0]["commit"]["date"], "2026-03-10");
    assert_eq!(entries[0]["commit"]["author"], "Kari Holm");
    assert_eq!(entries[0]["message"], "Revise after meeting");

    let table = r.ip(&["history", "plans/kari.yaml"]);
    assert!(
        table
            .stdout
            .contains("coordinator changed: name Ola Hansen → Nils Vik"),
        "{}",
        table.stdout
    );
}

#[test]
fn history_and_diff_outside_git_are_exit_2() {
    let env = Env::new();
    env.file("a.yaml", complete_plan());
    let run = env.ip(&["history", "a.yaml"]);
    run.code(2);
    assert!(
        run.stderr.contains("not in a git repository"),
        "{}",
        run.stderr
    );
    env.ip(&["diff", "a.yaml"]).code(2);
}

#[test]
fn diff_compares_in_plan_terms() {
    let r = Repo::new();
    r.file("kari.yaml", complete_plan());
    r.commit("Create", "2026-01-15");
    r.file(
        "kari.yaml",
        complete_plan()
            .replace("extent: 2 timar kvar veke", "extent: 3 timar kvar veke")
            .replace("# The complete", "# A comment edit in the complete"),
    );
    let run = r.ip(&["diff", "kari.yaml"]);
    run.code(0);
    assert!(run.stdout.contains("to the working file"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("• measure m1 changed\n    extent 2 timar kvar veke → 3 timar kvar veke\n"),
        "{}",
        run.stdout
    );
    r.commit("Edit", "2026-02-01");
    let run = r.ip(&["diff", "kari.yaml", "HEAD~1", "HEAD"]);
    assert!(run.stdout.contains("measure m1 changed"), "{}", run.stdout);
    let run = r.ip(&["diff", "kari.yaml"]);
    assert!(run.stdout.contains("No change."), "{}", run.stdout);
    r.ip(&["diff", "kari.yaml", "no-such-rev"]).code(2);
}

const COMMENTED: &str = "# yaml-language-server: $schema=../schemas/plan.schema.json\n";

#[test]
fn revise_changes_only_the_two_dates_and_commits_only_that_file() {
    let r = Repo::new();
    let original = complete_plan()
        .replace("revision:\n  next: 2026-07-15\n  interval: 6 months\n  last: 2026-01-15\n", "revision:   # item g\n  next: \"2026-07-15\"    # agreed at the meeting\n\n  interval: 6 months\n")
        .replace("id: \"2026-017\"", "id: '2026-017'   # quoted the other way");
    assert!(original.starts_with("# yaml"), "{}", &original[..40]);
    let _ = COMMENTED;
    r.file("plans/kari.yaml", &original)
        .file("plans/other.yaml", complete_plan());
    r.commit("Create", "2026-01-15");
    r.file("plans/other.yaml", complete_plan() + "# work in progress\n");

    let run = r.ip(&[
        "revise",
        "plans/kari.yaml",
        "--on",
        "2026-07-10",
        "--commit",
    ]);
    run.code(0);
    let revised = r.env.read("plans/kari.yaml");
    let expected = original
        .replace("next: \"2026-07-15\"", "next: \"2027-01-10\"")
        .replace(
            "  interval: 6 months\n",
            "  interval: 6 months\n  last: 2026-07-10\n",
        );
    assert_eq!(revised, expected, "every other byte stays");
    // The commit holds only the revised file; the other edit is still uncommitted.
    let head = r.repo.head().unwrap().peel_to_commit().unwrap();
    // As `git commit -m` writes it: the message and a newline.
    assert_eq!(
        head.message().ok(),
        Some("Revise plan 2026-017: next revision 2027-01-10\n")
    );
    assert_eq!(
        head.author().name(),
        Ok("Ola Hansen"),
        "the user's configured identity"
    );
    let parent = head.parent(0).unwrap();
    let diff = r
        .repo
        .diff_tree_to_tree(
            Some(&parent.tree().unwrap()),
            Some(&head.tree().unwrap()),
            None,
        )
        .unwrap();
    let files: Vec<String> = diff
        .deltas()
        .map(|d| d.new_file().path().unwrap().display().to_string())
        .collect();
    assert_eq!(files, ["plans/kari.yaml"]);
    let status = r
        .repo
        .status_file(std::path::Path::new("plans/other.yaml"))
        .unwrap();
    assert!(status.contains(git2::Status::WT_MODIFIED));
    let status = r
        .repo
        .status_file(std::path::Path::new("plans/kari.yaml"))
        .unwrap();
    assert!(
        status.is_empty(),
        "the revised file is clean after the commit: {status:?}"
    );
}

#[test]
fn revise_refuses_an_invalid_plan_and_writes_nothing() {
    let env = Env::new();
    let broken = complete_plan().replace("responsible: heimeteneste", "responsible: x");
    env.file("a.yaml", &broken);
    let run = env.ip(&["revise", "a.yaml", "--on", "2026-07-10"]);
    run.code(1);
    assert!(run.stdout.contains("IP030"), "{}", run.stdout);
    assert_eq!(env.read("a.yaml"), broken);
}

#[test]
fn revise_with_next_and_without_interval() {
    let env = Env::new();
    let plan = complete_plan().replace("  interval: 6 months\n", "");
    env.file("a.yaml", &plan);
    let run = env.ip(&["revise", "a.yaml", "--on", "2026-07-10"]);
    run.code(2);
    assert!(run.stderr.contains("--next"), "{}", run.stderr);
    env.ip(&[
        "revise",
        "a.yaml",
        "--on",
        "2026-07-10",
        "--next",
        "2026-12-01",
    ])
    .code(0);
    assert_eq!(
        env.read("a.yaml"),
        plan.replace("next: 2026-07-15", "next: 2026-12-01")
            .replace("last: 2026-01-15", "last: 2026-07-10")
    );
    // ip.toml's interval is the fallback.
    env.file("ip.toml", "[revision]\ninterval = \"3 months\"\n");
    env.ip(&["revise", "a.yaml", "--on", "2026-08-01"]).code(0);
    assert!(env.read("a.yaml").contains("next: 2026-11-01"));
    // --commit outside git is exit 2 and writes nothing.
    let before = env.read("a.yaml");
    env.ip(&["revise", "a.yaml", "--on", "2026-09-01", "--commit"])
        .code(2);
    assert_eq!(env.read("a.yaml"), before);
}

/// Format v2: a consent given for a period ends, and the plan is then due for the
/// coordinator (ask again), whatever its revision date says. A renewed record, or one
/// without an end, keeps the consent alive; a withdrawn record is not counted.
#[test]
fn due_reports_a_consent_that_ends() {
    let env = Env::new();
    let v2 = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/valid/complete-v2.yaml"),
    )
    .unwrap();
    let with_until = |until: &str| {
        v2.replacen(
            "    covers: sharing\n    given: 2026-01-10\n",
            &format!("    covers: sharing\n    given: 2026-01-10\n    until: {until}\n"),
            1,
        )
    };
    // Revision next is 2026-07-15: as of 2026-05-01 that is 75 days ahead, not due.
    let state = |text: &str| {
        env.file("p.yaml", text);
        let run = env.ip(&[
            "due",
            "p.yaml",
            "--all",
            "--as-of",
            "2026-05-01",
            "--format",
            "json",
        ]);
        run.code(0);
        let json = run.json();
        let p = &json["plans"][0];
        (
            p["state"].as_str().unwrap_or("").to_owned(),
            p["consent_until"].clone(),
        )
    };
    assert_ne!(
        with_until("2026-04-30"),
        v2,
        "the fixture has the record the test edits"
    );
    assert_eq!(
        state(&with_until("2026-04-30")),
        (
            "consent-expired".to_owned(),
            serde_json::json!("2026-04-30")
        )
    );
    assert_eq!(
        state(&with_until("2026-05-20")),
        (
            "consent-expiring".to_owned(),
            serde_json::json!("2026-05-20")
        )
    );
    assert_eq!(
        state(&with_until("2026-12-31")),
        ("ok".to_owned(), serde_json::Value::Null)
    );
    assert_eq!(
        state(&v2),
        ("ok".to_owned(), serde_json::Value::Null),
        "no end given: it holds"
    );
    // Given again for a new period: the later record counts.
    let renewed = with_until("2026-04-30").replacen(
        "\nvoice:",
        "  - party: person\n    covers: sharing\n    given: 2026-04-28\n    until: 2027-04-28\n\nvoice:",
        1,
    );
    assert_eq!(
        state(&renewed),
        ("ok".to_owned(), serde_json::Value::Null),
        "{renewed}"
    );
    let withdrawn = renewed.replacen(
        "    until: 2027-04-28\n",
        "    until: 2027-04-28\n    withdrawn: 2026-04-29\n",
        1,
    );
    assert_eq!(
        state(&withdrawn).0,
        "consent-expired",
        "a withdrawn record does not renew"
    );
    // The table says when it ended and what to do, in the user's language.
    env.file("p.yaml", with_until("2026-04-30"));
    let table = env.ip(&["--lang", "nn", "due", "p.yaml", "--as-of", "2026-05-01"]);
    assert!(
        table.stdout.contains("samtykket har gått ut")
            && table.stdout.contains("samtykket gjekk ut 2026-04-30"),
        "{}",
        table.stdout
    );
}

/// A revision is recorded once held (no date after today), and the next one falls inside
/// the plan period: a `--next` after the period ends is refused, and a next date computed
/// from the interval stops at the period's last day.
#[test]
fn revise_keeps_its_dates_inside_the_period_and_never_in_the_future() {
    let env = Env::new();
    let plan = complete_plan();
    assert!(plan.contains("  end: 2027-01-15\n") && plan.contains("interval: 6 months"));
    env.file("a.yaml", &plan);
    let run = env.ip(&["--lang", "en", "revise", "a.yaml", "--on", "2099-01-01"]);
    run.code(2);
    assert!(run.stderr.contains("is after today"), "{}", run.stderr);
    let run = env.ip(&[
        "--lang",
        "nb",
        "revise",
        "a.yaml",
        "--on",
        "2026-07-10",
        "--next",
        "2027-02-01",
    ]);
    run.code(2);
    assert!(
        run.stderr.contains(
            "neste revidering (2027-02-01) er etter at planperioden slutter (2027-01-15)"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(env.read("a.yaml"), plan, "nothing written");
    // 2026-09-01 + 6 months is after the period: the next revision is its last day.
    env.ip(&["revise", "a.yaml", "--on", "2026-09-01"]).code(0);
    let revised = env.read("a.yaml");
    assert!(
        revised.contains("next: 2027-01-15") && revised.contains("last: 2026-09-01"),
        "{revised}"
    );
}

/// `ip diff` and `ip history` on a v2 plan: a consent withdrawn, the person's own words
/// added and an evaluation of a goal, in plan terms.
#[test]
fn diff_speaks_of_v2_consent_records_voice_and_evaluations() {
    let r = Repo::new();
    let v2 = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/valid/complete-v2.yaml"),
    )
    .unwrap();
    r.file("p.yaml", &v2);
    r.commit("Plan", "2026-01-15");
    let edited = v2
        .replacen(
            "    covers: sharing\n    given: 2026-01-10\n",
            "    covers: sharing\n    given: 2026-01-10\n    withdrawn: 2026-06-01\n",
            1,
        )
        .replacen(
            "    recorded_by: kari\n",
            "    recorded_by: kari\n  - date: 2026-06-01\n    text: Eg vil ikkje at skulen skal vite meir.\n",
            1,
        )
        .replacen(
            "    target: 2027-06-30\n",
            "    target: 2027-06-30\n    evaluations:\n      - { date: 2026-06-01, status: on-track }\n",
            1,
        );
    assert_eq!(
        edited.matches("2026-06-01").count(),
        3,
        "all three edits landed"
    );
    r.file("p.yaml", &edited);
    let run = r.ip(&["--lang", "nb", "diff", "p.yaml"]);
    run.code(0);
    for line in [
        "samtykke person (sharing, 2026-01-10) endret",
        "withdrawn satt til 2026-06-01",
        "egne ord 2026-06-01 lagt til",
        "mål g1 endret",
        "evaluations[1].status satt til on-track",
    ] {
        assert!(run.stdout.contains(line), "`{line}` in:\n{}", run.stdout);
    }
    r.commit("Samtykke til deling trukket", "2026-06-02");
    let run = r.ip(&["--lang", "nn", "history", "p.yaml"]);
    run.code(0);
    assert!(
        run.stdout
            .contains("samtykke person (sharing, 2026-01-10) endra"),
        "{}",
        run.stdout
    );
}

/// `git` at a given time (author and committer), so the order of commits is the clock's.
fn git_at(dir: &std::path::Path, day: u32, args: &[&str]) {
    let date = format!("2026-03-{day:02}T12:00:00+00:00");
    let out = crate::harness::git_command(dir)
        .env("GIT_AUTHOR_DATE", &date)
        .env("GIT_COMMITTER_DATE", &date)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn history_across_merges_lists_what_git_log_lists() {
    let env = Env::new();
    let dir = env.path();
    let edit = |from: &str, to: &str| {
        let path = dir.join("plans/a.yaml");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{from}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    crate::harness::git(dir, &["init", "-q", "-b", "main"]);
    env.file("plans/a.yaml", complete_plan());
    env.file("plans/b.yaml", crate::harness::plan_with_id("2026-101"));
    git_at(dir, 1, &["add", "."]);
    git_at(dir, 1, &["commit", "-q", "-m", "Plans"]);
    // A side branch changes a; main changes only b; the merge takes the side's a.
    git_at(dir, 2, &["checkout", "-q", "-b", "side"]);
    edit("next: 2026-07-15", "next: 2026-08-15");
    git_at(dir, 2, &["commit", "-q", "-am", "Side: a's next revision"]);
    git_at(dir, 3, &["checkout", "-q", "main"]);
    std::fs::write(
        dir.join("plans/b.yaml"),
        crate::harness::plan_with_id("2026-102"),
    )
    .unwrap();
    git_at(dir, 3, &["commit", "-q", "-am", "Main: b"]);
    git_at(
        dir,
        4,
        &["merge", "-q", "--no-ff", "-m", "Merge side", "side"],
    );
    // Both sides change a, in different places: the merge differs from each parent.
    git_at(dir, 5, &["checkout", "-q", "-b", "side2"]);
    edit("interval: 6 months", "interval: 3 months");
    git_at(dir, 5, &["commit", "-q", "-am", "Side 2: a's interval"]);
    git_at(dir, 6, &["checkout", "-q", "main"]);
    edit("  start: 2026-01-15", "  start: 2026-01-16");
    git_at(dir, 6, &["commit", "-q", "-am", "Main: a's start"]);
    git_at(
        dir,
        7,
        &["merge", "-q", "--no-ff", "-m", "Merge side 2", "side2"],
    );

    let expected = crate::harness::git(
        dir,
        &["log", "--format=%h", "--abbrev=7", "--", "plans/a.yaml"],
    );
    let expected: Vec<&str> = expected.lines().collect();
    assert_eq!(
        expected.len(),
        5,
        "git lists the merge of side 2, not the first merge"
    );
    let run = env.ip(&["history", "plans/a.yaml", "--format", "json"]);
    run.code(0);
    let json = run.json();
    let ids: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["commit"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, expected, "{json:#}");
    // `ip diff` from the first merge to HEAD: the two changes since, and the commits
    // that last changed a at each end (the side's commit, the last merge).
    let merge = crate::harness::git(dir, &["rev-parse", "--short=7", "HEAD^1^1"]);
    let run = env.ip(&["diff", "plans/a.yaml", merge.trim(), "HEAD"]);
    run.code(0);
    for expected in [
        "interval 6 months → 3 months",
        "start 2026-01-15 → 2026-01-16",
        expected[0],
        expected[3],
    ] {
        assert!(run.stdout.contains(expected), "{expected}: {}", run.stdout);
    }
}
