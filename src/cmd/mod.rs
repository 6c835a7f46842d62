//! One command, one file: each owns its arguments and `execute`. `main.rs` only parses,
//! dispatches and maps the outcome to an exit code.

use std::io::Write;

pub mod diff;
pub mod due;
pub mod explain;
pub mod history;
pub mod new;
pub mod render;
pub mod revise;
pub mod schema;
pub mod validate;

/// How a command ended when it could do its job (errors are `miette::Report`, exit 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Exit 0.
    Clean,
    /// Exit 1: findings (invalid plans, or plans due with `--check`).
    Findings,
}

/// Whether to colour output meant for stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Color {
    #[default]
    Auto,
    Always,
    Never,
}

impl Color {
    /// Auto: colour only on a terminal, and never when `NO_COLOR` is set.
    pub fn enabled(self) -> bool {
        use std::io::IsTerminal;
        self.enabled_for(std::io::stdout().is_terminal())
    }

    /// The same choice for messages on stderr.
    pub fn enabled_stderr(self) -> bool {
        use std::io::IsTerminal;
        self.enabled_for(std::io::stderr().is_terminal())
    }

    fn enabled_for(self, terminal: bool) -> bool {
        match self {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && terminal,
        }
    }
}

/// Writes to stdout; a closed pipe (`ip validate | head`) ends the program quietly.
pub fn print(text: &str) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("ip: cannot write to standard output: {e}");
        std::process::exit(2);
    }
}

/// Writes `contents` to `path` atomically: a temporary file in the same folder, then a
/// rename, so a crash or a full disk never leaves half a plan behind. With `create_new`,
/// an existing file is never replaced.
pub fn write_atomic(
    path: &std::path::Path,
    contents: &[u8],
    create_new: bool,
) -> Result<(), miette::Report> {
    write_file(path, contents, create_new, true)
}

/// As [`write_atomic`], but without waiting for the disk (`fsync`): for output that can be
/// made again, such as rendered plans, where thousands of fsyncs would dominate.
pub fn write_output(path: &std::path::Path, contents: &[u8]) -> Result<(), miette::Report> {
    write_file(path, contents, false, false)
}

fn write_file(
    path: &std::path::Path,
    contents: &[u8],
    create_new: bool,
    durable: bool,
) -> Result<(), miette::Report> {
    use miette::miette;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    // New files get the usual 0666 & !umask, not tempfile's private 0600.
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder
        .prefix(".ip-")
        .tempfile_in(dir)
        .map_err(|e| miette!("cannot write in {}: {e}", dir.display()))?;
    tmp.write_all(contents)
        .and_then(|()| {
            if durable {
                tmp.as_file().sync_all()
            } else {
                Ok(())
            }
        })
        .map_err(|e| miette!("cannot write {}: {e}", path.display()))?;
    if let Ok(meta) = std::fs::metadata(path) {
        // Keep the file's permissions across the rename.
        let _ = std::fs::set_permissions(tmp.path(), meta.permissions());
    }
    if create_new {
        tmp.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                miette!(
                    help = "choose another name, or delete the file first",
                    "{} already exists; `ip` never overwrites it",
                    path.display()
                )
            } else {
                miette!("cannot write {}: {}", path.display(), e.error)
            }
        })?;
    } else {
        tmp.persist(path)
            .map_err(|e| miette!("cannot write {}: {}", path.display(), e.error))?;
    }
    Ok(())
}
