//! The language of messages: `--lang`, else ip.toml's `language`, else the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English (`src/messages.rs`). The harness runs
//! every other test with `LANG=C`, so they read English.

use std::path::Path;

use crate::harness::{self, examples, git, Env, Run};

/// The README's example plans in a git repository of their own (no ip.toml).
fn examples_in_git() -> Env {
    let env = Env::new();
    for (name, text) in examples() {
        env.file(&format!("{name}.yaml"), text);
    }
    git(env.path(), &["init", "-q"]);
    git(env.path(), &["add", "."]);
    git(env.path(), &["commit", "-q", "-m", "Example plans"]);
    env
}

/// `ip ARGS` with the environment variables `vars` set on top of the harness's.
fn ip_with(dir: &Path, vars: &[(&str, &str)], args: &[&str]) -> Run {
    let mut cmd = harness::command(dir);
    cmd.args(args).stdin(std::process::Stdio::null());
    for (key, value) in vars {
        cmd.env(key, value);
    }
    let out = cmd.output().expect("ip runs");
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run
}

const FIRST: &str = "2026-004-jonas-berg.yaml";

#[test]
fn the_readme_examples_speak_nynorsk_with_lang_nn() {
    let env = examples_in_git();

    let validate = env.ip(&["--lang", "nn", "validate", "."]);
    validate.code(0);
    assert!(
        validate
            .stdout
            .contains("5 planar kontrollerte: 5 gyldige, 0 ugyldige; 0 feil, 0 åtvaringar."),
        "{}",
        validate.stdout
    );

    // The flag after the command works as well: it is global.
    let due = env.ip(&["due", "--all", "--as-of", "2026-12-01", "--lang", "nn"]);
    due.code(0);
    for word in [
        "Planeigar",
        "Neste revidering",
        "Sist lagra i git",
        "planar",
    ] {
        assert!(due.stdout.contains(word), "{word}:\n{}", due.stdout);
    }
    assert!(due
        .stdout
        .contains("treng oppfølging per 2026-12-01 (frist innan 30 dagar)."));
    assert!(!due.stdout.contains("Next revision"), "{}", due.stdout);

    let history = env.ip(&["--lang", "nn", "history", FIRST]);
    history.code(0);
    for word in ["Dato", "Lagra av", "Versjon", "Melding", "Kva vart endra"] {
        assert!(history.stdout.contains(word), "{word}:\n{}", history.stdout);
    }

    let error = env.ip(&["--lang", "nn", "validate", "finst-ikkje.yaml"]);
    error.code(2);
    assert!(
        error
            .stderr
            .contains("feil: kan ikkje lese finst-ikkje.yaml"),
        "{}",
        error.stderr
    );
}

#[test]
fn a_norwegian_bokmal_locale_alone_gives_bokmal() {
    let env = examples_in_git();
    let run = ip_with(env.path(), &[("LANG", "nb_NO.UTF-8")], &["validate", FIRST]);
    run.code(0);
    assert!(
        run.stdout
            .contains("1 plan kontrollert: 1 gyldig, 0 ugyldige; 0 feil, 0 advarsler."),
        "{}",
        run.stdout
    );
    let history = ip_with(env.path(), &[("LANG", "nb_NO.UTF-8")], &["history", FIRST]);
    assert!(history.stdout.contains("Lagret av"), "{}", history.stdout);
    // LC_ALL comes before LANG, as POSIX orders them.
    let c = ip_with(
        env.path(),
        &[("LANG", "nb_NO.UTF-8"), ("LC_ALL", "C")],
        &["validate", FIRST],
    );
    assert!(c.stdout.contains("1 plan checked"), "{}", c.stdout);
}

#[test]
fn ip_toml_language_nn_gives_nynorsk_and_lang_en_wins_over_both() {
    let env = examples_in_git();
    env.file("ip.toml", "language = \"nn\"\n");
    let nb = [("LANG", "nb_NO.UTF-8")];

    let run = ip_with(env.path(), &nb, &["validate", FIRST]);
    run.code(0);
    assert!(run.stdout.contains("1 plan kontrollerte"), "{}", run.stdout);
    // Commands that need no ip.toml still speak its language.
    let history = ip_with(env.path(), &nb, &["history", FIRST]);
    assert!(history.stdout.contains("Lagra av"), "{}", history.stdout);

    let en = ip_with(env.path(), &nb, &["--lang", "en", "validate", FIRST]);
    en.code(0);
    assert!(
        en.stdout
            .contains("1 plan checked: 1 valid, 0 invalid; 0 errors, 0 warnings."),
        "{}",
        en.stdout
    );
    let due = ip_with(
        env.path(),
        &nb,
        &["due", "--as-of", "2026-12-01", "--lang", "en"],
    );
    assert!(due.stdout.contains("(window 30 days)"), "{}", due.stdout);
}
