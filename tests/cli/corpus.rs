//! Robustness: `ip validate` on every input of the public YAML test suite in
//! `../shared/corpus/yaml-test-suite/` exits 0 or 1 and never panics. Skipped, with a
//! notice, where `../shared/` is absent (a user's clone has none).

use crate::harness::{run_in, shared};

#[test]
fn yaml_test_suite_inputs_never_panic() {
    let Some(shared) = shared() else {
        eprintln!("notice: ../shared/ is absent; skipping the YAML test suite corpus test");
        return;
    };
    let corpus = shared.join("corpus/yaml-test-suite");
    let mut inputs = Vec::new();
    let mut stack = vec![corpus.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.file_name().is_some_and(|n| n == "in.yaml") {
                inputs.push(path);
            }
        }
    }
    inputs.sort();
    assert!(
        inputs.len() > 300,
        "the corpus looks incomplete: {} inputs",
        inputs.len()
    );
    // One run over all inputs, then one per input only if that run misbehaves, so a
    // failure names the file.
    let args: Vec<String> = ["validate", "--format", "json"]
        .iter()
        .map(|s| (*s).to_owned())
        .chain(inputs.iter().map(|p| p.display().to_string()))
        .collect();
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = run_in(&corpus, &argv, None);
    if run.code == 0 || run.code == 1 {
        let json = run.json();
        assert_eq!(
            json["summary"]["files"].as_u64().unwrap() as usize,
            inputs.len()
        );
        return;
    }
    for input in &inputs {
        let run = run_in(&corpus, &["validate", &input.display().to_string()], None);
        assert!(
            run.code == 0 || run.code == 1,
            "{}: exit {}\n{}",
            input.display(),
            run.code,
            run.stderr
        );
    }
}
