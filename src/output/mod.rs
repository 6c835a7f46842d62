//! Where output goes: the sinks every command prints through. Standard output (a closed
//! pipe ends the program quietly), files written atomically, colour decided once, and the
//! formats of findings (`findings`) and of the tables and lists of `due`, `history` and
//! `diff` (`tables`). Machine formats are written by serde_json from typed structs.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::messages::msg;

pub mod ci;
pub mod csv;
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

/// How much `ip` says on stderr besides its output and errors: -1 quiet (`-q`: nothing
/// but errors), 0 notes (the default), 1 verbose (`-v`: also what it read and did).
static VERBOSITY: std::sync::atomic::AtomicI8 = std::sync::atomic::AtomicI8::new(0);

pub fn set_verbosity(level: i8) {
    VERBOSITY.store(level, std::sync::atomic::Ordering::Relaxed);
}

/// A note for people on stderr ("note: …"), unless `-q`.
pub fn note(message: &str) {
    if VERBOSITY.load(std::sync::atomic::Ordering::Relaxed) >= 0 {
        eprintln!("{}: {message}", crate::messages::msg("note-prefix", &[]));
    }
}

/// A line on stderr that says what was done, unless `-q` ("revised …", "wrote …").
pub fn say(message: &str) {
    if VERBOSITY.load(std::sync::atomic::Ordering::Relaxed) >= 0 {
        eprintln!("{message}");
    }
}

/// Detail for `-v` only.
pub fn detail(message: &str) {
    if VERBOSITY.load(std::sync::atomic::Ordering::Relaxed) > 0 {
        eprintln!("ip: {message}");
    }
}

/// Writes to stdout; a closed pipe (`ip validate | head`) ends the program quietly.
pub fn print(text: &str) {
    print_bytes(text.as_bytes());
}

/// [`print`] for bytes that need not be text (a PDF).
pub fn print_bytes(bytes: &[u8]) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(bytes).and_then(|()| out.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!(
            "ip: {}",
            crate::messages::msg("error-stdout", &[("err", e.to_string().into())])
        );
        std::process::exit(2);
    }
}

/// Writes a value as pretty JSON and a newline to stdout, serialized straight into the
/// stream (never built as one string); a closed pipe ends the program quietly.
pub fn print_json(value: &impl serde::Serialize) {
    print_with(|out| write_json(out, value));
}

/// Writes to stdout through `write`, buffered, as it goes (a report is never built as
/// one string); a closed pipe ends the program quietly.
pub fn print_with(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    if let Err(e) = write(&mut out).and_then(|()| out.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!(
            "ip: {}",
            crate::messages::msg("error-stdout", &[("err", e.to_string().into())])
        );
        std::process::exit(2);
    }
}

/// Writes a value as pretty JSON and a newline.
pub fn write_json(out: &mut dyn Write, value: &impl serde::Serialize) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    out.write_all(b"\n")
}

// ---------------------------------------------------------------------------------------------
// Files
//
// Promises (README, "Writing files"), each proven by tests/cli/trust.rs:
// - A symlink is followed: its target is written, the link stays.
// - What is not a regular file (a device such as /dev/null, a FIFO, a terminal) is written
//   through, never replaced by a file.
// - A regular file is replaced atomically: a temporary file, then a rename, so a crash or a
//   full disk never leaves half a file behind.
// - `ip render` never replaces a YAML file (`.yaml`/`.yml`: it may be a plan); `ip new`
//   never replaces anything.
// - A plan replaced by `ip revise` keeps its owner and mode, and a read-only plan is
//   refused. Its temporary copy is created readable by its owner only (0600), so no one who
//   cannot read the plan can read the copy. Inside a git work tree the copy is made in
//   `.git/ip/tmp/` (git never commits or shows what is there); if a run is killed, the
//   copy left there is removed by the next run that writes a file in that repository.

