//! Where output goes: the sinks every command prints through. Standard output (a closed
//! pipe ends the program quietly), files written atomically, colour decided once, and the
//! formats of findings (`findings`) and of the tables and lists of `due`, `history` and
//! `diff` (`tables`). Machine formats are written by serde_json from typed structs.

use std::io::Write;

use crate::error::{Error, Result};

pub mod findings;
pub mod tables;

/// Whether to colour output meant for stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Color {
    #[default]
    Auto,
    Always,
    Never,
}

impl Color {
    /// Whether to colour standard output.
    pub fn enabled(self) -> bool {
        self.enabled_for(anstream::AutoStream::choice(&std::io::stdout()))
    }

    /// The same choice for messages on standard error.
    pub fn enabled_stderr(self) -> bool {
        self.enabled_for(anstream::AutoStream::choice(&std::io::stderr()))
    }

    /// `auto` is anstream's choice (the one clap makes for its own messages): colour on a
    /// terminal that supports it, never with `NO_COLOR` or `TERM=dumb`, always with
    /// `CLICOLOR_FORCE`.
    fn enabled_for(self, auto: anstream::ColorChoice) -> bool {
        match self {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => auto != anstream::ColorChoice::Never,
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

/// Writes a value as pretty JSON and a newline to stdout, serialized straight into the
/// stream (never built as one string); a closed pipe ends the program quietly.
pub fn print_json(value: &impl serde::Serialize) {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if let Err(e) = write_json(&mut out, value).and_then(|()| out.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("ip: cannot write to standard output: {e}");
        std::process::exit(2);
    }
}

/// Writes a value as pretty JSON and a newline.
pub fn write_json(out: &mut impl Write, value: &impl serde::Serialize) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    out.write_all(b"\n")
}

/// Writes `contents` to `path` atomically: a temporary file in the same folder, then a
/// rename, so a crash or a full disk never leaves half a plan behind. With `create_new`,
/// an existing file is never replaced.
pub fn write_atomic(path: &std::path::Path, contents: &[u8], create_new: bool) -> Result<()> {
    write_file(path, contents, create_new, true)
}

/// As [`write_atomic`], but without waiting for the disk (`fsync`): for output that can be
/// made again, such as rendered plans, where thousands of fsyncs would dominate.
pub fn write_output(path: &std::path::Path, contents: &[u8]) -> Result<()> {
    write_file(path, contents, false, false)
}

fn write_file(
    path: &std::path::Path,
    contents: &[u8],
    create_new: bool,
    durable: bool,
) -> Result<()> {
    let write_error = |err| Error::Write {
        path: path.to_owned(),
        err,
    };
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
        .map_err(|err| Error::Write {
            path: dir.to_owned(),
            err,
        })?;
    tmp.write_all(contents)
        .and_then(|()| {
            if durable {
                tmp.as_file().sync_all()
            } else {
                Ok(())
            }
        })
        .map_err(write_error)?;
    if let Ok(meta) = std::fs::metadata(path) {
        // Keep the file's permissions across the rename.
        let _ = std::fs::set_permissions(tmp.path(), meta.permissions());
    }
    if create_new {
        tmp.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                Error::Exists {
                    path: path.to_owned(),
                }
            } else {
                write_error(e.error)
            }
        })?;
    } else {
        tmp.persist(path).map_err(|e| write_error(e.error))?;
    }
    Ok(())
}
