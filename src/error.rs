//! The one error type of `ip`: everything that stops a command from doing its job.
//!
//! Findings in plans are data (`diagnostic::Finding`), never errors. An [`Error`] is
//! breakage: a file that cannot be read or written, a broken `ip.toml`, git failing,
//! arguments that cannot work together. Every variant that concerns a file carries its
//! path (and, where there is one, the position), so "every error names its file" is a
//! property of the type, not of each call site. The exit code comes from the type too:
//! [`Error::exit_code`] is 2 for every variant, as the spec says.
//!
//! The texts (`Display` and help) come from the message files in the person's language
//! (`messages.rs`), so `Display` and `miette::Diagnostic` are written out here rather
//! than derived from fixed `#[error]` strings. Messages carried inside a variant (git's,
//! a usage error's) are shown as they were made.

use std::path::PathBuf;

use miette::{NamedSource, SourceSpan};

use crate::messages::{msg, Arg};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug)]
pub enum Error {
    Read {
        path: PathBuf,
        err: std::io::Error,
    },

    ReadConfigured {
        path: PathBuf,
        config: PathBuf,
        err: std::io::Error,
    },

    Stdin {
        err: std::io::Error,
    },

    CurrentDir {
        err: std::io::Error,
    },

    Walk {
        path: PathBuf,
        message: String,
    },

    NoPlans {
        path: PathBuf,
    },

    Write {
        path: PathBuf,
        err: std::io::Error,
    },

    CreateDir {
        path: PathBuf,
        err: std::io::Error,
    },

    /// A file `ip` will not overwrite.
    Exists {
        path: PathBuf,
    },

    /// A broken `ip.toml`, with the place in it (boxed: it carries the file's text).
    Config(Box<ConfigError>),

    Git {
        context: String,
        message: String,
        help: Option<String>,
    },

    NotInGit {
        path: PathBuf,
    },

    OutsideWorkTree {
        path: PathBuf,
    },

    NoIdentity {
        message: String,
    },

    /// A plan the command cannot act on, for a reason in the plan (not a finding).
    Plan {
        file: String,
        message: String,
        help: Option<String>,
    },

    Render {
        file: String,
        message: String,
    },

    /// Plans an export will not write: invalid, without `--draft`, or not readable as a plan
    /// at all. Nothing is written when any is refused.
    Refused {
        files: Vec<String>,
    },

    /// Arguments that cannot work together (clap reports the simpler cases itself).
    Usage {
        message: String,
        help: Option<String>,
    },
}

/// A path as an argument of a message.
fn shown(path: &std::path::Path) -> Arg<'static> {
    path.display().to_string().into()
}

/// An I/O error in the person's language where it is a common one (the file is not there,
/// may not be read or written, is a folder, the disk is full); else the system's own words
/// ("os error N" included, for whoever looks it up). A message `ip` made itself (an error
/// with its own text) is already in the person's words.
fn err_arg(err: &std::io::Error) -> Arg<'static> {
    use std::io::ErrorKind;
    if err.get_ref().is_some() {
        return err.to_string().into();
    }
    match err.kind() {
        ErrorKind::NotFound => msg("io-not-found", &[]),
        ErrorKind::PermissionDenied => msg("io-permission-denied", &[]),
        ErrorKind::IsADirectory => msg("io-is-a-directory", &[]),
        ErrorKind::StorageFull => msg("io-storage-full", &[]),
        ErrorKind::AlreadyExists => msg("io-already-exists", &[]),
        _ => err.to_string(),
    }
    .into()
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Error::Read { path, err } => msg(
                "error-read",
                &[("path", shown(path)), ("err", err_arg(err))],
            ),
            Error::ReadConfigured { path, config, err } => msg(
                "error-read-configured",
                &[
                    ("path", shown(path)),
                    ("config", shown(config)),
                    ("err", err_arg(err)),
                ],
            ),
            Error::Stdin { err } => msg("error-stdin", &[("err", err_arg(err))]),
            Error::CurrentDir { err } => msg("error-current-dir", &[("err", err_arg(err))]),
            Error::Walk { path, message } => msg(
                "error-walk",
                &[("path", shown(path)), ("message", message.as_str().into())],
            ),
            Error::NoPlans { path } => msg("error-no-plans", &[("path", shown(path))]),
            Error::Write { path, err } => msg(
                "error-write",
                &[("path", shown(path)), ("err", err_arg(err))],
            ),
            Error::CreateDir { path, err } => msg(
                "error-create-dir",
                &[("path", shown(path)), ("err", err_arg(err))],
            ),
            Error::Exists { path } => msg("error-exists", &[("path", shown(path))]),
            Error::Config(config) => return config.fmt(f),
            Error::Git {
                context, message, ..
            } => msg(
                "error-git",
                &[
                    ("context", context.as_str().into()),
                    ("message", message.as_str().into()),
                ],
            ),
            Error::NotInGit { path } => msg("error-not-in-git", &[("path", shown(path))]),
            Error::OutsideWorkTree { path } => {
                msg("error-outside-work-tree", &[("path", shown(path))])
            }
            Error::NoIdentity { message } => {
                msg("error-no-identity", &[("message", message.as_str().into())])
            }
            Error::Plan { file, message, .. } => format!("{file}: {message}"),
            Error::Render { file, message } => msg(
                "error-render",
                &[
                    ("file", file.as_str().into()),
                    ("message", message.as_str().into()),
                ],
            ),
            Error::Refused { files } => refused_message(files),
            Error::Usage { message, .. } => message.clone(),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            // Transparent, as before: the config error is this error.
            Error::Config(config) => config.source(),
            _ => None,
        }
    }
}

impl miette::Diagnostic for Error {
    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        let help: Option<String> = match self {
            Error::NoPlans { .. } => Some(msg("error-no-plans-help", &[])),
            Error::Exists { .. } => Some(msg("error-exists-help", &[])),
            Error::NotInGit { .. } => Some(msg("error-not-in-git-help", &[])),
            Error::NoIdentity { .. } => Some(msg("error-no-identity-help", &[])),
            Error::Refused { .. } => Some(msg("error-refused-help", &[])),
            Error::Git { help, .. } | Error::Plan { help, .. } | Error::Usage { help, .. } => {
                help.clone()
            }
            Error::Config(config) => return config.help(),
            _ => None,
        };
        help.map(|h| Box::new(h) as Box<dyn std::fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        match self {
            Error::Config(config) => config.source_code(),
            _ => None,
        }
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        match self {
            Error::Config(config) => config.labels(),
            _ => None,
        }
    }
}

/// A broken `ip.toml`: the file, the place and what is wrong there.
#[derive(Debug)]
pub struct ConfigError {
    pub path: PathBuf,
    pub line: u32,
    pub column: u32,
    pub message: String,
    pub help: String,
    pub source_code: NamedSource<String>,
    pub span: SourceSpan,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&msg(
            "error-config",
            &[
                ("path", shown(&self.path)),
                ("line", self.line.into()),
                ("column", self.column.into()),
                ("message", self.message.as_str().into()),
            ],
        ))
    }
}

impl std::error::Error for ConfigError {}

impl miette::Diagnostic for ConfigError {
    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(&self.help))
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source_code)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(
            miette::LabeledSpan::new_with_span(Some(msg("error-config-label", &[])), self.span),
        )))
    }
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
        names = msg(
            "error-refused-more",
            &[
                ("names", names.into()),
                ("more", (files.len() - SHOWN).into()),
            ],
        );
    }
    msg(
        "error-refused",
        &[("count", files.len().into()), ("names", names.into())],
    )
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
