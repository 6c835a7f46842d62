//! The language of messages: `--lang`, else ip.toml's `language`, else the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English (`src/messages.rs`). The harness runs
//! every other test with `LANG=C`, so they read English.

use std::path::Path;

use crate::harness::{self, complete_plan, examples, git, Env, Run};

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
            .contains("feil: kan ikkje lese finst-ikkje.yaml: fila eller mappa finst ikkje"),
        "{}",
        error.stderr
    );

    // explain and schema speak it too.
    let explain = env.ip(&["--lang", "nn", "explain", "IP028"]);
    explain.code(0);
    assert!(
        explain.stdout.contains("Planen viser ikkje samtykket"),
        "{}",
        explain.stdout
    );
    let schema = env.ip(&["--lang", "nn", "schema"]);
    schema.code(0);
    assert!(schema.stdout.contains("namnet på personen planen gjeld"));
    // Several plans, one output: render's own error.
    let render = env.ip(&["--lang", "nn", "render", ".", "-o", "ut.html"]);
    render.code(2);
    assert!(
        render
            .stderr
            .contains("men berre éin kan skrivast til ut.html"),
        "{}",
        render.stderr
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
    assert!(run.stdout.contains("1 plan kontrollert:"), "{}", run.stdout);
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

/// Output with miette's wrapped lines joined again, for assertions on whole sentences.
fn flat(text: &str) -> String {
    text.lines()
        .map(|l| l.trim_start().trim_start_matches('│').trim())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The line of `text` that holds `needle`, 1-based.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).expect(needle) + 1
}

/// A plan with an unknown key (`horisont`, a Norwegian spelling) and a measure whose
/// `responsible` is a typo: findings of the structural check and of a content rule.
fn plan_with_mistakes() -> String {
    complete_plan()
        .replace("    horizon: short\n", "    horisont: short\n")
        .replace("responsible: kari\n", "responsible: karri\n")
}

#[test]
fn findings_speak_nynorsk_and_bokmal_with_the_file_line_and_rule_code() {
    let env = Env::new();
    let text = plan_with_mistakes();
    env.file("plan.yaml", &text);
    let key = line_of(&text, "horisont:");
    let responsible = line_of(&text, "responsible: karri");

    let nn = env.ip(&["--lang", "nn", "validate", "plan.yaml"]);
    nn.code(1);
    let out = flat(&nn.stdout);
    for expected in [
        format!("plan.yaml:{key}:5: ukjend nøkkel `horisont` i mål `g2`"),
        "meinte du `horizon`? Kjende nøklar i mål `g2`:".to_owned(),
        format!(
            "plan.yaml:{responsible}:18: tiltaket `m2` har ingen ansvarleg deltakar: `karri` er ikkje id-en til ein deltakar"
        ),
        "meinte du `kari`? `responsible` skal vere id-en til ein deltakar eller `coordinator`"
            .to_owned(),
        "IP030".to_owned(),
        "1 plan kontrollert: 0 gyldige, 1 ugyldig; 2 feil, 0 åtvaringar.".to_owned(),
    ] {
        assert!(out.contains(&expected), "{expected}\n{}", nn.stdout);
    }
    assert!(!out.contains("unknown key"), "{}", nn.stdout);

    let nb = env.ip(&["--lang", "nb", "validate", "plan.yaml"]);
    nb.code(1);
    let out = flat(&nb.stdout);
    for expected in [
        format!("plan.yaml:{key}:5: ukjent nøkkel `horisont` i mål `g2`"),
        "mente du `horizon`? Kjente nøkler i mål `g2`:".to_owned(),
        format!(
            "plan.yaml:{responsible}:18: tiltaket `m2` har ingen ansvarlig deltaker: `karri` er ikke id-en til en deltaker"
        ),
    ] {
        assert!(out.contains(&expected), "{expected}\n{}", nb.stdout);
    }

    // JSON keeps its keys and codes; the texts follow the language.
    let json = env
        .ip(&["--lang", "nn", "validate", "--format", "json", "plan.yaml"])
        .json();
    let diagnostics = json["files"][0]["diagnostics"].as_array().unwrap();
    let ip030 = diagnostics.iter().find(|d| d["code"] == "IP030").unwrap();
    assert_eq!(ip030["line"], responsible);
    assert!(
        ip030["message"]
            .as_str()
            .unwrap()
            .starts_with("tiltaket `m2` har ingen ansvarleg deltakar"),
        "{ip030}"
    );
}

