//! Which plans a command reads: files and folders named on the command line (a folder is
//! walked for `*.yaml` and `*.yml`, honouring `.gitignore` and skipping hidden entries,
//! in or out of a git repository), `-` for standard input, else the `plans` folders of
//! `ip.toml`, else the current folder.
//!
//! A named path that does not exist, or a search that finds no plan at all, is exit 2:
//! in CI a mistyped path must fail loudly, not pass with nothing checked.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::error::{Error, Result};
use crate::yaml::MAX_FILE_BYTES;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    File(PathBuf),
    Stdin,
}

/// The files among the inputs (standard input has no path).
pub fn files(inputs: &[Input]) -> Vec<PathBuf> {
    inputs.iter().filter_map(Input::file).cloned().collect()
}

impl Input {
    pub fn file(&self) -> Option<&PathBuf> {
        match self {
            Input::File(p) => Some(p),
            Input::Stdin => None,
        }
    }

    /// The name shown in reports: the path as the user gave it, or `<stdin>`.
    pub fn display(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "<stdin>".to_owned(),
        }
    }
}

/// The bytes of one input, or `TooLarge` with its size (refused unread).
pub enum Content {
    Bytes(Vec<u8>),
    TooLarge(u64),
}

pub fn read(input: &Input) -> Result<Content> {
    match input {
        Input::File(path) => {
            let read_error = |err| Error::Read {
                path: path.clone(),
                err,
            };
            // Opened once, its size read from the open file: a path lookup per plan less
            // (100,000 plans: a tenth of a warm `ip due`). Read no further than the limit, in
            // case the file grows meanwhile.
            let mut file = std::fs::File::open(path).map_err(read_error)?;
            let len = file.metadata().map_err(read_error)?.len();
            if len > MAX_FILE_BYTES {
                return Ok(Content::TooLarge(len));
            }
            let mut bytes = Vec::with_capacity(len as usize + 1);
            (&mut file)
                .take(MAX_FILE_BYTES + 1)
                .read_to_end(&mut bytes)
                .map_err(read_error)?;
            if bytes.len() as u64 > MAX_FILE_BYTES {
                return Ok(Content::TooLarge(bytes.len() as u64));
            }
            Ok(Content::Bytes(bytes))
        }
        Input::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .lock()
                .take(MAX_FILE_BYTES + 1)
                .read_to_end(&mut buf)
                .map_err(|err| Error::Stdin { err })?;
            if buf.len() as u64 > MAX_FILE_BYTES {
                return Ok(Content::TooLarge(buf.len() as u64));
            }
            Ok(Content::Bytes(buf))
        }
    }
}

/// Resolves command-line paths (or the configured/current folders) to plan inputs.
pub fn collect(paths: &[PathBuf], config: &Config) -> Result<Vec<Input>> {
    let (roots, implicit) = if !paths.is_empty() {
        (paths.to_vec(), false)
    } else if !config.plans.is_empty() {
        // Show configured folders relative to where the user stands, as they would type them.
        let cwd = std::env::current_dir().unwrap_or_default();
        let shown = config.plans.iter().map(|p| relative_to(p, &cwd)).collect();
        (shown, true)
    } else {
        (vec![PathBuf::from(".")], true)
    };
    let mut inputs = Vec::new();
    for root in &roots {
        if root.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let meta = std::fs::metadata(root).map_err(|err| match (&config.file, implicit) {
            (Some(file), true) => Error::ReadConfigured {
                path: root.clone(),
                config: file.clone(),
                err,
            },
            _ => Error::Read {
                path: root.clone(),
                err,
            },
        })?;
        if meta.is_file() {
            inputs.push(Input::File(root.clone()));
        } else {
            let found: Vec<PathBuf> = walk(root)?
                .into_iter()
                .filter(|p| !config.is_excluded(p))
                .collect();
            if found.is_empty() {
                return Err(Error::NoPlans { path: root.clone() });
            }
            inputs.extend(found.into_iter().map(Input::File));
        }
    }
    Ok(inputs)
}

fn walk(root: &Path) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let walker = ignore::WalkBuilder::new(root)
        .require_git(false)
        .follow_links(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        let entry = entry.map_err(|e| Error::Walk {
            path: root.to_owned(),
            message: e.to_string(),
        })?;
        let path = entry.path();
        let is_yaml = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"));
        if is_yaml && entry.file_type().is_some_and(|t| t.is_file()) {
            found.push(strip_dot(path));
        }
    }
    Ok(found)
}

/// `path` relative to `base` when one is below the other (`../` steps up as needed).
fn relative_to(path: &Path, base: &Path) -> PathBuf {
    let path = normalize(path);
    let base = normalize(base);
    let common = path
        .components()
        .zip(base.components())
        .take_while(|(a, b)| a == b)
        .count();
    if common == 0 {
        return path;
    }
    let mut out = PathBuf::new();
    for _ in base.components().skip(common) {
        out.push("..");
    }
    for part in path.components().skip(common) {
        out.push(part);
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// Removes `.` components and folds `dir/..` without touching the file system.
fn normalize(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if out.file_name().is_some() => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `./plans/x.yaml` → `plans/x.yaml`, as people write paths.
fn strip_dot(path: &Path) -> PathBuf {
    path.strip_prefix(".")
        .map_or_else(|_| path.to_owned(), Path::to_owned)
}