/// Writes a new file that must not exist yet (`ip new -o`); a device or FIFO is written
/// through.
pub fn write_new(path: &Path, contents: &[u8]) -> Result<()> {
    let target = resolve_links(path)?;
    match std::fs::metadata(&target) {
        Ok(meta) if is_special(&meta) => write_through(&target, contents),
        Ok(_) => Err(Error::Exists {
            path: path.to_owned(),
        }),
        Err(_) => replace(&target, contents, Replace::CreateNew),
    }
}

/// Writes output that can be made again (`ip render -o`, `--out-dir`): a device or FIFO
/// is written through, a regular file that is not YAML is replaced, without waiting for
/// the disk (`fsync`), where thousands of fsyncs would dominate.
pub fn write_output(path: &Path, contents: &[u8]) -> Result<()> {
    let target = resolve_links(path)?;
    match std::fs::metadata(&target) {
        Ok(meta) if meta.is_dir() => Err(Error::Write {
            path: path.to_owned(),
            err: std::io::Error::other(msg("error-is-a-folder", &[])),
        }),
        Ok(meta) if is_special(&meta) => write_through(&target, contents),
        Ok(_) if is_yaml(&target) => Err(Error::usage(
            msg(
                "error-output-is-yaml",
                &[("path", path.display().to_string().into())],
            ),
            Some(&msg("error-output-is-yaml-help", &[])),
        )),
        _ => replace(&target, contents, Replace::Output),
    }
}