#[test]
fn a_parser_error_is_said_in_plain_nynorsk_and_bokmal_with_what_to_do() {
    let env = Env::new();
    // A colon and a space inside plain text: the commonest YAML mistake in a plan.
    let text = complete_plan().replace(
        "description: Handletrening\n",
        "description: Handletrening: med støtte\n",
    );
    env.file("plan.yaml", &text);
    let line = line_of(&text, "Handletrening: med");

    let nn = env.ip(&["--lang", "nn", "validate", "plan.yaml"]);
    nn.code(1);
    let out = flat(&nn.stdout);
    for expected in [
        format!("plan.yaml:{line}:"),
        "IP001".to_owned(),
        "YAML fann `: ` der ein ny nøkkel ikkje kan byrje".to_owned(),
        "set tekst som inneheld `: ` i hermeteikn".to_owned(),
    ] {
        assert!(out.contains(&expected), "{expected}\n{}", nn.stdout);
    }
    // The parser's own English words are not what a coordinator reads.
    assert!(!out.contains("mapping values"), "{}", nn.stdout);

    let nb = env.ip(&["--lang", "nb", "validate", "plan.yaml"]);
    let out = flat(&nb.stdout);
    for expected in [
        "YAML fant `: ` der en ny nøkkel ikke kan begynne",
        "sett tekst som inneholder `: ` i anførselstegn",
    ] {
        assert!(out.contains(expected), "{expected}\n{}", nb.stdout);
    }

    let en = env.ip(&["validate", "plan.yaml"]);
    assert!(
        flat(&en.stdout).contains("YAML found `: ` where no new key can start"),
        "{}",
        en.stdout
    );
}

#[test]
fn history_and_diff_tell_the_changes_in_nynorsk() {
    let env = Env::new();
    env.file("kari.yaml", complete_plan());
    git(env.path(), &["init", "-q"]);
    git(env.path(), &["add", "."]);
    git(env.path(), &["commit", "-q", "-m", "Ny plan"]);
    env.file(
        "kari.yaml",
        complete_plan()
            .replace("extent: 2 timar kvar veke", "extent: 3 timar kvar veke")
            .replace("  name: Ola Hansen", "  name: Nils Vik")
            .replace("next: 2026-07-15", "next: 2026-08-15"),
    );

    let diff = env.ip(&["--lang", "nn", "diff", "kari.yaml"]);
    diff.code(0);
    for expected in [
        "til fila slik ho er no",
        "koordinator endra",
        "name Ola Hansen → Nils Vik",
        "revideringsdato flytta",
        "tiltak m1 endra",
        "extent 2 timar kvar veke → 3 timar kvar veke",
    ] {
        assert!(
            diff.stdout.contains(expected),
            "{expected}\n{}",
            diff.stdout
        );
    }
    assert!(!diff.stdout.contains("changed"), "{}", diff.stdout);

    git(env.path(), &["commit", "-q", "-am", "Revidert etter møtet"]);
    let history = env.ip(&["--lang", "nn", "history", "kari.yaml"]);
    history.code(0);
    for expected in [
        "Kva vart endra",
        "plan oppretta",
        "koordinator endra: name Ola Hansen → Nils Vik",
        "revideringsdato flytta: next 2026-07-15 → 2026-08-15",
        // The table wraps the rest of this line.
        "tiltak m1 endra: extent 2 timar",
    ] {
        assert!(
            history.stdout.contains(expected),
            "{expected}\n{}",
            history.stdout
        );
    }
    // JSON keeps its keys; the texts follow the language.
    let json = env
        .ip(&["--lang", "nn", "history", "kari.yaml", "--format", "json"])
        .json();
    assert_eq!(json[1]["changes"][0]["what"], "plan oppretta", "{json:#}");
}

