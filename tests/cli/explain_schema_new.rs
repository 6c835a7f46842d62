//! `ip explain`, `ip schema` and `ip new`.

use crate::harness::{root, run_in, Env};

#[test]
fn explain_prints_the_full_text_of_a_rule() {
    let run = run_in(&root(), &["explain", "IP030"], None);
    run.code(0);
    for part in [
        "IP030 unknown-responsible (error)",
        "innhold bokstav e",
        "## Why",
        "## Wrong",
        "## Right",
    ] {
        assert!(
            run.stdout.contains(part),
            "missing {part:?}:\n{}",
            run.stdout
        );
    }
    run_in(&root(), &["explain", "unknown-responsible"], None).code(0);
}

#[test]
fn explain_of_an_unknown_code_is_exit_2() {
    let run = run_in(&root(), &["explain", "IP999"], None);
    run.code(2);
    assert!(run.stderr.contains("IP999"));
}

#[test]
fn explain_all_lists_every_rule_once() {
    let run = run_in(&root(), &["explain", "all"], None);
    run.code(0);
    insta::assert_snapshot!("rule-list", run.stdout);
}

#[test]
fn the_checked_in_schema_is_what_ip_schema_prints() {
    for (lang, name) in [
        ("en", "plan.schema.json"),
        ("nb", "plan.schema.nb.json"),
        ("nn", "plan.schema.nn.json"),
    ] {
        let run = run_in(&root(), &["--lang", lang, "schema"], None);
        run.code(0);
        let file = std::fs::read_to_string(root().join("schemas").join(name)).unwrap();
        assert_eq!(
            run.stdout, file,
            "schemas/{name} is stale: run `cargo run -q --bin ip -- --lang {lang} schema > schemas/{name}`"
        );
    }
}

/// The schema in bokmål and nynorsk is the English one but for its words: what an editor
/// checks is the same in every language.
#[test]
fn the_schema_speaks_norwegian_and_checks_the_same() {
    fn without_words(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                map.remove("title");
                map.remove("description");
                map.values_mut().for_each(without_words);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(without_words),
            _ => {}
        }
    }
    let read = |name: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(root().join("schemas").join(name)).unwrap())
            .unwrap()
    };
    let mut english = read("plan.schema.json");
    for (name, words) in [
        ("plan.schema.nb.json", "navnet på personen planen gjelder"),
        ("plan.schema.nn.json", "namnet på personen planen gjeld"),
    ] {
        let mut schema = read(name);
        let text = schema.to_string();
        assert!(text.contains(words), "{name}");
        assert!(
            !text.contains("the plan owner's name"),
            "{name}: English left"
        );
        without_words(&mut schema);
        without_words(&mut english);
        assert_eq!(schema, english, "{name}");
    }
}

#[test]
fn explain_speaks_the_language_of_messages() {
    let run = run_in(&root(), &["--lang", "nn", "explain", "IP055"], None);
    run.code(0);
    for part in [
        "IP055 consent-turns-16 (åtvaring)",
        "Personen fyller 16 år i planperioden",
        "Heimel: forskrift om individuell plan ved ytelse av velferdstjenester",
        "## Kvifor",
        "pasient- og brukarrettslova § 4-3 første ledd",
        "party: person",
    ] {
        assert!(
            run.stdout.contains(part),
            "missing {part:?}:\n{}",
            run.stdout
        );
    }
    let mut cmd = crate::harness::command(&root());
    let out = cmd
        .args(["explain", "all"])
        .env("LANG", "nb_NO.UTF-8")
        .output()
        .unwrap();
    let list = String::from_utf8(out.stdout).unwrap();
    assert!(list.contains("IP001     yaml-syntax"), "{list}");
    assert!(list.contains("Filen er ikke gyldig YAML."), "{list}");
    assert_eq!(list.lines().count(), 41);
    let run = run_in(&root(), &["--lang", "nb", "explain", "IP999"], None);
    run.code(2);
    assert!(
        run.stderr.contains("ingen regel heter `IP999`"),
        "{}",
        run.stderr
    );
}

