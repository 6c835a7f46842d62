//! Trust with health data: `ip` never destroys or replaces a file it was not asked to,
//! never leaves or commits plan content where it does not belong, and never states a git
//! fact it did not read. Each test is named after what broke (issue "Trust with health
//! data"); repositories are made with the `git` program under a clean configuration.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::harness::{complete_plan, git, git_command, Env, Run};

/// A repository with `plans/kari.yaml` committed, the identity Ola Hansen in its config.
fn repo_with_plan(init: &[&str]) -> Env {
    let env = Env::new();
    let mut args = vec!["init", "-q"];
    args.extend_from_slice(init);
    git(env.path(), &args);
    git(env.path(), &["config", "user.name", "Ola Hansen"]);
    git(
        env.path(),
        &["config", "user.email", "ola.hansen@example.no"],
    );
    env.file("plans/kari.yaml", complete_plan());
    git(env.path(), &["add", "."]);
    git(env.path(), &["commit", "-q", "-m", "Create"]);
    env
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

fn revise_args(extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = ["revise", "plans/kari.yaml", "--on", "2026-07-10"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

fn ip(env: &Env, args: &[String]) -> Run {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    env.ip(&args)
}

// ---------------------------------------------------------------------------------------------
// 1. Writing output

#[cfg(unix)]
#[test]
fn render_output_writes_through_devices_fifos_and_links_never_replaces_them() {
    use std::os::unix::fs::FileTypeExt;
    let env = Env::new();
    env.file("plans/kari.yaml", complete_plan());
    let dir = env.path();

    // A FIFO stays a FIFO; a reader gets the plan.
    let fifo = dir.join("pipe");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    env.ip(&["render", "plans/kari.yaml", "-o", "pipe"]).code(0);
    assert!(reader.join().unwrap().contains("Kari Nordmann"));
    assert!(std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo());

    // A symlink is followed: the target gets the plan, the link stays a link.
    env.file("out/target.md", "old");
    std::os::unix::fs::symlink("out/target.md", dir.join("link.md")).unwrap();
    env.ip(&["render", "plans/kari.yaml", "-o", "link.md"])
        .code(0);
    assert!(std::fs::symlink_metadata(dir.join("link.md"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(env.read("out/target.md").contains("Kari Nordmann"));

    // A character device made here (as /dev/null is one) stays a device.
    let null = dir.join("null");
    let made = Command::new("mknod")
        .args([null.to_str().unwrap(), "c", "1", "3"])
        .status()
        .is_ok_and(|s| s.success());
    if made {
        env.ip(&["render", "plans/kari.yaml", "-o", "null"]).code(0);
        assert!(std::fs::metadata(&null)
            .unwrap()
            .file_type()
            .is_char_device());
    } else {
        eprintln!("note: mknod needs root; the device-node case was skipped");
    }

    // Another plan, or any YAML file, is never replaced.
    env.file("plans/other.yaml", "version: 1\n");
    let run = env.ip(&["render", "plans/kari.yaml", "-o", "plans/other.yaml"]);
    run.code(2);
    assert!(run.stderr.contains("never overwrites"), "{}", run.stderr);
    assert_eq!(env.read("plans/other.yaml"), "version: 1\n");
    env.file("notes.yml", "x: 1\n");
    env.ip(&["render", "plans/kari.yaml", "-o", "notes.yml"])
        .code(2);
    assert_eq!(env.read("notes.yml"), "x: 1\n");
}

// ---------------------------------------------------------------------------------------------
// 2. `revise --commit` is the commit git would make

#[test]
fn revise_commit_goes_through_git_filters_eol_and_identity() {
    // A clean filter (as git-crypt uses; here rot13, its own inverse): the commit must
    // hold the filtered text.
    let env = repo_with_plan(&[]);
    let dir = env.path();
    git(
        dir,
        &["config", "filter.rot13.clean", "tr a-zA-Z n-za-mN-ZA-M"],
    );
    git(
        dir,
        &["config", "filter.rot13.smudge", "tr a-zA-Z n-za-mN-ZA-M"],
    );
    env.file(".gitattributes", "plans/*.yaml filter=rot13\n");
    git(dir, &["add", ".gitattributes"]);
    // Re-add the plan through the filter, so HEAD holds its filtered form.
    git(dir, &["add", "--renormalize", "plans/kari.yaml"]);
    git(dir, &["commit", "-q", "-m", "Filter"]);
    let run = ip(&env, &revise_args(&["--commit"]));
    run.code(0);
    let committed = git(dir, &["cat-file", "-p", "HEAD:plans/kari.yaml"]);
    assert!(committed.contains("Xnev Abeqznaa"), "filtered: {committed}");
    assert!(committed.contains("ynfg: 2026-07-10"), "{committed}");
    assert!(
        !committed.contains("Kari Nordmann"),
        "never the unfiltered text"
    );
    assert_eq!(
        git(dir, &["status", "--porcelain"]),
        "",
        "nothing left over"
    );

    // core.autocrlf: the working file keeps CRLF, the commit has LF, the index is clean.
    let env = Env::new();
    let dir = env.path();
    git(dir, &["init", "-q"]);
    git(dir, &["config", "core.autocrlf", "true"]);
    env.file("plans/kari.yaml", complete_plan().replace('\n', "\r\n"));
    git(dir, &["add", "."]);
    git(dir, &["commit", "-q", "-m", "Create"]);
    // The identity comes from the environment, as git takes it.
    let mut cmd = crate::harness::command(dir);
    let out = cmd
        .args(revise_args(&["--commit"]))
        .env("GIT_AUTHOR_NAME", "Siri Miljø")
        .env("GIT_AUTHOR_EMAIL", "siri@example.no")
        .env("GIT_COMMITTER_NAME", "Siri Miljø")
        .env("GIT_COMMITTER_EMAIL", "siri@example.no")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(env.read("plans/kari.yaml").contains("last: 2026-07-10\r\n"));
    let committed = git(dir, &["cat-file", "-p", "HEAD:plans/kari.yaml"]);
    assert!(
        !committed.contains('\r'),
        "the commit holds LF, as git converts"
    );
    assert_eq!(
        git(dir, &["status", "--porcelain"]),
        "",
        "the index is not stale"
    );
    assert_eq!(
        git(dir, &["log", "-1", "--format=%an"]).trim(),
        "Siri Miljø"
    );
}

#[test]
fn revise_commit_refuses_a_locked_index_an_ignored_file_and_other_changes() {
    let env = repo_with_plan(&[]);
    let dir = env.path();
    let before = env.read("plans/kari.yaml");

    // Another git process holds the index: exit 2, nothing written.
    std::fs::write(dir.join(".git/index.lock"), "").unwrap();
    let run = ip(&env, &revise_args(&["--commit"]));
    run.code(2);
    assert!(run.stderr.contains("index.lock"), "{}", run.stderr);
    assert_eq!(env.read("plans/kari.yaml"), before, "nothing written");
    std::fs::remove_file(dir.join(".git/index.lock")).unwrap();

    // An untracked plan that .gitignore excludes is not committed.
    env.file(".gitignore", "secret/\n");
    env.file("secret/sara.yaml", complete_plan());
    let run = env.ip(&[
        "revise",
        "secret/sara.yaml",
        "--on",
        "2026-07-10",
        "--commit",
    ]);
    run.code(2);
    assert!(run.stderr.contains("ignored"), "{}", run.stderr);
    assert_eq!(git(dir, &["log", "--format=%s"]).lines().count(), 1);

    // An unrelated uncommitted edit of the same plan (consent withdrawn from sharing) is
    // listed in plan terms and not committed under "Revise plan".
    env.file(
        "plans/kari.yaml",
        before.replace("sharing: true", "sharing: false"),
    );
    let run = ip(&env, &revise_args(&["--commit"]));
    run.code(2);
    assert!(run.stderr.contains("consent changed"), "{}", run.stderr);
    assert!(
        run.stderr.contains("sharing true → false"),
        "{}",
        run.stderr
    );
    assert_eq!(git(dir, &["log", "--format=%s"]).lines().count(), 1);
    assert!(env.read("plans/kari.yaml").contains("sharing: false\n"));
    // With --include-changes both go in, knowingly.
    ip(&env, &revise_args(&["--commit", "--include-changes"])).code(0);
    let committed = git(dir, &["cat-file", "-p", "HEAD:plans/kari.yaml"]);
    assert!(committed.contains("sharing: false") && committed.contains("last: 2026-07-10"));
}

// ---------------------------------------------------------------------------------------------
// 3. `revise` never leaves a readable copy, keeps owner, mode and links

#[cfg(unix)]
#[test]
fn revise_keeps_owner_mode_and_links_refuses_read_only_and_leaves_no_copy() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let env = repo_with_plan(&[]);
    let dir = env.path();
    let plan = dir.join("plans/kari.yaml");
    std::fs::set_permissions(&plan, std::fs::Permissions::from_mode(0o600)).unwrap();
    // A copy left by a killed run (its process is gone) is cleaned by the next run.
    std::fs::create_dir_all(dir.join(".git/ip/tmp")).unwrap();
    let stale = dir.join(".git/ip/tmp/.ip-tmp-999999999-x.tmp");
    std::fs::write(&stale, "left").unwrap();
    if is_root() {
        std::os::unix::fs::chown(&plan, Some(4242), Some(4242)).unwrap();
    }
    ip(&env, &revise_args(&[])).code(0);
    assert!(env.read("plans/kari.yaml").contains("last: 2026-07-10"));
    assert_eq!(mode(&plan), 0o600, "the mode is kept");
    if is_root() {
        assert_eq!(
            std::fs::metadata(&plan).unwrap().uid(),
            4242,
            "the owner is kept"
        );
    }
    assert!(!stale.exists(), "a stale copy is removed");
    let leftovers: Vec<PathBuf> = std::fs::read_dir(dir.join("plans"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap() != "kari.yaml")
        .collect();
    assert!(
        leftovers.is_empty(),
        "nothing beside the plan: {leftovers:?}"
    );
    assert_eq!(
        git(dir, &["status", "--porcelain", "--ignored"])
            .lines()
            .filter(|l| !l.contains("kari.yaml"))
            .count(),
        0
    );

    // A symlinked plan is revised through the link; the link stays.
    env.file("store/jonas.yaml", complete_plan());
    std::os::unix::fs::symlink("../store/jonas.yaml", dir.join("plans/jonas.yaml")).unwrap();
    env.ip(&["revise", "plans/jonas.yaml", "--on", "2026-07-10"])
        .code(0);
    assert!(std::fs::symlink_metadata(dir.join("plans/jonas.yaml"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(env.read("store/jonas.yaml").contains("last: 2026-07-10"));

    // A read-only plan is refused and left as it is.
    env.file("plans/ro.yaml", complete_plan());
    let ro = dir.join("plans/ro.yaml");
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o444)).unwrap();
    let run = env.ip(&["revise", "plans/ro.yaml", "--on", "2026-07-10"]);
    run.code(2);
    assert!(run.stderr.contains("read-only"), "{}", run.stderr);
    assert_eq!(env.read("plans/ro.yaml"), complete_plan());

    // The same size limit as validate.
    let big = complete_plan() + &format!("# {}\n", "x".repeat(9 * 1024 * 1024));
    env.file("plans/big.yaml", big);
    let run = env.ip(&["revise", "plans/big.yaml", "--on", "2026-07-10"]);
    run.code(2);
    assert!(run.stderr.contains("8 MiB"), "{}", run.stderr);
}

// ---------------------------------------------------------------------------------------------
// 4. Git errors are errors

#[test]
fn a_broken_git_file_is_an_error_not_a_draft() {
    let env = Env::new();
    env.file("plans/kari.yaml", complete_plan());
    env.file(".git", "gitdir: ./no-such-folder\n");
    for args in [
        vec!["due", "--format", "json", "plans"],
        vec!["render", "plans/kari.yaml"],
        vec!["history", "plans/kari.yaml"],
    ] {
        let run = env.ip(&args);
        run.code(2);
        assert!(run.stderr.contains("git"), "{args:?}: {}", run.stderr);
        assert!(!run.stdout.contains("uncommitted") && !run.stdout.contains("UTKAST"));
    }
}

#[test]
fn another_users_repository_is_an_error_naming_safe_directory() {
    if !is_root() {
        eprintln!("note: needs root to give the repository to another user; skipped");
        return;
    }
    let env = repo_with_plan(&[]);
    let status = Command::new("chown")
        .args(["-R", "4242:4242", env.path().to_str().unwrap()])
        .status()
        .unwrap();
    assert!(status.success());
    let run = env.ip(&["due", "--format", "json", "plans"]);
    run.code(2);
    assert!(run.stderr.contains("safe.directory"), "{}", run.stderr);
}

#[test]
fn a_sha256_repository_works_for_due_history_diff_render_and_revise() {
    let env = Env::new();
    let dir = env.path();
    let ok = git_command(dir)
        .args(["init", "-q", "--object-format=sha256"])
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("note: this git cannot make SHA-256 repositories; skipped");
        return;
    }
    git(dir, &["config", "user.name", "Ola Hansen"]);
    git(dir, &["config", "user.email", "ola.hansen@example.no"]);
    env.file("plans/kari.yaml", complete_plan());
    git(dir, &["add", "."]);
    git(dir, &["commit", "-q", "-m", "Create"]);
    env.file(
        "plans/kari.yaml",
        complete_plan().replace("2 timar kvar veke", "3 timar kvar veke"),
    );
    git(dir, &["commit", "-q", "-am", "More help"]);
    let head = git(dir, &["rev-parse", "--short=7", "HEAD"]);
    assert_eq!(
        git(dir, &["rev-parse", "HEAD"]).trim().len(),
        64,
        "a SHA-256 id"
    );

    let run = env.ip(&[
        "due",
        "--format",
        "json",
        "--all",
        "--as-of",
        "2026-03-01",
        "plans",
    ]);
    run.code(0);
    let plan = &run.json()["plans"][0];
    assert_eq!(plan["last_commit"]["id"], head.trim());
    assert_eq!(plan["uncommitted"], false);
    let run = env.ip(&["history", "plans/kari.yaml", "--format", "json"]);
    run.code(0);
    assert_eq!(run.json()[0]["changes"][0]["what"], "measure m1 changed");
    let run = env.ip(&["diff", "plans/kari.yaml", "HEAD~1", "HEAD"]);
    run.code(0);
    assert!(run.stdout.contains("3 timar kvar veke"), "{}", run.stdout);
    let run = env.ip(&["render", "plans/kari.yaml"]);
    run.code(0);
    assert!(
        run.stdout.contains(head.trim()) && !run.stdout.contains("UTKAST"),
        "{}",
        run.stdout
    );
    env.ip(&[
        "revise",
        "plans/kari.yaml",
        "--on",
        "2026-07-10",
        "--commit",
    ])
    .code(0);
    assert_eq!(
        git(dir, &["log", "-1", "--format=%s"]).trim(),
        "Revise plan 2026-017: next revision 2027-01-10"
    );
}

/// Removes a loose object from the repository (as a damaged clone may lack it).
fn remove_object(dir: &Path, id: &str) {
    let id = id.trim();
    let path = dir.join(".git/objects").join(&id[..2]).join(&id[2..]);
    std::fs::remove_file(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

#[test]
fn missing_objects_are_errors_never_no_commits_or_invented_changes() {
    // The HEAD commit object is gone: not "no commits yet".
    let env = repo_with_plan(&[]);
    let head = git(env.path(), &["rev-parse", "HEAD"]);
    remove_object(env.path(), &head);
    let run = env.ip(&["history", "plans/kari.yaml"]);
    run.code(2);
    assert!(!run.stdout.contains("no commits"), "{}", run.stdout);

    // An old version's blob is gone: not "plan created" or "plan deleted".
    let env = repo_with_plan(&[]);
    let old = git(env.path(), &["rev-parse", "HEAD:plans/kari.yaml"]);
    env.file(
        "plans/kari.yaml",
        complete_plan().replace("2 timar kvar veke", "3 timar kvar veke"),
    );
    git(env.path(), &["commit", "-q", "-am", "Edit"]);
    remove_object(env.path(), &old);
    let run = env.ip(&["history", "plans/kari.yaml"]);
    run.code(2);
    assert!(run.stderr.contains("git fsck"), "{}", run.stderr);
}

// ---------------------------------------------------------------------------------------------
// 9. Smaller ones

#[test]
fn history_lists_the_deleting_commit_and_refuses_a_path_that_never_was() {
    let env = repo_with_plan(&[]);
    git(env.path(), &["rm", "-q", "plans/kari.yaml"]);
    git(
        env.path(),
        &["commit", "-q", "-m", "Plan closed and removed"],
    );
    let run = env.ip(&["history", "plans/kari.yaml", "--format", "json"]);
    run.code(0);
    let entries = run.json();
    assert_eq!(entries[0]["message"], "Plan closed and removed");
    assert_eq!(entries[0]["changes"][0]["what"], "plan deleted");
    assert_eq!(entries[1]["changes"][0]["what"], "plan created");
    let run = env.ip(&["history", "plans/nobody.yaml"]);
    run.code(2);
    assert!(run.stderr.contains("plans/nobody.yaml"), "{}", run.stderr);
}

#[test]
fn diff_names_the_commit_that_last_changed_this_plan() {
    let env = repo_with_plan(&[]);
    let created = git(env.path(), &["rev-parse", "--short=7", "HEAD"]);
    env.file("plans/other.yaml", complete_plan());
    git(env.path(), &["add", "."]);
    git(env.path(), &["commit", "-q", "-m", "Another plan"]);
    let run = env.ip(&["diff", "plans/kari.yaml"]);
    run.code(0);
    assert!(
        run.stdout.contains(&format!("from {}", created.trim())),
        "{}",
        run.stdout
    );
}

#[test]
fn two_plan_files_with_one_id_are_an_error_in_folder_runs_and_due() {
    let env = Env::new();
    env.file("plans/a.yaml", complete_plan())
        .file("plans/b.yaml", complete_plan());
    let run = env.ip(&["validate", "--format", "json", "plans"]);
    run.code(1);
    let json = run.json();
    assert_eq!(json["files"][0]["valid"], true);
    assert_eq!(json["files"][1]["valid"], false);
    let codes: Vec<&str> = json["files"][1]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["IP054"]);
    assert!(json["files"][1]["diagnostics"][0]["message"]
        .as_str()
        .unwrap()
        .contains("plans/a.yaml"));
    let run = env.ip(&[
        "due",
        "--format",
        "json",
        "--all",
        "--as-of",
        "2026-03-01",
        "plans",
    ]);
    let json = run.json();
    let states: Vec<(&str, &str)> = json["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["path"].as_str().unwrap(), p["state"].as_str().unwrap()))
        .collect();
    assert!(states.contains(&("plans/b.yaml", "invalid")), "{states:?}");
    assert!(states.contains(&("plans/a.yaml", "ok")), "{states:?}");
}

#[test]
fn a_missing_templates_folder_and_config_paths_outside_are_refused() {
    let env = Env::new();
    env.file("plans/kari.yaml", complete_plan());
    let run = env.ip(&["render", "plans/kari.yaml", "--templates", "no-such-folder"]);
    run.code(2);
    assert!(run.stderr.contains("no-such-folder"), "{}", run.stderr);

    env.file("ip.toml", "plans = [\"../../\"]\n");
    let run = env.ip(&["validate"]);
    run.code(2);
    assert!(
        run.stderr_flat()
            .contains("which is outside the folder of ip.toml"),
        "{}",
        run.stderr
    );
    env.file("ip.toml", "[render]\ntemplates = \"/etc\"\n");
    env.ip(&["validate", "plans"]).code(2);
}

#[cfg(unix)]
#[test]
fn folder_walks_never_follow_a_symlink_out_of_the_folder() {
    let env = Env::new();
    env.file("plans/kari.yaml", complete_plan());
    env.file("outside/secret.yaml", "version: 1\nid: SECRET-VALUE-42\n");
    std::os::unix::fs::symlink("../outside/secret.yaml", env.path().join("plans/evil.yaml"))
        .unwrap();
    std::os::unix::fs::symlink("../outside", env.path().join("plans/evil-dir")).unwrap();
    let run = env.ip(&["validate", "--format", "json", "plans"]);
    run.code(0);
    assert!(!run.stdout.contains("SECRET-VALUE-42"), "{}", run.stdout);
    assert_eq!(run.json()["summary"]["files"], 1);
}

// ---------------------------------------------------------------------------------------------
// Encrypted repositories (git-crypt)

#[test]
fn a_git_crypt_repository_works_end_to_end() {
    if Command::new("git-crypt").arg("--version").output().is_err() {
        if std::env::var_os("CI").is_some() {
            panic!("git-crypt is missing in CI (scripts/test installs it)");
        }
        eprintln!("note: git-crypt is not installed; the encrypted-repository test was skipped");
        return;
    }
    let env = Env::new();
    let dir = env.path();
    git(dir, &["init", "-q"]);
    git(dir, &["config", "user.name", "Ola Hansen"]);
    git(dir, &["config", "user.email", "ola.hansen@example.no"]);
    let crypt = |args: &[&str]| {
        let out = git_command(dir)
            .arg("crypt")
            .args(args)
            .output()
            .expect("git crypt runs");
        assert!(
            out.status.success(),
            "git-crypt {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    // `git crypt` finds `git-crypt` on PATH.
    crypt(&["init"]);
    env.file(
        ".gitattributes",
        "plans/** filter=git-crypt diff=git-crypt\n",
    );
    env.file("plans/kari.yaml", complete_plan());
    git(dir, &["add", "."]);
    git(dir, &["commit", "-q", "-m", "Create"]);
    env.file(
        "plans/kari.yaml",
        complete_plan().replace("2 timar kvar veke", "3 timar kvar veke"),
    );
    git(dir, &["commit", "-q", "-am", "More help"]);
    let raw = git(dir, &["cat-file", "-p", "HEAD:plans/kari.yaml"]);
    assert!(
        raw.starts_with("\0GITCRYPT"),
        "the repository stores ciphertext"
    );

    // Unlocked: history and diff speak in plan terms.
    let run = env.ip(&["history", "plans/kari.yaml", "--format", "json"]);
    run.code(0);
    let json = run.json();
    assert_eq!(
        json[0]["changes"][0]["what"], "measure m1 changed",
        "{json}"
    );
    let run = env.ip(&["diff", "plans/kari.yaml", "HEAD~1", "HEAD"]);
    run.code(0);
    assert!(
        run.stdout
            .contains("extent 2 timar kvar veke → 3 timar kvar veke"),
        "{}",
        run.stdout
    );

    // revise --commit stores ciphertext, as `git commit` does.
    env.ip(&[
        "revise",
        "plans/kari.yaml",
        "--on",
        "2026-07-10",
        "--commit",
    ])
    .code(0);
    let raw = git(dir, &["cat-file", "-p", "HEAD:plans/kari.yaml"]);
    assert!(
        raw.starts_with("\0GITCRYPT"),
        "the revision was committed encrypted"
    );
    assert!(!raw.contains("Kari"));
    let run = env.ip(&["history", "plans/kari.yaml", "--format", "json"]);
    assert!(run.stdout.contains("revision moved"), "{}", run.stdout);

    // Locked: said clearly, never shown as changes or as a broken plan.
    crypt(&["lock"]);
    let run = env.ip(&["history", "plans/kari.yaml"]);
    run.code(2);
    assert!(run.stderr.contains("git-crypt"), "{}", run.stderr);
    let run = env.ip(&["validate", "plans/kari.yaml"]);
    run.code(1);
    assert!(run.stdout.contains("git-crypt unlock"), "{}", run.stdout);
}

#[test]
fn revise_commit_commits_to_the_plans_repository_whatever_git_dir_says() {
    let env = repo_with_plan(&[]);
    let other = repo_with_plan(&[]);
    let other_head = git(other.path(), &["rev-parse", "HEAD"]);
    let mut cmd = crate::harness::command(env.path());
    let out = cmd
        .args(revise_args(&["--commit"]))
        .env("GIT_DIR", other.path().join(".git"))
        .env("GIT_WORK_TREE", other.path())
        .env("GIT_INDEX_FILE", other.path().join(".git/index"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        git(env.path(), &["log", "-1", "--format=%s"]).starts_with("Revise plan 2026-017"),
        "the commit is in the plan's repository"
    );
    assert_eq!(
        git(other.path(), &["rev-parse", "HEAD"]),
        other_head,
        "not in the other"
    );
    assert_eq!(git(other.path(), &["status", "--porcelain"]), "");
}

#[test]
fn due_refreshes_stale_file_times_in_the_index_as_git_status_does_and_only_those() {
    // More plans than get a status each (32): the work tree's status is taken.
    let env = repo_with_plan(&[]);
    let dir = env.path();
    for i in 0..40 {
        env.file(
            &format!("plans/p{i:02}.yaml"),
            crate::harness::plan_with_id(&format!("2026-{:03}", 200 + i)),
        );
    }
    git(dir, &["add", "."]);
    git(dir, &["commit", "-q", "-m", "More plans"]);
    let index = dir.join(".git/index");
    let listed = || git(dir, &["ls-files", "--stage", "--debug"]);
    let due = |extra: &[(&str, &str)]| {
        let mut cmd = crate::harness::command(dir);
        cmd.args([
            "due",
            "--all",
            "--format",
            "json",
            "--as-of",
            "2026-03-01",
            "plans",
        ]);
        for (k, v) in extra {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let plans = json["plans"].as_array().unwrap();
        assert_eq!(plans.len(), 41);
        let kari = plans
            .iter()
            .find(|p| p["path"] == "plans/kari.yaml")
            .unwrap();
        kari["uncommitted"].as_bool().unwrap()
    };
    // The same content written again: new file times, so the index's are stale.
    let touch = || {
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(dir.join("plans/kari.yaml"), complete_plan()).unwrap();
    };
    touch();
    let stale = std::fs::read(&index).unwrap();
    // Asked not to (git's GIT_OPTIONAL_LOCKS=0): the index is not written.
    assert!(
        !due(&[("GIT_OPTIONAL_LOCKS", "0")]),
        "unchanged content is committed"
    );
    assert_eq!(std::fs::read(&index).unwrap(), stale);
    // A running git holds the index: the answer is the same, the lock is left alone.
    std::fs::write(dir.join(".git/index.lock"), "").unwrap();
    assert!(!due(&[]));
    assert_eq!(std::fs::read(&index).unwrap(), stale);
    assert!(dir.join(".git/index.lock").exists());
    std::fs::remove_file(dir.join(".git/index.lock")).unwrap();
    // Otherwise the file times are brought up to date, and nothing else changes.
    let entries = git(dir, &["ls-files", "--stage"]);
    assert!(!due(&[]));
    assert_ne!(
        std::fs::read(&index).unwrap(),
        stale,
        "file times refreshed"
    );
    assert_eq!(git(dir, &["ls-files", "--stage"]), entries, "same entries");
    assert!(listed().contains("mtime"), "git reads the index");
    assert_eq!(git(dir, &["status", "--porcelain"]), "");
}
