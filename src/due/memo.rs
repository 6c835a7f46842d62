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

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use git2::Oid;

use super::Facts;
use crate::check::Input;
use crate::git::{HexOid, Repo};

/// A content key: the git object id of the bytes as a blob, written as hex in the file.
pub type Key = HexOid;

#[derive(serde::Deserialize)]
struct MemoFile {
    format: u32,
    engine: String,
    facts: HashMap<Key, Facts>,
}

/// [`MemoFile`] as written: the facts borrowed from the report, never copied into a map.
#[derive(serde::Serialize)]
struct MemoOut<'a> {
    format: u32,
    engine: &'a str,
    #[serde(serialize_with = "as_map")]
    facts: Vec<(Key, &'a Facts)>,
}

fn as_map<S: serde::Serializer>(facts: &[(Key, &Facts)], out: S) -> Result<S::Ok, S::Error> {
    out.collect_map(facts.iter().map(|(k, f)| (k, f)))
}

pub struct Memo {
    file: Option<PathBuf>,
    engine: String,
    known: HashMap<Key, Facts>,
}

const FORMAT: u32 = 1;

/// The content key of some bytes (none if libgit2 cannot hash them).
pub fn key(bytes: &[u8]) -> Option<Key> {
    Oid::hash_object(git2::ObjectType::Blob, bytes)
        .ok()
        .map(HexOid)
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

    pub fn get(&self, key: Key) -> Option<&Facts> {
        self.known.get(&key)
    }

    /// Keeps the facts of this run's contents (`(key, facts, checked now)`), and only
    /// those; writes nothing when they are the ones already kept.
    pub fn save<'a>(&self, entries: impl Iterator<Item = (Key, &'a Facts, bool)>) {
        let Some(file) = &self.file else { return };
        let mut seen = HashSet::new();
        let mut facts = Vec::new();
        let mut checked = false;
        for (key, f, new) in entries {
            checked |= new;
            if seen.insert(key) {
                facts.push((key, f));
            }
        }
        if !checked && facts.len() == self.known.len() {
            return;
        }
        let memo = MemoOut {
            format: FORMAT,
            engine: &self.engine,
            facts,
        };
        let Some(dir) = file.parent() else { return };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        if let Ok(tmp) = tempfile::Builder::new().prefix(".ip-tmp-").tempfile_in(dir) {
            // Straight into the file, never whole in memory (100,000 plans: 21 MB).
            let mut out = std::io::BufWriter::new(tmp);
            if serde_json::to_writer(&mut out, &memo).is_ok() {
                if let Ok(tmp) = out.into_inner() {
                    let _ = tmp.persist(file);
                }
            }
        }
    }

    /// The facts read from the file, for the report to keep.
    pub fn into_known(self) -> HashMap<Key, Facts> {
        self.known
    }
}
