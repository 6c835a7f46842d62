//! A small fluent harness: a temporary folder, files in it, a command, and the output.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Env {
    pub dir: tempfile::TempDir,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// The repository root (for examples and fixtures).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared/` beside the repository, if this checkout has one.
pub fn shared() -> Option<PathBuf> {
    let p = root().join("../shared");
    p.is_dir().then_some(p)
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file (creating folders) and returns self for chaining.
    pub fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> &Env {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(path, contents).unwrap();
        self
    }

    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(name)).unwrap()
    }

    pub fn ip(&self, args: &[&str]) -> Run {
        run_in(self.dir.path(), args, None)
    }

    pub fn ip_stdin(&self, args: &[&str], stdin: &[u8]) -> Run {
        run_in(self.dir.path(), args, Some(stdin))
    }
}

pub fn command(dir: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_ip"));
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("HOME", dir)
        .env("TZ", "Europe/Oslo")
        // The default output format follows it; tests choose their own.
        .env_remove("GITHUB_ACTIONS")
        // Messages follow the locale: English unless a test chooses a language.
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE");
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("GIT_")
            && key != "GIT_CONFIG_NOSYSTEM"
            && key != "GIT_CONFIG_GLOBAL"
        {
            cmd.env_remove(key);
        }
    }
    cmd
}

pub fn run_in(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Run {
    use std::io::Write;
    let mut cmd = command(dir);
    cmd.args(args)
        .stdin(if stdin.is_some() {
            std::process::Stdio::piped()
        } else {
            std::process::Stdio::null()
        })
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("ip runs");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().unwrap();
        let _ = pipe.write_all(input);
    }
    let out: Output = child.wait_with_output().expect("ip finishes");
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        !run.stderr.contains("panicked") && !run.stderr.contains("RUST_BACKTRACE"),
        "ip panicked on {args:?}:\n{}",
        run.stderr
    );
    run
}

impl Run {
    #[track_caller]
    pub fn code(&self, expected: i32) -> &Run {
        assert_eq!(
            self.code, expected,
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// Stderr with miette's wrapped lines joined again, for assertions on whole sentences.
    pub fn stderr_flat(&self) -> String {
        self.stderr
            .lines()
            .map(|l| l.trim_start().trim_start_matches('│').trim())
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", self.stdout))
    }

    /// (code, line, column) of every diagnostic of the first file in a JSON report.
    pub fn positions(&self) -> Vec<(String, u64, u64)> {
        let json = self.json();
        json["files"][0]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["code"].as_str().unwrap().to_owned(),
                    d["line"].as_u64().unwrap(),
                    d["column"].as_u64().unwrap(),
                )
            })
            .collect()
    }
}

/// The complete plan with its own id, for tests that check several plans in one run
/// (two files with one id are IP054).
pub fn plan_with_id(id: &str) -> String {
    complete_plan().replace("id: \"2026-017\"", &format!("id: \"{id}\""))
}

/// A complete valid plan to edit in tests.
pub fn complete_plan() -> String {
    std::fs::read_to_string(root().join("tests/fixtures/valid/complete.yaml")).unwrap()
}

/// `git` in `dir` with no system or user configuration and a fixed identity.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = git_command(dir).args(args).output().expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn git_command(dir: &Path) -> Command {
    let mut cmd = Command::new("git");
    cmd.current_dir(dir);
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("GIT_") {
            cmd.env_remove(key);
        }
    }
    cmd.env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", dir.join(".no-global-gitconfig"))
        .env("HOME", dir)
        .env("GIT_AUTHOR_NAME", "Kari Holm")
        .env("GIT_AUTHOR_EMAIL", "kari.holm@example.no")
        .env("GIT_COMMITTER_NAME", "Kari Holm")
        .env("GIT_COMMITTER_EMAIL", "kari.holm@example.no");
    cmd
}

/// Whether the print tools a test needs are here: each program answers `--version` (or
/// `-v`). When one is missing the test says so and skips, unless IP_REQUIRE_BROWSER is set
/// (CI sets it; `scripts/test` installs them), where it fails.
pub fn print_tools_present(programs: &[&str], test: &str) -> bool {
    let missing: Vec<&str> = programs
        .iter()
        .copied()
        .filter(|p| !program_runs(p))
        .collect();
    if missing.is_empty() {
        return true;
    }
    assert!(
        std::env::var_os("IP_REQUIRE_BROWSER").is_none(),
        "IP_REQUIRE_BROWSER is set but {} missing",
        missing.join(", ")
    );
    eprintln!("notice: {} missing; skipping {test}", missing.join(", "));
    false
}

fn program_runs(program: &str) -> bool {
    ["--version", "-v"].into_iter().any(|flag| {
        std::process::Command::new(program)
            .arg(flag)
            .stdin(std::process::Stdio::null())
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// The first Chromium on PATH.
pub fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| program_runs(b))
}

/// Prints an HTML file to PDF with headless Chromium, kept off the network, with its own
/// profile in `profile`.
pub fn chromium_print(chromium: &str, html: &Path, pdf: &Path, profile: &Path) {
    let out = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("chromium runs");
    assert!(
        pdf.exists(),
        "no PDF from {}\n{}",
        html.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The text of each page of a PDF (pdftotext page by page), whitespace squashed.
pub fn pdf_pages(pdf: &Path) -> Vec<String> {
    let pages: usize = pdfinfo(pdf)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .expect("pdfinfo names the page count")
        .trim()
        .parse()
        .unwrap();
    (1..=pages)
        .map(|n| {
            let out = std::process::Command::new("pdftotext")
                .args(["-f", &n.to_string(), "-l", &n.to_string()])
                .arg(pdf)
                .arg("-")
                .output()
                .expect("pdftotext runs");
            String::from_utf8_lossy(&out.stdout)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// `pdfinfo FILE` (with `-meta`: the XMP metadata instead).
pub fn pdfinfo(pdf: &Path) -> String {
    let out = std::process::Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The bundled examples, sorted: (file stem, text).
pub fn examples() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}
