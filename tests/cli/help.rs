//! Every command's `--help`, as a user reads it (reviewed snapshots): a changed flag or
//! text shows up here first.

use crate::harness::Env;

#[test]
fn help_of_every_command() {
    let env = Env::new();
    for command in [
        "",
        "validate",
        "render",
        "due",
        "calendar",
        "export",
        "history",
        "diff",
        "revise",
        "new",
        "explain",
        "schema",
        "completions",
        "lsp",
    ] {
        let args: Vec<&str> = [command, "--help"]
            .into_iter()
            .filter(|a| !a.is_empty())
            .collect();
        let run = env.ip(&args);
        run.code(0);
        let name = if command.is_empty() { "ip" } else { command };
        insta::assert_snapshot!(format!("help-{name}"), run.stdout);
    }
}