#[test]
fn help_speaks_nynorsk_and_bokmal_with_the_names_and_values_unchanged() {
    let env = Env::new();
    let nn = env.ip(&["--lang", "nn", "--help"]);
    nn.code(0);
    insta::assert_snapshot!("help-ip-nn", nn.stdout);
    let nb = env.ip(&["--lang", "nb", "validate", "--help"]);
    nb.code(0);
    insta::assert_snapshot!("help-validate-nb", nb.stdout);
    // `-h` is the short form, with the default and the values on the line.
    let short = env.ip(&["render", "-h", "--lang", "nn"]);
    short.code(0);
    assert!(
        short
            .stdout
            .contains("[standard: md] [moglege verdiar: md, html, pdf]"),
        "{}",
        short.stdout
    );
    // `ip help COMMAND` is the same help.
    let help = env.ip(&["--lang", "nb", "help", "due"]);
    help.code(0);
    assert!(
        help.stdout.contains("Bruk: ip due [VALG] [STIER]..."),
        "{}",
        help.stdout
    );
}

#[test]
fn an_unknown_option_is_refused_in_nynorsk_and_in_the_bokmal_of_the_locale() {
    let env = Env::new();
    let nn = env.ip(&["--lang", "nn", "validate", "--frmat", "json"]);
    nn.code(2);
    assert_eq!(
        nn.stderr,
        "feil: uventa argument '--frmat'\n\n  tips: meinte du '--format'?\n\n\
         Bruk: ip validate [VAL] [STIAR]...\n\nPrøv '--help' for meir informasjon.\n"
    );
    assert_eq!(nn.stdout, "");

    let nb = [("LANG", "nb_NO.UTF-8")];
    let run = ip_with(env.path(), &nb, &["validate", "--frmat", "json"]);
    run.code(2);
    assert_eq!(
        run.stderr,
        "feil: uventet argument '--frmat'\n\n  tips: mente du '--format'?\n\n\
         Bruk: ip validate [VALG] [STIER]...\n\nPrøv '--help' for mer informasjon.\n"
    );
    let value = ip_with(env.path(), &nb, &["due", "--as-of", "1.12.2026"]);
    value.code(2);
    assert!(
        value.stderr.starts_with(
            "feil: ugyldig verdi '1.12.2026' for '--as-of <DATO>': skriv datoen som 2026-12-01 (ÅÅÅÅ-MM-DD)"
        ),
        "{}",
        value.stderr
    );
    let help = ip_with(env.path(), &nb, &["--help"]);
    help.code(0);
    assert!(
        help.stdout.contains("Bruk: ip [VALG] <KOMMANDO>"),
        "{}",
        help.stdout
    );

    // English stays clap's.
    let en = env.ip(&["validate", "--frmat", "json"]);
    en.code(2);
    assert!(
        en.stderr.starts_with("error: unexpected argument '--frmat' found\n\n  tip: a similar argument exists: '--format'"),
        "{}",
        en.stderr
    );
}

#[test]
fn help_follows_ip_toml_and_a_broken_ip_toml_does_not_stop_it() {
    let env = Env::new();
    env.file("ip.toml", "language = \"nn\"\n");
    let run = env.ip(&["--help"]);
    run.code(0);
    assert!(run.stdout.contains("Kommandoar:"), "{}", run.stdout);
    // The flag wins; --no-config reads no ip.toml, so the locale (C) gives English.
    let en = env.ip(&["--lang", "en", "--help"]);
    assert!(en.stdout.contains("Commands:"), "{}", en.stdout);
    let none = env.ip(&["--no-config", "--help"]);
    assert!(none.stdout.contains("Commands:"), "{}", none.stdout);
    env.file("other.toml", "language = \"nb\"\n");
    let other = env.ip(&["--config=other.toml", "validate", "--nope"]);
    other.code(2);
    assert!(
        other.stderr.starts_with("feil: uventet argument '--nope'"),
        "{}",
        other.stderr
    );

    env.file("ip.toml", "language = \"nn\"\nplans = [\n");
    let broken = env.ip(&["validate", "--help"]);
    broken.code(0);
    assert!(
        broken.stdout.contains("Usage: ip validate"),
        "{}",
        broken.stdout
    );
    let broken = env.ip(&["--lang", "nn", "validate", "--help"]);
    broken.code(0);
    assert!(
        broken.stdout.contains("Bruk: ip validate"),
        "{}",
        broken.stdout
    );
}

#[test]
fn completions_and_man_pages_stay_english() {
    let env = Env::new();
    let fish = env.ip(&["--lang", "nn", "completions", "fish"]);
    fish.code(0);
    assert!(
        fish.stdout.contains("Check plans against the format"),
        "{}",
        fish.stdout
    );
    assert!(
        !fish.stdout.contains("Kontroller planar"),
        "{}",
        fish.stdout
    );
}