/// Replaces a plan with its revised text (`ip revise`), durably, keeping owner and mode.
pub fn replace_plan(path: &Path, contents: &[u8]) -> Result<()> {
    let target = resolve_links(path)?;
    replace(&target, contents, Replace::Plan)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Replace {
    CreateNew,
    Output,
    Plan,
}

fn is_yaml(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// Neither a regular file nor a folder: a device, a FIFO, a socket.
fn is_special(meta: &std::fs::Metadata) -> bool {
    !meta.is_file() && !meta.is_dir()
}

fn write_through(path: &Path, contents: &[u8]) -> Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .and_then(|mut f| f.write_all(contents).and_then(|()| f.flush()))
        .map_err(|err| Error::Write {
            path: path.to_owned(),
            err,
        })
}

/// The file a path names, symlinks followed (as the kernel does, at most 40).
fn resolve_links(path: &Path) -> Result<PathBuf> {
    let mut current = path.to_owned();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = std::fs::read_link(&current).map_err(|err| Error::Read {
                    path: current.clone(),
                    err,
                })?;
                current = match current.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(Error::Write {
        path: path.to_owned(),
        err: std::io::Error::other(msg("error-symlink-loop", &[])),
    })
}

/// Where a temporary copy of `target` is made: `.git/ip/tmp/` of the work tree holding it
/// (on the same file system, so the rename is atomic), else the target's own folder.
fn temp_folder(dir: &Path) -> PathBuf {
    let absolute = dir.canonicalize().unwrap_or_else(|_| dir.to_owned());
    for folder in absolute.ancestors() {
        let git = folder.join(".git");
        if git.is_dir() {
            let tmp = git.join("ip").join("tmp");
            let same_device = same_device(&git, &absolute);
            if same_device && create_private_dir(&tmp).is_ok() {
                clean_stale(&tmp);
                return tmp;
            }
            break;
        }
    }
    dir.to_owned()
}

#[cfg(unix)]
fn same_device(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_device(_: &Path, _: &Path) -> bool {
    true
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Temporary copies are named `.ip-tmp-<pid>-<random>.tmp`.
const TEMP_PREFIX: &str = ".ip-tmp-";

/// Removes copies left in `.git/ip/tmp/` by runs that were killed: those whose process is
/// gone (where `/proc` tells), else those older than a day.
fn clean_stale(tmp: &Path) {
    let Ok(entries) = std::fs::read_dir(tmp) else {
        return;
    };
    let proc_known = Path::new("/proc/self").exists();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(TEMP_PREFIX)) else {
            continue;
        };
        let pid = rest.split('-').next().unwrap_or("");
        let stale = if proc_known && pid.bytes().all(|b| b.is_ascii_digit()) && !pid.is_empty() {
            !Path::new("/proc").join(pid).exists()
        } else {
            entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 24 * 3600)
        };
        if stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn replace(target: &Path, contents: &[u8], how: Replace) -> Result<()> {
    let write_error = |err| Error::Write {
        path: target.to_owned(),
        err,
    };
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let existing = std::fs::metadata(target).ok().filter(|m| m.is_file());
    if how == Replace::Plan {
        let Some(meta) = &existing else {
            return Err(write_error(std::io::Error::other(msg(
                "error-not-a-regular-file",
                &[],
            ))));
        };
        if is_read_only(meta) {
            return Err(Error::plan(
                target.display().to_string(),
                msg("error-read-only", &[]),
                Some(msg("error-read-only-help", &[])),
            ));
        }
    }
    let mut builder = tempfile::Builder::new();
    let prefix = format!("{TEMP_PREFIX}{}-", std::process::id());
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // A copy of an existing file is private until it takes the file's place; a new
        // file gets the usual 0666 & !umask (tempfile's default would be 0600).
        let mode = if existing.is_some() { 0o600 } else { 0o666 };
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    let folder = temp_folder(dir);
    let mut tmp = builder
        .tempfile_in(&folder)
        .or_else(|_| builder.tempfile_in(dir))
        .map_err(|err| Error::Write {
            path: dir.to_owned(),
            err,
        })?;
    tmp.write_all(contents).map_err(write_error)?;
    if how == Replace::Plan {
        tmp.as_file().sync_all().map_err(write_error)?;
    }
    if let Some(meta) = &existing {
        keep_owner_and_mode(tmp.as_file(), meta).map_err(write_error)?;
    }
    let persisted = if how == Replace::CreateNew {
        tmp.persist_noclobber(target)
    } else {
        tmp.persist(target)
    };
    match persisted {
        Ok(_) => Ok(()),
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => Err(Error::Exists {
            path: target.to_owned(),
        }),
        // `.git/ip/tmp` on another file system after all: write beside the file instead.
        Err(e) if e.error.kind() == std::io::ErrorKind::CrossesDevices && folder != dir => {
            drop(e);
            replace_beside(target, contents, how)
        }
        Err(e) => Err(write_error(e.error)),
    }
}

/// [`replace`] with the temporary copy in the target's own folder.
fn replace_beside(target: &Path, contents: &[u8], how: Replace) -> Result<()> {
    let dir = target.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(dir)
        .map_err(|err| Error::Write {
            path: dir.to_owned(),
            err,
        })?;
    let write_error = |err| Error::Write {
        path: target.to_owned(),
        err,
    };
    tmp.write_all(contents).map_err(write_error)?;
    if let Ok(meta) = std::fs::metadata(target) {
        keep_owner_and_mode(tmp.as_file(), &meta).map_err(write_error)?;
    }
    let persisted = if how == Replace::CreateNew {
        tmp.persist_noclobber(target).map(|_| ())
    } else {
        tmp.persist(target).map(|_| ())
    };
    persisted.map_err(|e| write_error(e.error))
}

#[cfg(unix)]
fn is_read_only(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode() & 0o222 == 0
}

#[cfg(not(unix))]
fn is_read_only(meta: &std::fs::Metadata) -> bool {
    meta.permissions().readonly()
}

/// The replacement takes the replaced file's mode, and its owner where this process may
/// give it (root may; others keep their own, as any editor's save does).
#[cfg(unix)]
fn keep_owner_and_mode(file: &std::fs::File, meta: &std::fs::Metadata) -> std::io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let mine = file.metadata()?;
    if mine.uid() != meta.uid() || mine.gid() != meta.gid() {
        match std::os::unix::fs::fchown(file, Some(meta.uid()), Some(meta.gid())) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {}
            Err(e) => return Err(e),
        }
    }
    file.set_permissions(meta.permissions())
}

#[cfg(not(unix))]
fn keep_owner_and_mode(file: &std::fs::File, meta: &std::fs::Metadata) -> std::io::Result<()> {
    file.set_permissions(meta.permissions())
}
