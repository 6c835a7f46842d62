//! The due facts of each plan content `ip due` has checked, kept in `.git/ip/due-facts.json`
//! of the repository holding the first plan named, so that a run after a new commit checks
//! only the plans whose content changed (checking is most of a warm run's time).
//!
//! Decisions:
//! - Keyed by content: the git object id of the file's bytes (what `git hash-object`
//!   prints), never by path or file times, so an edit, a checkout or a copied repository
//!   can never be answered from an older content's facts. Hashing the bytes costs a small
//!   part of parsing them.
//! - Valid for one build of `ip` only: the file names the version and the executable's
//!   size and modification time, since a new release (or a rebuilt binary) may check
//!   differently. A file from another build, in another format, or that does not parse is
//!   ignored and written again.
//! - Holds only the contents seen in the last run (it does not grow with history), and
//!   is written whole to a temporary file and renamed, so concurrent runs never read half
//!   a file; the last writer wins, each complete. A file that cannot be written only costs
//!   time next run.
//! - Plans outside git have no memo; the first plan's repository holds the memo for all
//!   plans of the run (entries are keyed by content, so that is right for any of them).

use std::collections::HashMap;
use std::path::PathBuf;

use super::Facts;
use crate::check::Input;
use crate::git::Repo;

/// A content key and, when this run checked the content, its new facts.
pub type Entry = (String, Option<Facts>);

#[derive(serde::Serialize, serde::Deserialize)]
struct MemoFile {
    format: u32,
    engine: String,
    facts: HashMap<String, Facts>,
}

pub struct Memo {
    file: Option<PathBuf>,
    engine: String,
    known: HashMap<String, Facts>,
}

const FORMAT: u32 = 1;

/// The content key: the git object id of the bytes as a blob.
pub fn key(bytes: &[u8]) -> String {
    git2::Oid::hash_object(git2::ObjectType::Blob, bytes)
        .map(|oid| oid.to_string())
        .unwrap_or_default()
}

/// This build of `ip`: its version, and its executable's size and modification time.
fn engine() -> Option<String> {
    let exe = std::env::current_exe().ok()?;
    let meta = std::fs::metadata(exe).ok()?;
    let modified = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Some(format!(
        "ip {} {} {}.{:09}",
        env!("CARGO_PKG_VERSION"),
        meta.len(),
        modified.as_secs(),
        modified.subsec_nanos()
    ))
}

impl Memo {
    /// The memo of the repository holding the first plan file, or an empty one that is
    /// never written (outside git, or when this build cannot be told from others).
    pub fn open(inputs: &[Input]) -> Memo {
        let none = Memo {
            file: None,
            engine: String::new(),
            known: HashMap::new(),
        };
        let Some(engine) = engine() else { return none };
        let Some(first) = inputs.iter().find_map(Input::file) else {
            return none;
        };
        let Ok(Some(repo)) = Repo::discover(first) else {
            return none;
        };
        let file = repo.cache_dir().join("due-facts.json");
        let known = std::fs::read(&file)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<MemoFile>(&bytes).ok())
            .filter(|m| m.format == FORMAT && m.engine == engine)
            .map(|m| m.facts)
            .unwrap_or_default();
        Memo {
            file: Some(file),
            engine,
            known,
        }
    }

    pub fn get(&self, key: &str) -> Option<&Facts> {
        if key.is_empty() {
            return None;
        }
        self.known.get(key)
    }

    /// Keeps the facts of this run's contents, and only those; writes nothing when they
    /// are the ones already kept.
    pub fn save<'a>(mut self, entries: impl Iterator<Item = &'a Entry>) {
        let Some(file) = self.file.take() else { return };
        let mut facts = HashMap::new();
        let mut changed = false;
        for (key, new) in entries {
            if key.is_empty() {
                continue;
            }
            match new {
                Some(new) => {
                    changed = true;
                    facts.insert(key.clone(), new.clone());
                }
                None => {
                    if let Some(old) = self.known.remove(key) {
                        facts.insert(key.clone(), old);
                    }
                }
            }
        }
        if !changed && self.known.is_empty() {
            return;
        }
        let memo = MemoFile {
            format: FORMAT,
            engine: self.engine,
            facts,
        };
        let Some(dir) = file.parent() else { return };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        let Ok(bytes) = serde_json::to_vec(&memo) else {
            return;
        };
        if let Ok(mut tmp) = tempfile::Builder::new().prefix(".ip-tmp-").tempfile_in(dir) {
            use std::io::Write;
            if tmp.write_all(&bytes).is_ok() {
                let _ = tmp.persist(&file);
            }
        }
    }
}