/// Every plan `ip validate` accepts also passes the JSON Schema, and the schema rejects
/// the structural mistakes the validator rejects.
#[test]
fn the_schema_agrees_with_the_validator() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("schemas/plan.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::draft202012::new(&schema).expect("a valid JSON Schema");
    let mut accepted = Vec::new();
    for folder in ["examples", "tests/fixtures/valid"] {
        for entry in std::fs::read_dir(root().join(folder)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "yaml") {
                accepted.push(path);
            }
        }
    }
    assert!(accepted.len() >= 4);
    for path in &accepted {
        let run = run_in(&root(), &["validate", &path.display().to_string()], None);
        run.code(0);
        let value = yaml_to_json(&std::fs::read_to_string(path).unwrap());
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{} fails the schema: {errors:#?}",
            path.display()
        );
    }
    // And the other way for structural faults.
    let base = yaml_to_json(&crate::harness::complete_plan());
    let mut unknown = base.clone();
    unknown["coordinater"] = serde_json::json!({});
    assert!(!validator.is_valid(&unknown));
    let mut bad_date = base.clone();
    bad_date["period"]["start"] = serde_json::json!("15.01.2026");
    assert!(!validator.is_valid(&bad_date));
    let mut no_how = base;
    no_how["measures"][0].as_object_mut().unwrap().remove("how");
    assert!(!validator.is_valid(&no_how));
}

/// YAML → JSON through `ip` itself is not available as a command, so the test reads the
/// plan with the same parser crate.
fn yaml_to_json(text: &str) -> serde_json::Value {
    serde_saphyr::from_str_with_options(text, serde_saphyr::options! { strict_booleans: true })
        .expect("the plan parses")
}

#[test]
fn new_writes_a_skeleton_that_validate_then_explains() {
    let env = Env::new();
    env.ip(&["new", "-o", "plans/new.yaml"]).code(2); // the folder does not exist
    env.ip(&["new", "-o", "new.yaml"]).code(0);
    let text = env.read("new.yaml");
    assert!(text.contains("version: 2") && text.contains("# item h"));
    // Nothing about consent is answered before anyone was asked.
    assert!(text.contains("\nconsent: []"), "{text}");
    assert!(!text.contains("sharing: true") && !text.contains("by: person"));
    let run = env.ip(&["validate", "--format", "json", "new.yaml"]);
    run.code(1);
    let codes: Vec<String> = run.positions().into_iter().map(|p| p.0).collect();
    for code in [
        "IP021", "IP023", "IP024", "IP025", "IP026", "IP027", "IP028",
    ] {
        assert!(
            codes.iter().any(|c| c == code),
            "the skeleton should ask for {code}: {codes:?}"
        );
    }
}

#[test]
fn new_speaks_the_message_language() {
    let env = Env::new();
    let mut found = Vec::new();
    for (lang, words, schema) in [
        ("nb", "punkt for punkt", "plan.schema.nb.json"),
        ("nn", "kva som\n# framleis manglar", "plan.schema.nn.json"),
        ("en", "item by item", "plan.schema.json"),
    ] {
        let file = format!("{lang}.yaml");
        env.ip(&["--lang", lang, "new", "-o", &file]).code(0);
        let text = env.read(&file);
        assert!(text.contains(words), "{lang}: {text}");
        assert!(
            text.contains(&format!("\nlanguage: {lang} ")),
            "{lang}: {text}"
        );
        assert!(text.contains(&format!("$schema=../schemas/{schema}\n")));
        let run = env.ip(&["validate", "--format", "json", &file]);
        run.code(1);
        found.push(run.positions());
    }
    // Every language's skeleton is the same plan: the same findings at the same places.
    assert!(found[0].len() > 15, "{:?}", found[0]);
    assert_eq!(found[0], found[1]);
    assert_eq!(found[0], found[2]);
}

#[test]
fn new_never_overwrites_a_file() {
    let env = Env::new();
    env.file("mine.yaml", "# my own work\n");
    let run = env.ip(&["new", "-o", "mine.yaml"]);
    run.code(2);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    assert_eq!(env.read("mine.yaml"), "# my own work\n");
}
