//! The one error type of `ip`: everything that stops a command from doing its job.
//!
//! Findings in plans are data (`diagnostic::Finding`), never errors. An [`Error`] is
//! breakage: a file that cannot be read or written, a broken `ip.toml`, git failing,
//! arguments that cannot work together. Every variant that concerns a file carries its
//! path (and, where there is one, the position), so "every error names its file" is a
//! property of the type, not of each call site. The exit code comes from the type too:
//! [`Error::exit_code`] is 2 for every variant, as the spec says.

use std::path::PathBuf;

use miette::{NamedSource, SourceSpan};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum Error {
    #[error("cannot read {}: {err}", path.display())]
    Read { path: PathBuf, err: std::io::Error },

    #[error("cannot read {} (a `plans` folder of {}): {err}", path.display(), config.display())]
    ReadConfigured {
        path: PathBuf,
        config: PathBuf,
        err: std::io::Error,
    },

    #[error("cannot read standard input: {err}")]
    Stdin { err: std::io::Error },

    #[error("cannot read the current folder: {err}")]
    CurrentDir { err: std::io::Error },

    #[error("cannot walk {}: {message}", path.display())]
    Walk { path: PathBuf, message: String },

    #[error("no plans found in {}", path.display())]
    #[diagnostic(help(
        "plans are files ending in .yaml or .yml; files ignored by .gitignore and hidden folders are skipped"
    ))]
    NoPlans { path: PathBuf },

    #[error("cannot write {}: {err}", path.display())]
    Write { path: PathBuf, err: std::io::Error },

    #[error("cannot create {}: {err}", path.display())]
    CreateDir { path: PathBuf, err: std::io::Error },

    #[error("{} already exists; `ip` never overwrites it", path.display())]
    #[diagnostic(help("choose another name, or delete the file first"))]
    Exists { path: PathBuf },

    /// A broken `ip.toml`, with the place in it (boxed: it carries the file's text).
    #[error(transparent)]
    #[diagnostic(transparent)]
    Config(Box<ConfigError>),

    #[error("git: {context}: {message}")]
    Git {
        context: String,
        message: String,
        #[help]
        help: Option<String>,
    },

    #[error("{} is not in a git repository", path.display())]
    #[diagnostic(help(
        "history comes from git: run `git init` and commit the plan, or run this inside the repository"
    ))]
    NotInGit { path: PathBuf },

    #[error("{} is not inside the repository's work tree", path.display())]
    OutsideWorkTree { path: PathBuf },

    #[error("git has no identity to commit with: {message}")]
    #[diagnostic(help(
        "set it with `git config --global user.name \"Your Name\"` and `git config --global user.email you@example.no`"
    ))]
    NoIdentity { message: String },

    /// A plan the command cannot act on, for a reason in the plan (not a finding).
    #[error("{file}: {message}")]
    Plan {
        file: String,
        message: String,
        #[help]
        help: Option<String>,
    },

    #[error("cannot render {file}: {message}")]
    Render { file: String, message: String },

    /// Plans an export will not write: invalid, without `--draft`, or not readable as a plan
    /// at all. Nothing is written when any is refused.
    #[error("{}", refused_message(files))]
    #[diagnostic(help(
        "`ip validate` shows what is wrong; `--draft` exports invalid plans anyway (a file that is not a plan at all cannot be exported)"
    ))]
    Refused { files: Vec<String> },

    /// Arguments that cannot work together (clap reports the simpler cases itself).
    #[error("{message}")]
    Usage {
        message: String,
        #[help]
        help: Option<String>,
    },
}

/// A broken `ip.toml`: the file, the place and what is wrong there.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("broken ip.toml: {}:{line}:{column}: {message}", path.display())]
pub struct ConfigError {
    pub path: PathBuf,
    pub line: u32,
    pub column: u32,
    pub message: String,
    #[help]
    pub help: String,
    #[source_code]
    pub source_code: NamedSource<String>,
    #[label("here")]
    pub span: SourceSpan,
}

/// "not exported: 2 invalid plans: a.yaml, b.yaml", the list cut after ten names.
fn refused_message(files: &[String]) -> String {
    const SHOWN: usize = 10;
    let mut names = files
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if files.len() > SHOWN {
        names.push_str(&format!(" and {} more", files.len() - SHOWN));
    }
    let plans = if files.len() == 1 { "plan" } else { "plans" };
    format!("not exported: {} invalid {plans}: {names}", files.len())
}

impl Error {
    /// Exit code 2: the command could not do its job.
    pub fn exit_code(&self) -> u8 {
        2
    }

    pub fn usage(message: impl Into<String>, help: Option<&str>) -> Error {
        Error::Usage {
            message: message.into(),
            help: help.map(str::to_owned),
        }
    }

    pub fn plan(
        file: impl Into<String>,
        message: impl Into<String>,
        help: Option<String>,
    ) -> Error {
        Error::Plan {
            file: file.into(),
            message: message.into(),
            help,
        }
    }
}
