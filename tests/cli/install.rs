//! Installing beside iproute2, shell completions and man pages.

use std::process::Command;

use crate::harness::{command, Env};

/// A stand-in for iproute2's `ip` that says what it was asked.
fn fake_iproute2(env: &Env) -> std::path::PathBuf {
    env.file(
        "fake-iproute2",
        "#!/bin/sh\necho \"iproute2 was asked: $*\"\n",
    );
    let path = env.path().join("fake-iproute2");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    path
}

fn run(bin: &str, env: &Env, args: &[&str]) -> std::process::Output {
    let mut cmd = if bin == "ip" {
        command(env.path())
    } else {
        let mut other = Command::new(env!("CARGO_BIN_EXE_iplan"));
        other.current_dir(env.path()).env("NO_COLOR", "1");
        other
    };
    cmd.args(args)
        .env("IP_IPROUTE2", fake_iproute2(env))
        .output()
        .unwrap()
}

#[test]
fn networking_commands_reach_iproute2_whichever_ip_path_finds() {
    let env = Env::new();
    for args in [
        &["addr"][..],
        &["-4", "route"],
        &["-j", "link"],
        &["address", "show", "dev", "lo"],
    ] {
        let out = run("ip", &env, args);
        assert!(out.status.success(), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            format!("iproute2 was asked: {}\n", args.join(" "))
        );
    }
    // Its own commands stay its own.
    let out = run("ip", &env, &["explain", "IP030"]);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("IP030"));
    // As `iplan` it never hands over.
    let out = run("iplan", &env, &["addr"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unrecognized subcommand"));
}

#[test]
fn the_real_iproute2_still_answers_ip_addr() {
    let real = ["/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip"]
        .iter()
        .any(|p| std::path::Path::new(p).is_file());
    if !real {
        eprintln!("note: iproute2 is not installed here; skipped");
        return;
    }
    let env = Env::new();
    let out = command(env.path()).args(["addr"]).output().unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("lo"),
        "the loopback interface"
    );
}

#[test]
fn completions_for_every_shell() {
    let env = Env::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = env.ip(&["completions", shell]);
        run.code(0);
        for word in ["validate", "render", "due", "deny-warnings"] {
            assert!(run.stdout.contains(word), "{shell} lacks {word}");
        }
    }
    // The bash script is valid bash.
    let script = env.ip(&["completions", "bash"]).stdout;
    env.file("ip.bash", &script);
    let ok = Command::new("bash")
        .args(["-n", "ip.bash"])
        .current_dir(env.path())
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "bash -n accepts the completion script");
    env.ip(&["completions", "tcsh"]).code(2);
}

#[test]
fn man_pages_for_the_program_and_every_command() {
    let env = Env::new();
    let run = env.ip(&["man", "--out-dir", "man"]);
    run.code(0);
    for page in [
        "iplan.1",
        "ip-validate.1",
        "ip-render.1",
        "ip-due.1",
        "iplan-validate.1",
    ] {
        let text = env.read(&format!("man/{page}"));
        assert!(
            text.starts_with(".ie") || text.contains(".TH"),
            "{page} is a man page"
        );
    }
    assert!(env.read("man/ip-validate.1").contains("deny\\-warnings"));
    assert!(
        !env.path().join("man/ip.1").exists(),
        "`man ip` stays iproute2's networking page"
    );
}

/// The README's quick start runs `cargo run --release -- validate examples/`: with two
/// binaries (`ip`, `iplan`) cargo refuses that unless the manifest names the default one.
#[test]
fn the_quick_start_cargo_run_finds_its_binary() {
    let root = crate::harness::root();
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    assert!(readme.contains("cargo run --release -- validate examples/"));
    let manifest: toml::Value =
        toml::from_str(&std::fs::read_to_string(root.join("Cargo.toml")).unwrap()).unwrap();
    let bins = manifest["bin"].as_array().unwrap();
    assert!(bins.len() > 1, "two binaries: cargo run must be told which");
    assert_eq!(manifest["package"]["default-run"].as_str(), Some("ip"));
}
