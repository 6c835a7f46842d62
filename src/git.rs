//! The one door to git. Everything `ip` learns from or writes to git goes through here,
//! over `git2` (libgit2, vendored, no network transports).
//!
//! What it reads: the repository that contains a plan (found by walking up, never from
//! `GIT_DIR` or other environment), commits reachable from HEAD, trees and blobs, and the
//! working-tree status. What it writes: the index's cached file times when a status finds
//! them out of date (as `git status` does; see `Repo::uncommitted`), the caches under
//! `.git/ip/`, and one commit for `ip revise --commit`, made by the
//! `git` program itself (`git add FILE` and `git commit -- FILE`), so that everything git
//! does on a commit applies: clean filters (git-crypt), end-of-line conversion, the index
//! lock, identity from the environment and config, signing and hooks.
//!
//! Never a guess: a folder that is not in a repository is "outside git"; any other failure
//! to open or read a repository (another user's repository and `safe.directory`, a broken
//! `.git` file, a missing object) is an error that names the repository, not a draft stamp,
//! "no commits yet" or an invented change. SHA-1 and SHA-256 repositories are both read.
//!
//! Decisions:
//! - "Last commit" per plan is found in ONE walk of first-parent history, comparing each
//!   commit's tree with its first parent's by object id and descending only into subtrees
//!   that differ, stopping once every plan is found. First-parent means a plan's last
//!   commit is when its change landed on the current branch (a merge counts), which is the
//!   date a coordinator's repository actually changed.
//! - `history` walks all commits newest first by commit time (git log's default order)
//!   with git-log semantics: a merge is listed only when the plan differs from every
//!   parent. Renames are followed: when the path
//!   appears in a commit, a file deleted there with the same or similar content is
//!   taken as its previous name.
//! - Shallow clones: the oldest commits have no parents, so every file looks added there.
//!   Such facts are marked `cut_short` and shown as "on or before DATE".
//! - Dates are calendar dates in the local time zone (TZ).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

use chrono::{NaiveDate, TimeZone};
use git2::{ObjectType, Oid, Repository, Tree};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::messages::{msg, Arg};

/// What git-crypt writes at the start of an encrypted file.
const GIT_CRYPT_HEADER: &[u8] = b"\0GITCRYPT\0";

/// The error for an encrypted plan in a locked git-crypt repository.
fn locked(workdir: &Path, path: &str) -> Error {
    Error::Git {
        context: msg(
            "git-cannot-read",
            &[
                ("path", path.into()),
                ("repository", workdir.display().to_string().into()),
            ],
        ),
        message: msg("git-locked", &[]),
        help: Some(msg("git-locked-help", &[])),
    }
}

pub struct Repo {
    repo: Repository,
    workdir: PathBuf,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct CommitInfo {
    /// Short id (7 hex digits).
    pub id: String,
    #[serde(skip)]
    pub oid: Oid,
    pub date: NaiveDate,
    /// Author time, seconds since the epoch (`date` is its local date).
    #[serde(skip)]
    pub time: i64,
    /// Has no parent: a root commit, or a shallow clone's boundary.
    #[serde(skip)]
    pub root: bool,
    pub author: String,
    #[serde(skip)]
    pub message: String,
    /// True when history is cut short (shallow clone) and the change may be older.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub cut_short: bool,
}

/// What the cache of last commits keeps of a commit, so that a warm run makes its
/// [`CommitInfo`] without reading it (the date is computed again: it is the local date).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct CommitFacts {
    /// Author time, seconds since the epoch.
    time: i64,
    /// Has no parent (a root commit, or a shallow clone's boundary).
    root: bool,
    author: String,
    summary: String,
}

/// An object id written as hex, as a key of the caches' JSON maps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct HexOid(pub Oid);

impl Serialize for HexOid {
    fn serialize<S: serde::Serializer>(&self, out: S) -> std::result::Result<S::Ok, S::Error> {
        out.collect_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for HexOid {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> std::result::Result<Self, D::Error> {
        struct Hex;
        impl serde::de::Visitor<'_> for Hex {
            type Value = HexOid;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object id in hex")
            }
            fn visit_str<E: serde::de::Error>(self, hex: &str) -> std::result::Result<HexOid, E> {
                Oid::from_str(hex).map(HexOid).map_err(E::custom)
            }
        }
        input.deserialize_str(Hex)
    }
}

fn err(context: impl std::fmt::Display, e: git2::Error) -> Error {
    Error::Git {
        context: context.to_string(),
        message: e.message().to_owned(),
        help: help_for(&e),
    }
}

/// What to do about a git error, where there is something to say.
fn help_for(e: &git2::Error) -> Option<String> {
    let message = e.message().to_lowercase();
    if e.code() == git2::ErrorCode::Owner || message.contains("owner") {
        Some(msg("git-help-owner", &[]))
    } else if e.class() == git2::ErrorClass::Odb || message.contains("object not found") {
        Some(msg("git-help-objects", &[]))
    } else {
        Some(msg("git-help-status", &[]))
    }
}

fn local_date(time: git2::Time) -> NaiveDate {
    chrono::Local
        .timestamp_opt(time.seconds(), 0)
        .single()
        .map_or_else(
            || chrono::DateTime::UNIX_EPOCH.date_naive(),
            |t| t.date_naive(),
        )
}

/// Bounds how much of the pack files libgit2 maps at a time: windows of 16 MB, at most
/// 32 MB mapped (libgit2's defaults on 64-bit are 1 GB windows and 8 GB in all, so a
/// large repository's whole pack counted in the resident memory of every run). Measured
/// on the 200,000-commit bench repository (a 369 MB pack): `ip history` went from 457 MB
/// to 87 MB peak at the same speed.
///
/// Also turns libgit2's object cache off: nothing here reads an object twice that it
/// does not keep itself, and the cache held every commit read (`ip due` at 100,000
/// plans, cold: 27 MB for 59,000 commits).
#[allow(unsafe_code)]
pub fn bound_pack_mapping() {
    // SAFETY: these set libgit2 globals without synchronization; `cmd::run` calls this
    // first, before it or anything it calls starts a thread or opens a repository.
    unsafe {
        let _ = git2::opts::set_mwindow_size(16 << 20);
        let _ = git2::opts::set_mwindow_mapped_limit(32 << 20);
    }
    git2::opts::enable_caching(false);
}

impl Repo {
    /// The repository holding `path`, or `None` outside git (not an error). A repository
    /// that is there but cannot be opened is an error.
    pub fn discover(path: &Path) -> Result<Option<Repo>> {
        // Objects come from the user's own repository on disk, not from a network peer:
        // re-verifying every object's SHA-1 on read cost a third of `ip due`'s time.
        git2::opts::strict_hash_verification(false);
        let start = if path.is_dir() {
            path.to_owned()
        } else {
            path.parent().map(Path::to_owned).unwrap_or_default()
        };
        let start = if start.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            start
        };
        // A deleted plan's folder may be gone too: start from the nearest one that exists.
        let start = start
            .ancestors()
            .find(|a| a.as_os_str().is_empty() || a.is_dir())
            .map(|a| {
                if a.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    a
                }
            })
            .unwrap_or(Path::new("."))
            .to_owned();
        let repo = match Repository::discover(&start) {
            Ok(repo) => repo,
            Err(e) if e.code() == git2::ErrorCode::NotFound => {
                // No repository, unless a `.git` is there that git cannot open.
                let absolute = start.canonicalize().unwrap_or_else(|_| start.clone());
                if let Some(dot_git) = absolute
                    .ancestors()
                    .map(|a| a.join(".git"))
                    .find(|g| g.symlink_metadata().is_ok())
                {
                    return Err(Error::Git {
                        context: msg(
                            "git-cannot-open",
                            &[("path", dot_git.display().to_string().into())],
                        ),
                        message: e.message().to_owned(),
                        help: Some(msg("git-cannot-open-help", &[])),
                    });
                }
                return Ok(None);
            }
            Err(e) => {
                return Err(err(
                    msg(
                        "git-cannot-open-holding",
                        &[("path", path.display().to_string().into())],
                    ),
                    e,
                ))
            }
        };
        // A bare repository has no work tree, so no plan file is in it.
        let Some(workdir) = repo.workdir() else {
            return Ok(None);
        };
        let workdir = workdir.canonicalize().map_err(|e| Error::Git {
            context: msg(
                "git-cannot-open-work-tree",
                &[("path", workdir.display().to_string().into())],
            ),
            message: e.to_string(),
            help: None,
        })?;
        Ok(Some(Repo { repo, workdir }))
    }

    /// The repository holding a plan and the plan's path there; an error outside git.
    pub fn locate(plan: &Path) -> Result<(Repo, String)> {
        let repo = Repo::discover(plan)?.ok_or_else(|| Error::NotInGit {
            path: plan.to_owned(),
        })?;
        let rel = repo.relative(plan).ok_or_else(|| Error::OutsideWorkTree {
            path: plan.to_owned(),
        })?;
        Ok((repo, rel))
    }

    /// Whether two handles open the same work tree.
    pub fn same_as(&self, other: &Repo) -> bool {
        self.workdir == other.workdir
    }

    /// Where `ip` keeps what it can compute again (`.git/ip/`): caches only:
    /// removing it never changes an answer, only how long it takes.
    pub fn cache_dir(&self) -> PathBuf {
        self.repo.path().join("ip")
    }

    pub fn is_shallow(&self) -> bool {
        self.repo.is_shallow()
    }

    /// The path of a file relative to the work tree, with `/` separators.
    pub fn relative(&self, path: &Path) -> Option<String> {
        self.relative_in(path, &mut Folders::new())
    }

    /// [`Repo::relative`] for many files, each folder resolved once in `folders`.
    fn relative_in(&self, path: &Path, folders: &mut Folders) -> Option<String> {
        // A path that no longer exists (a deleted plan, maybe in a deleted folder): resolve
        // the nearest folder that does, and keep the rest as written.
        let mut existing = path;
        let mut rest = Vec::new();
        // One `lstat` tells most paths apart: there and not a symlink; a symlink is
        // followed (`exists`) to see whether its target is there.
        let mut link = false;
        while !existing.as_os_str().is_empty() {
            match existing.symlink_metadata() {
                Ok(meta) if !meta.file_type().is_symlink() => break,
                Ok(_) if existing.exists() => {
                    link = true;
                    break;
                }
                _ => {
                    rest.push(existing.file_name()?);
                    existing = existing.parent()?;
                }
            }
        }
        let base = if existing.as_os_str().is_empty() {
            Path::new(".")
        } else {
            existing
        };
        let mut absolute = canonical(base, link, folders)?;
        absolute.extend(rest.iter().rev());
        let rel = absolute.strip_prefix(&self.workdir).ok()?;
        Some(
            rel.components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/"),
        )
    }

    /// The commit HEAD points at; `None` in a repository with no commits yet. A HEAD that
    /// cannot be read is an error, never "no commits".
    fn head_commit(&self) -> Result<Option<git2::Commit<'_>>> {
        let head = match self.repo.head() {
            Ok(head) => head,
            Err(e)
                if e.code() == git2::ErrorCode::UnbornBranch
                    || e.code() == git2::ErrorCode::NotFound =>
            {
                return Ok(None)
            }
            Err(e) => return Err(self.err("git-read-head", e)),
        };
        head.peel_to_commit()
            .map(Some)
            .map_err(|e| self.err("git-read-head-commit", e))
    }

    /// A git error that names this repository; `context` is a message id (its texts
    /// may take the variables `path`, `rev` and `object`: `args`).
    fn err(&self, context: &str, e: git2::Error) -> Error {
        self.err_with(context, &[], e)
    }

    fn err_with(&self, context: &str, args: &[(&str, Arg<'_>)], e: git2::Error) -> Error {
        let context = msg(context, args);
        err(
            msg(
                "git-in-repository",
                &[
                    ("context", context.into()),
                    ("repository", self.workdir.display().to_string().into()),
                ],
            ),
            e,
        )
    }

    fn info(&self, commit: &git2::Commit) -> CommitInfo {
        self.info_from(commit.id(), Self::facts_of(commit))
    }

    fn facts_of(commit: &git2::Commit) -> CommitFacts {
        let author = commit.author();
        CommitFacts {
            time: author.when().seconds(),
            root: commit.parent_count() == 0,
            author: author.name().unwrap_or("?").to_owned(),
            summary: commit.summary().ok().flatten().unwrap_or("").to_owned(),
        }
    }

    fn info_from(&self, oid: Oid, facts: CommitFacts) -> CommitInfo {
        CommitInfo {
            id: oid.to_string()[..7].to_owned(),
            oid,
            date: local_date(git2::Time::new(facts.time, 0)),
            time: facts.time,
            root: facts.root,
            author: facts.author,
            message: facts.summary,
            cut_short: facts.root && self.is_shallow(),
        }
    }

    /// The last commit that touched each path (relative, `/`-separated), in one walk; in
    /// the order of `paths`. A commit that last touched many paths is read and kept once.
    pub fn last_commits(&self, paths: &[String]) -> Result<Vec<Option<Arc<CommitInfo>>>> {
        let Some(head) = self.head_commit()? else {
            return Ok(vec![None; paths.len()]); // an empty repository: nothing committed yet
        };
        let wanted: HashSet<&str> = paths.iter().map(String::as_str).collect();
        // Folders that lead to a wanted path, so unrelated subtrees are never opened.
        let dirs = leading_dirs(paths);
        let (cached_head, mut known, mut commits) =
            match LastCommitCache::load(&self.repo, &self.workdir) {
                Some(c) => (Some(c.head), c.paths, c.commits),
                None => Default::default(),
            };
        // What this run learnt, to be kept in the cache with what it knew of other paths
        // (so a run over one folder does not forget another's).
        let mut newest: HashMap<&str, Option<Oid>> = HashMap::with_capacity(wanted.len());
        let mut missing: HashSet<&str> = wanted.clone();
        if let Some(stop) = cached_head {
            // Only the commits since the cached one: if the walk reaches it, what did not
            // change since is as the cache says.
            let since = scan(&self.repo, head.id(), Some(stop), &dirs, wanted.clone())
                .map_err(|e| self.err("git-walk-history", e))?;
            for (path, oid) in &since.found {
                if let Some(path) = wanted.get(path.as_str()) {
                    newest.insert(path, Some(*oid));
                    missing.remove(path);
                }
            }
            if since.reached_stop {
                missing.retain(|path| match known.get(*path) {
                    Some(known) => {
                        newest.insert(path, *known);
                        false
                    }
                    None => true,
                });
            }
        }
        let kept = commits.len();
        if !missing.is_empty() {
            let full = match self.log_walk(head.id(), &missing, &mut commits) {
                Some(found) => found,
                None => {
                    scan(&self.repo, head.id(), None, &dirs, missing.clone())
                        .map_err(|e| self.err("git-walk-history", e))?
                        .found
                }
            };
            for path in missing {
                newest.insert(path, full.get(path).copied());
            }
        }
        // Each commit read once, and only when the cache does not know it (the git log
        // walk reads those it finds as it goes).
        let mut read = commits.len() > kept;
        let mut infos: HashMap<Oid, Arc<CommitInfo>> = HashMap::new();
        let mut found = Vec::with_capacity(paths.len());
        for path in paths {
            let Some(Some(oid)) = newest.get(path.as_str()) else {
                found.push(None);
                continue;
            };
            let info = match infos.entry(*oid) {
                std::collections::hash_map::Entry::Occupied(slot) => slot.get().clone(),
                std::collections::hash_map::Entry::Vacant(slot) => {
                    // Moved out of the cache's map (put back only if it is written).
                    let facts = match commits.remove(&HexOid(*oid)) {
                        Some(facts) => facts,
                        None => {
                            let commit = self
                                .repo
                                .find_commit(*oid)
                                .map_err(|e| self.err("git-read-commit", e))?;
                            read = true;
                            Self::facts_of(&commit)
                        }
                    };
                    slot.insert(Arc::new(self.info_from(*oid, facts))).clone()
                }
            };
            found.push(Some(info));
        }
        // Written only when it says something new: a warm run over unchanged history
        // writes nothing.
        let unchanged = !read
            && cached_head == Some(head.id())
            && newest
                .iter()
                .all(|(path, oid)| known.get(*path) == Some(oid));
        if !unchanged {
            known.extend(newest.into_iter().map(|(p, o)| (p.to_owned(), o)));
            // Only the commits some path still names.
            let named: HashSet<Oid> = known.values().flatten().copied().collect();
            commits.retain(|oid, _| named.contains(&oid.0) && !infos.contains_key(&oid.0));
            drop(named);
            LastCommitCache {
                head: head.id(),
                paths: known,
                commits,
            }
            .save(&self.repo, &self.workdir, &infos);
        }
        Ok(found)
    }

    /// [`Repo::uncommitted`] for the given paths only, one status each.
    pub fn uncommitted_of(&self, paths: &[String]) -> Result<HashSet<String>> {
        let mut dirty = HashSet::new();
        for path in paths {
            match self.repo.status_file(Path::new(path)) {
                Ok(status) => {
                    if status != git2::Status::CURRENT && !status.is_ignored() {
                        dirty.insert(path.clone());
                    }
                }
                // Neither in the index nor in the work tree: not committed as it is.
                Err(e) if e.code() == git2::ErrorCode::NotFound => {
                    dirty.insert(path.clone());
                }
                Err(e) => {
                    return Err(self.err_with(
                        "git-read-status-of",
                        &[("path", path.as_str().into())],
                        e,
                    ))
                }
            }
        }
        Ok(dirty)
    }

    /// Relative paths with changes not committed (modified, staged, untracked, deleted).
    ///
    /// Like `git status`, it writes back the index's cached file times when they are out
    /// of date (a copied or touched work tree), so the next run need not read and hash
    /// every file again: 0.45 s of each run at 10,000 plans. Nothing else in the index
    /// changes. Not when `GIT_OPTIONAL_LOCKS=0` (git's own way to ask for that), and
    /// when the index cannot be written (locked by a running git, read-only) the status
    /// is taken without.
    pub fn uncommitted(&self) -> Result<HashSet<String>> {
        let mut options = git2::StatusOptions::new();
        options
            .include_untracked(true)
            .recurse_untracked_dirs(true)
            .include_ignored(false);
        let refresh = std::env::var_os("GIT_OPTIONAL_LOCKS").is_none_or(|v| v != "0");
        options.update_index(refresh);
        let statuses = match self.repo.statuses(Some(&mut options)) {
            Ok(statuses) => Ok(statuses),
            Err(_) if refresh => {
                options.update_index(false);
                self.repo.statuses(Some(&mut options))
            }
            Err(e) => Err(e),
        }
        .map_err(|e| err(msg("git-read-status", &[]), e))?;
        Ok(statuses
            .iter()
            .filter(|s| s.status() != git2::Status::CURRENT && !s.status().is_ignored())
            .filter_map(|s| s.path().ok().map(str::to_owned))
            .collect())
    }

    /// The commit a revision names (anything `git rev-parse` understands).
    fn commit_at(&self, rev: &str) -> Result<git2::Commit<'_>> {
        let object = self.repo.revparse_single(rev).map_err(|e| match e.code() {
            git2::ErrorCode::NotFound | git2::ErrorCode::InvalidSpec => Error::Git {
                context: msg(
                    "git-no-revision",
                    &[
                        ("rev", rev.into()),
                        ("repository", self.workdir.display().to_string().into()),
                    ],
                ),
                message: e.message().to_owned(),
                help: Some(msg("git-no-revision-help", &[])),
            },
            _ => self.err_with("git-read-revision", &[("rev", rev.into())], e),
        })?;
        object
            .peel_to_commit()
            .map_err(|e| err(msg("git-not-a-commit", &[("rev", rev.into())]), e))
    }

    /// The contents of `path` at revision `rev`.
    pub fn read_at(&self, rev: &str, path: &str) -> Result<Option<Vec<u8>>> {
        let tree = self
            .commit_at(rev)?
            .tree()
            .map_err(|e| self.err("git-read-tree", e))?;
        match blob_id(&tree, path).map_err(|e| self.err("git-read-tree", e))? {
            Some(oid) => Ok(Some(self.blob(oid, path)?)),
            None => Ok(None),
        }
    }

    /// The commit a revision names, as facts.
    pub fn commit_info(&self, rev: &str) -> Result<CommitInfo> {
        Ok(self.info(&self.commit_at(rev)?))
    }

    /// Every commit that changed the plan at `path`, newest first, following renames:
    /// (commit, path in that commit, contents after, contents before).
    pub fn history(&self, path: &str) -> Result<Vec<HistoryEntry>> {
        match self.head_commit()? {
            Some(head) => self.history_from(head, path, None),
            None => Ok(Vec::new()),
        }
    }

    /// The last commit that changed the plan at `path` at or before revision `rev`.
    pub fn last_change_at(&self, rev: &str, path: &str) -> Result<Option<CommitInfo>> {
        let start = self.commit_at(rev)?;
        Ok(self
            .history_from(start, path, Some(1))?
            .into_iter()
            .next()
            .map(|h| h.commit))
    }

    /// The changes of `path` in the history of `head`, newest first; at most `limit`.
    ///
    /// Commits come newest first by commit time, as `git log` lists them (a queue of the
    /// commits whose children were seen, each commit read once). The file's object in a
    /// tree is found by reading raw trees along the path, and what each tree gave is kept
    /// by its object id ([`PathIds`]), so a commit's tree, read as its child's parent, is
    /// not read again, and a folder that did not change is not opened. libgit2's object
    /// cache stays off: it only held memory.
    fn history_from(
        &self,
        head: git2::Commit<'_>,
        path: &str,
        limit: Option<usize>,
    ) -> Result<Vec<HistoryEntry>> {
        git2::opts::enable_caching(false);
        let odb = self
            .repo
            .odb()
            .map_err(|e| err(msg("git-walk-history", &[]), e))?;
        let mut ids = PathIds::new(&odb, self.id_len(), path);
        let mut entries = Vec::new();
        let mut seen: HashSet<Oid> = HashSet::from([head.id()]);
        let mut queue = std::collections::BinaryHeap::new();
        let mut order = 0u64;
        queue.push(Queued::new(head, &mut order));
        while let Some(Queued { commit, .. }) = queue.pop() {
            if limit.is_some_and(|n| entries.len() >= n) {
                break;
            }
            let mut parents = Vec::with_capacity(commit.parent_count());
            for pid in commit.parent_ids() {
                let parent = self
                    .repo
                    .find_commit(pid)
                    .map_err(|e| self.err("git-read-commit", e))?;
                parents.push(parent.tree_id());
                if seen.insert(pid) {
                    queue.push(Queued::new(parent, &mut order));
                }
            }
            let tree = commit.tree_id();
            if parents.len() == 1 && parents[0] == tree {
                continue; // nothing changed at all
            }
            let now = ids.blob(tree).map_err(|e| self.err("git-read-tree", e))?;
            let before: Vec<Option<Oid>> = parents
                .iter()
                .map(|t| ids.blob(*t))
                .collect::<Result<_, _>>()
                .map_err(|e| self.err("git-read-tree", e))?;
            let Some(now) = now else {
                // Gone here but in every parent: this commit deleted the plan.
                if let [Some(first), ..] = before[..] {
                    if before.iter().all(Option::is_some) {
                        entries.push(HistoryEntry {
                            commit: self.info(&commit),
                            path: ids.path().to_owned(),
                            renamed_from: None,
                            after: None,
                            before: Some(self.blob(first, ids.path())?),
                        });
                    }
                }
                continue;
            };
            if before.contains(&Some(now)) {
                continue; // unchanged against a parent (git log semantics for merges)
            }
            let current = ids.path().to_owned();
            let mut previous_path = None;
            let mut before_blob = before.first().copied().flatten();
            if !parents.is_empty() && before.iter().all(Option::is_none) {
                let read = |id| self.repo.find_tree(id);
                let parent_tree = read(parents[0]).map_err(|e| self.err("git-read-tree", e))?;
                let this_tree = read(tree).map_err(|e| self.err("git-read-tree", e))?;
                previous_path = self.renamed_from(&parent_tree, &this_tree, &current)?;
                if let Some(old) = &previous_path {
                    before_blob =
                        blob_id(&parent_tree, old).map_err(|e| self.err("git-read-tree", e))?;
                }
            }
            entries.push(HistoryEntry {
                commit: self.info(&commit),
                path: current.clone(),
                renamed_from: previous_path.clone(),
                after: Some(self.blob(now, &current)?),
                before: before_blob
                    .map(|b| self.blob(b, previous_path.as_deref().unwrap_or(&current)))
                    .transpose()?,
            });
            if let Some(old) = previous_path {
                ids = PathIds::new(&odb, self.id_len(), &old);
            }
        }
        Ok(entries)
    }

    /// The length of an object id: 20 bytes in SHA-1 repositories, 32 in SHA-256 ones.
    fn id_len(&self) -> usize {
        match self.repo.object_format() {
            git2::ObjectFormat::Sha1 => 20,
            git2::ObjectFormat::Sha256 => 32,
        }
    }

    /// A file's contents as the work tree has them; a missing object is an error, never an
    /// absent file. A file git-crypt encrypted is decrypted by git's own smudge filter
    /// (`git cat-file --filters`), which libgit2 cannot run; in a locked repository that
    /// is an error saying so, never ciphertext passed off as a plan.
    fn blob(&self, oid: Oid, path: &str) -> Result<Vec<u8>> {
        let bytes = self
            .repo
            .find_blob(oid)
            .map(|b| b.content().to_vec())
            .map_err(|e| {
                self.err_with("git-read-object", &[("object", oid.to_string().into())], e)
            })?;
        if !bytes.starts_with(GIT_CRYPT_HEADER) {
            return Ok(bytes);
        }
        let plain = self.run_git(
            &[
                "cat-file",
                "--filters",
                &format!("--path={path}"),
                &oid.to_string(),
            ],
            &msg("git-decrypt", &[("path", path.into())]),
        )?;
        if plain.starts_with(GIT_CRYPT_HEADER) {
            return Err(locked(&self.workdir, path));
        }
        Ok(plain)
    }

    /// The old path of a file that appeared at `path` in this commit, if it was a rename.
    fn renamed_from(&self, parent: &Tree, tree: &Tree, path: &str) -> Result<Option<String>> {
        let mut diff = self
            .repo
            .diff_tree_to_tree(Some(parent), Some(tree), None)
            .map_err(|e| err(msg("git-compare-trees", &[]), e))?;
        let mut find = git2::DiffFindOptions::new();
        find.renames(true);
        diff.find_similar(Some(&mut find))
            .map_err(|e| err(msg("git-find-renames", &[]), e))?;
        for delta in diff.deltas() {
            if delta.status() == git2::Delta::Renamed
                && delta.new_file().path().and_then(Path::to_str) == Some(path)
            {
                return Ok(delta
                    .old_file()
                    .path()
                    .and_then(Path::to_str)
                    .map(str::to_owned));
            }
        }
        Ok(None)
    }

    /// A `git` command run in the work tree, on this repository: the variables that would
    /// point git at another repository, index or object store are removed (the repository
    /// is the one found from the plan, never one named by the environment); the rest of
    /// the environment (identity, signing, hooks' variables) is git's as usual.
    fn git(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new("git");
        cmd.current_dir(&self.workdir)
            .stdin(std::process::Stdio::null());
        for var in [
            "GIT_DIR",
            "GIT_WORK_TREE",
            "GIT_INDEX_FILE",
            "GIT_OBJECT_DIRECTORY",
            "GIT_ALTERNATE_OBJECT_DIRECTORIES",
            "GIT_COMMON_DIR",
            "GIT_NAMESPACE",
            "GIT_CEILING_DIRECTORIES",
            "GIT_DISCOVERY_ACROSS_FILESYSTEM",
            "GIT_REPLACE_REF_BASE",
            "GIT_NO_REPLACE_OBJECTS",
            "GIT_SHALLOW_FILE",
            "GIT_GRAFT_FILE",
        ] {
            cmd.env_remove(var);
        }
        cmd
    }

    /// The last commit of each wanted path on `head`'s first-parent line, read by git's own
    /// walker: `git log --first-parent --name-only`, each commit against its first parent,
    /// as [`scan`] compares them, stopped once every path is found. git keeps every delta
    /// base it reconstructs (libgit2 keeps only the bottom of each chain, so on a
    /// repository packed by `git gc` its walk was 1.9x git's), and it reads commit-graph
    /// files. `None` when git cannot be run or says anything unexpected: the caller walks
    /// with libgit2 instead, so git on PATH is a speed-up, never a requirement.
    ///
    /// Each commit found is read as soon as it is found (into `commits`, unless there
    /// already), while git goes on walking: this thread only waits for git otherwise.
    fn log_walk(
        &self,
        head: Oid,
        wanted: &HashSet<&str>,
        commits: &mut HashMap<HexOid, CommitFacts>,
    ) -> Option<HashMap<String, Oid>> {
        use std::io::BufRead;
        let id_len = self.id_len() * 2;
        let mut child = self
            .git()
            .args([
                "--no-replace-objects",
                "-c",
                "core.quotePath=false",
                // Pack mapping bounded as `bound_pack_mapping` bounds libgit2's. git's delta
                // base cache keeps its default (96 MB): a third of it made the walk of
                // 100,000 plans in 100,000 commits 2.4x slower (28.7 s, not 11.8 s).
                "-c",
                "core.packedGitWindowSize=16m",
                "-c",
                "core.packedGitLimit=32m",
                "log",
                "-z",
                "--first-parent",
                "--diff-merges=first-parent",
                "--no-renames",
                "--root",
                "--name-only",
                "--no-relative",
                "--no-ext-diff",
                "--no-color",
                "--no-show-signature",
                "--format=format:%H",
                &head.to_string(),
                "--",
            ])
            // git flushes its output after every commit when it goes to a pipe: one
            // write and one wake-up of this reader per commit, 0.8 s of 3.9 s at 10,000
            // plans and 50,000 commits (3.2 s to a file). Buffered instead.
            .env("GIT_FLUSH", "0")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .ok()?;
        let mut found = HashMap::new();
        let mut left = wanted.len();
        let mut ok = true;
        if let Some(stdout) = child.stdout.take() {
            let mut reader = std::io::BufReader::with_capacity(1 << 16, stdout);
            let mut record = Vec::new();
            // After a commit's paths comes an empty record; a commit without paths is its
            // id alone. So a record read while expecting a header is an id, with the
            // commit's first path after a newline when it has paths.
            let mut header = true;
            let mut commit = None;
            while left > 0 {
                record.clear();
                match reader.read_until(0, &mut record) {
                    Ok(0) => break,
                    Ok(_) => {}
                    Err(_) => {
                        ok = false;
                        break;
                    }
                }
                if record.last() == Some(&0) {
                    record.pop();
                }
                let path: &[u8] = if header {
                    let (id, first) = match memchr::memchr(b'\n', &record) {
                        Some(nl) => (&record[..nl], Some(&record[nl + 1..])),
                        None => (&record[..], None),
                    };
                    let parsed = (id.len() == id_len)
                        .then(|| std::str::from_utf8(id).ok())
                        .flatten()
                        .and_then(|hex| Oid::from_str(hex).ok());
                    let Some(id) = parsed else {
                        ok = false;
                        break;
                    };
                    commit = Some(id);
                    match first {
                        Some(first) => {
                            header = false;
                            first
                        }
                        None => continue,
                    }
                } else if record.is_empty() {
                    header = true;
                    continue;
                } else {
                    &record
                };
                if let (Ok(path), Some(id)) = (std::str::from_utf8(path), commit) {
                    if wanted.contains(path) && !found.contains_key(path) {
                        found.insert(path.to_owned(), id);
                        left -= 1;
                        if let std::collections::hash_map::Entry::Vacant(slot) =
                            commits.entry(HexOid(id))
                        {
                            // One that cannot be read is read again, and its error
                            // reported, by the caller.
                            if let Ok(commit) = self.repo.find_commit(id) {
                                slot.insert(Self::facts_of(&commit));
                            }
                        }
                    }
                }
            }
        }
        if left == 0 {
            let _ = child.kill(); // all found: the rest of history is not needed
        }
        let status = child.wait().ok()?;
        (ok && (left == 0 || status.success())).then_some(found)
    }

    /// Runs `git ARGS` and returns its standard output; a failure names the repository
    /// and carries git's own words.
    fn run_git(&self, args: &[&str], context: &str) -> Result<Vec<u8>> {
        let out = self.git().args(args).output().map_err(|e| Error::Git {
            context: context.to_owned(),
            message: msg("git-cannot-run", &[("err", e.to_string().into())]),
            help: Some(msg("git-cannot-run-help", &[])),
        })?;
        if !out.status.success() {
            return Err(Error::Git {
                context: msg(
                    "git-in-repository",
                    &[
                        ("context", context.into()),
                        ("repository", self.workdir.display().to_string().into()),
                    ],
                ),
                message: String::from_utf8_lossy(&out.stderr).trim().to_owned(),
                help: None,
            });
        }
        Ok(out.stdout)
    }

    /// HEAD's version of `rel` as git checks it out (smudge filters such as git-crypt's
    /// and end-of-line conversion applied), or `None` when HEAD has no such file.
    pub fn committed_version(&self, rel: &str) -> Result<Option<Vec<u8>>> {
        let Some(head) = self.head_commit()? else {
            return Ok(None);
        };
        let tree = head.tree().map_err(|e| self.err("git-read-head-tree", e))?;
        if blob_id(&tree, rel)
            .map_err(|e| self.err("git-read-head-tree", e))?
            .is_none()
        {
            return Ok(None);
        }
        let bytes = self.run_git(
            &["cat-file", "--filters", &format!("HEAD:{rel}")],
            &msg("git-read-at-head", &[("path", rel.into())]),
        )?;
        if bytes.starts_with(GIT_CRYPT_HEADER) {
            return Err(locked(&self.workdir, rel));
        }
        Ok(Some(bytes))
    }

    /// Why `git commit` of `rel` cannot happen now, checked before anything is written:
    /// another git process holds the index, or `.gitignore` excludes the (untracked) file.
    pub fn can_commit(&self, rel: &str) -> Result<()> {
        let lock = self.repo.path().join("index.lock");
        if lock.exists() {
            return Err(Error::Git {
                context: msg(
                    "git-cannot-commit-in",
                    &[("repository", self.workdir.display().to_string().into())],
                ),
                message: msg(
                    "git-locked-index",
                    &[("lock", lock.display().to_string().into())],
                ),
                help: Some(msg("git-locked-index-help", &[])),
            });
        }
        let ignored = self
            .git()
            .args(["check-ignore", "-q", "--", rel])
            .status()
            .is_ok_and(|s| s.success());
        if ignored {
            return Err(Error::Git {
                context: msg("git-cannot-commit", &[("path", rel.into())]),
                message: msg("git-ignored", &[]),
                help: Some(msg("git-ignored-help", &[])),
            });
        }
        Ok(())
    }

    /// Commits the work tree's `rel` and only it, exactly as `git add -- FILE` and
    /// `git commit -- FILE` do (filters, eol, hooks, signing, identity from the environment
    /// and config), and returns the new commit as read back from the repository.
    pub fn commit_file(&self, rel: &str, message: &str) -> Result<CommitInfo> {
        self.can_commit(rel)?;
        self.run_git(
            &["add", "--", rel],
            &msg("git-cannot-stage", &[("path", rel.into())]),
        )?;
        self.run_git(
            &["commit", "--quiet", "-m", message, "--", rel],
            &msg("git-cannot-commit", &[("path", rel.into())]),
        )?;
        let head = self.head_commit()?.ok_or_else(|| Error::Git {
            context: msg(
                "git-in-repository",
                &[
                    ("context", msg("git-read-new-commit", &[]).into()),
                    ("repository", self.workdir.display().to_string().into()),
                ],
            ),
            message: msg("git-no-new-commit", &[]),
            help: None,
        })?;
        Ok(self.info(&head))
    }
}

/// The last commit of each plan path, as of one commit, kept in `.git/ip/last-commits.json`
/// so that `ip due` after a new commit walks only the commits since. Never trusted
/// blindly: a file that does not parse, was written for another work tree or object
/// format, or names a commit that is no longer on HEAD's first-parent line is ignored and
/// the facts are read from history again. Written whole to a temporary file and renamed,
/// so concurrent runs never read half a file (the last writer wins; each is complete).
struct LastCommitCache {
    head: Oid,
    /// Path → the commit that last changed it (`None`: never committed as of `head`).
    paths: HashMap<String, Option<Oid>>,
    /// What is kept of each commit `paths` names.
    commits: HashMap<HexOid, CommitFacts>,
}

#[derive(serde::Deserialize)]
struct CacheFile {
    format: u32,
    workdir: String,
    object_format: String,
    /// The shallow clone's boundary commits (`.git/shallow`), "" when history is whole:
    /// a fact read at a boundary is only "on or before", so after `git fetch --unshallow`
    /// (or a deeper fetch) the cache is read from history again.
    shallow: String,
    head: String,
    /// Path → the hex id of the commit that last changed it, null when never committed.
    #[serde(with = "hex_ids")]
    paths: HashMap<String, Option<Oid>>,
    /// Commit id → what is kept of it.
    commits: HashMap<HexOid, CommitFacts>,
}

/// [`CacheFile`] as written, the commits this run read borrowed from their
/// [`CommitInfo`]s, not copied.
#[derive(Serialize)]
struct CacheOut<'a> {
    format: u32,
    workdir: String,
    object_format: &'static str,
    shallow: String,
    head: String,
    #[serde(with = "hex_ids")]
    paths: &'a HashMap<String, Option<Oid>>,
    commits: CommitsOut<'a>,
}

/// [`CommitFacts`], borrowed.
#[derive(Serialize)]
struct CommitFactsRef<'a> {
    time: i64,
    root: bool,
    author: &'a str,
    summary: &'a str,
}

struct CommitsOut<'a> {
    kept: &'a HashMap<HexOid, CommitFacts>,
    read: &'a HashMap<Oid, Arc<CommitInfo>>,
}

impl Serialize for CommitsOut<'_> {
    fn serialize<S: serde::Serializer>(&self, out: S) -> std::result::Result<S::Ok, S::Error> {
        let kept = self.kept.iter().map(|(oid, f)| {
            let facts = CommitFactsRef {
                time: f.time,
                root: f.root,
                author: &f.author,
                summary: &f.summary,
            };
            (*oid, facts)
        });
        let read = self.read.iter().map(|(oid, info)| {
            let facts = CommitFactsRef {
                time: info.time,
                root: info.root,
                author: &info.author,
                summary: &info.message,
            };
            (HexOid(*oid), facts)
        });
        out.collect_map(kept.chain(read))
    }
}

/// The cache's map of path → commit, read and written as hex ids without a second map
/// of strings (100,000 plans: 7 MB of JSON).
mod hex_ids {
    use std::collections::HashMap;

    use git2::Oid;
    use serde::de::{Deserializer, MapAccess, Visitor};
    use serde::Serializer;

    #[allow(clippy::ref_option_ref)]
    pub fn serialize<S: Serializer>(
        paths: &&HashMap<String, Option<Oid>>,
        out: S,
    ) -> Result<S::Ok, S::Error> {
        out.collect_map(paths.iter().map(|(p, o)| (p, o.map(|o| o.to_string()))))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        input: D,
    ) -> Result<HashMap<String, Option<Oid>>, D::Error> {
        struct Paths;
        impl<'de> Visitor<'de> for Paths {
            type Value = HashMap<String, Option<Oid>>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map of path to commit id")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut paths = HashMap::with_capacity(map.size_hint().unwrap_or(0));
                while let Some((path, oid)) = map.next_entry::<String, Option<super::HexOid>>()? {
                    paths.insert(path, oid.map(|o| o.0));
                }
                Ok(paths)
            }
        }
        input.deserialize_map(Paths)
    }
}

impl LastCommitCache {
    const FORMAT: u32 = 3;

    fn shallow(repo: &Repository) -> String {
        std::fs::read_to_string(repo.path().join("shallow")).unwrap_or_default()
    }

    fn file(repo: &Repository) -> PathBuf {
        repo.path().join("ip").join("last-commits.json")
    }

    fn object_format(repo: &Repository) -> &'static str {
        match repo.object_format() {
            git2::ObjectFormat::Sha1 => "sha1",
            git2::ObjectFormat::Sha256 => "sha256",
        }
    }

    fn load(repo: &Repository, workdir: &Path) -> Option<LastCommitCache> {
        // Read whole, then parsed: serde_json parses a slice twice as fast as a reader
        // (one plan in a 10,000-plan repository: 24 ms a run, not 20).
        let bytes = std::fs::read(Self::file(repo)).ok()?;
        let file: CacheFile = serde_json::from_slice(&bytes).ok()?;
        if file.format != Self::FORMAT
            || file.workdir != workdir.to_string_lossy()
            || file.object_format != Self::object_format(repo)
            || file.shallow != Self::shallow(repo)
        {
            return None;
        }
        let head = Oid::from_str(&file.head).ok()?;
        Some(LastCommitCache {
            head,
            paths: file.paths,
            commits: file.commits,
        })
    }

    /// Best effort: a cache that cannot be written only costs time next run.
    /// Writes the cache: its commits are those it keeps and those this run `read`.
    fn save(&self, repo: &Repository, workdir: &Path, read: &HashMap<Oid, Arc<CommitInfo>>) {
        let file = CacheOut {
            format: Self::FORMAT,
            workdir: workdir.to_string_lossy().into_owned(),
            object_format: Self::object_format(repo),
            shallow: Self::shallow(repo),
            head: self.head.to_string(),
            paths: &self.paths,
            commits: CommitsOut {
                kept: &self.commits,
                read,
            },
        };
        let path = Self::file(repo);
        let Some(dir) = path.parent() else { return };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        if let Ok(tmp) = tempfile::Builder::new().prefix(".ip-tmp-").tempfile_in(dir) {
            // Straight into the file, never whole in memory.
            let mut out = std::io::BufWriter::new(tmp);
            if serde_json::to_writer(&mut out, &file).is_ok() {
                if let Ok(tmp) = out.into_inner() {
                    let _ = tmp.persist(&path);
                }
            }
        }
    }
}

/// The folders that lead to each path ("a/b/c.yaml": "a" and "a/b").
fn leading_dirs(paths: &[String]) -> HashSet<String> {
    let mut dirs = HashSet::new();
    for p in paths {
        let mut end = 0;
        while let Some(slash) = p[end..].find('/') {
            end += slash;
            dirs.insert(p[..end].to_owned());
            end += 1;
        }
    }
    dirs
}

/// Up to this many files of a repository get a status each instead of one of the whole
/// work tree.
const FEW_FILES: usize = 32;

/// The git facts of one file.
#[derive(Debug, Clone)]
pub struct FileFacts {
    /// The last commit that touched the file (one value shared by all the files it
    /// touched).
    pub last: Option<Arc<CommitInfo>>,
    /// Changes git does not have: modified, staged, untracked, never committed, or
    /// outside git.
    pub dirty: bool,
    /// The file is inside a repository's work tree.
    pub in_repo: bool,
}

impl Default for FileFacts {
    /// Outside git.
    fn default() -> Self {
        FileFacts {
            last: None,
            dirty: true,
            in_repo: false,
        }
    }
}

/// Git facts for many files, in their order: one history walk and one status per
/// repository.
#[derive(Default)]
pub struct GitFacts {
    files: Vec<FileFacts>,
    /// Whether any repository is a shallow clone.
    pub shallow: bool,
}

impl GitFacts {
    /// The facts of the `i`th file asked for (outside git for standard input).
    pub fn of(&self, i: usize) -> &FileFacts {
        static OUTSIDE: FileFacts = FileFacts {
            last: None,
            dirty: true,
            in_repo: false,
        };
        self.files.get(i).unwrap_or(&OUTSIDE)
    }
}

/// Reads the facts of every file (`None`: standard input, outside git): files are grouped
/// by repository (discovery cached per folder), and each repository is walked once.
pub fn facts(files: &[Option<&Path>]) -> Result<GitFacts> {
    let mut facts = GitFacts {
        files: vec![FileFacts::default(); files.len()],
        shallow: false,
    };
    let mut repo_of_dir: HashMap<&Path, Option<usize>> = HashMap::new();
    let mut folders = Folders::new();
    // Each repository with its files: their index in `files` and their relative path.
    let mut repos: Vec<(Repo, Vec<usize>, Vec<String>)> = Vec::new();
    for (index, file) in files.iter().enumerate() {
        let Some(file) = file else { continue };
        let dir = file.parent().unwrap_or(Path::new(""));
        let slot = match repo_of_dir.get(dir) {
            Some(slot) => *slot,
            None => {
                let found = Repo::discover(file)?;
                let slot = found.map(|repo| {
                    if let Some(i) = repos.iter().position(|(r, ..)| r.same_as(&repo)) {
                        i
                    } else {
                        repos.push((repo, Vec::new(), Vec::new()));
                        repos.len() - 1
                    }
                });
                repo_of_dir.insert(dir, slot);
                slot
            }
        };
        let rel = slot.and_then(|i| Some((i, repos[i].0.relative_in(file, &mut folders)?)));
        if let Some((i, rel)) = rel {
            repos[i].1.push(index);
            repos[i].2.push(rel);
        }
    }
    drop(repo_of_dir);
    for (repo, indexes, rels) in &repos {
        facts.shallow |= repo.is_shallow();
        let last = repo.last_commits(rels)?;
        // A few named files: ask for each (one plan in a large repository need not cost
        // the status of the whole work tree); many: one status of the work tree.
        let dirty = if rels.len() <= FEW_FILES {
            repo.uncommitted_of(rels)?
        } else {
            repo.uncommitted()?
        };
        for ((index, rel), last) in indexes.iter().zip(rels).zip(last) {
            facts.files[*index] = FileFacts {
                dirty: last.is_none() || dirty.contains(rel.as_str()),
                last,
                in_repo: true,
            };
        }
    }
    Ok(facts)
}

/// Walks first parents from `head` (newest first) for the last change of each wanted
/// path; returns path → commit. Stops once every path is found.
///
/// Trees are read as raw objects and compared record by record (`<mode> <name>\0<id>`),
/// sorted in git's order, so two versions of a folder are merged in one pass; a path is
/// built only where ids differ. Each parent tree read here is the next step's commit
/// tree, so it is handed on, not read twice; libgit2's object cache is off (it only cost
/// memory). Object ids are 20 bytes in SHA-1 repositories, 32 in SHA-256 ones.
fn scan(
    repo: &Repository,
    head: Oid,
    stop: Option<Oid>,
    dirs: &HashSet<String>,
    mut wanted: HashSet<&str>,
) -> Result<Scanned, git2::Error> {
    let id_len = match repo.object_format() {
        git2::ObjectFormat::Sha1 => 20,
        git2::ObjectFormat::Sha256 => 32,
    };
    git2::opts::enable_caching(false);
    let odb = repo.odb()?;
    let mut found = HashMap::new();
    let mut carried: HashMap<Oid, Rc<git2::OdbObject>> = HashMap::new();
    let mut commit = repo.find_commit(head)?;
    let mut reached_stop = false;
    loop {
        if wanted.is_empty() {
            break;
        }
        if Some(commit.id()) == stop {
            reached_stop = true;
            break;
        }
        let mut trees = RawTrees {
            odb: &odb,
            id_len,
            now: std::mem::take(&mut carried),
            next: HashMap::new(),
        };
        let tree = trees.now(commit.tree_id())?;
        // In a shallow clone the boundary commit has no parent: all looks added there. A
        // parent that is there but cannot be read is an error, never a root commit.
        let parent = if commit.parent_count() > 0 {
            Some(commit.parent(0)?)
        } else {
            None
        };
        let parent_tree = match &parent {
            Some(p) => Some(trees.parent(p.tree_id())?),
            None => None,
        };
        let mut changed = Vec::new();
        changed_raw(
            tree.data(),
            parent_tree.as_ref().map(|t| t.data()),
            "",
            dirs,
            &wanted,
            &mut changed,
            &mut trees,
        )?;
        for path in changed {
            wanted.remove(path.as_str());
            found.insert(path, commit.id());
        }
        carried = trees.next;
        match parent {
            Some(p) => commit = p,
            None => break,
        }
    }
    Ok(Scanned {
        found,
        reached_stop,
    })
}

/// What a walk found: path → the commit that last changed it, and whether the walk came
/// to the `stop` commit (so facts from before it still hold).
struct Scanned {
    found: HashMap<String, Oid>,
    reached_stop: bool,
}

/// One record of a raw tree object.
struct RawEntry<'a> {
    /// The whole record, `<mode> <name>\0<id>`: equal records are equal entries.
    record: &'a [u8],
    is_tree: bool,
    name: &'a [u8],
    id: &'a [u8],
}

/// The records of a raw tree object; stops at anything malformed.
fn raw_entries(mut data: &[u8], id_len: usize) -> impl Iterator<Item = RawEntry<'_>> {
    std::iter::from_fn(move || {
        let nul = memchr::memchr(0, data)?;
        let space = memchr::memchr(b' ', &data[..nul])?;
        let record = data.get(..nul + 1 + id_len)?;
        data = &data[nul + 1 + id_len..];
        Some(RawEntry {
            record,
            is_tree: &record[..space] == b"40000",
            name: &record[space + 1..nul],
            id: &record[nul + 1..],
        })
    })
}

/// git's order of tree records: by name, a folder compared as if its name ended in '/'.
fn raw_order(a: &RawEntry, b: &RawEntry) -> std::cmp::Ordering {
    let ka = a.name.iter().copied().chain(a.is_tree.then_some(b'/'));
    let kb = b.name.iter().copied().chain(b.is_tree.then_some(b'/'));
    ka.cmp(kb).then(a.is_tree.cmp(&b.is_tree))
}

#[allow(clippy::too_many_arguments)]
fn changed_raw(
    tree: &[u8],
    parent: Option<&[u8]>,
    prefix: &str,
    dirs: &HashSet<String>,
    wanted: &HashSet<&str>,
    out: &mut Vec<String>,
    trees: &mut RawTrees,
) -> Result<(), git2::Error> {
    let mut before_it = raw_entries(parent.unwrap_or_default(), trees.id_len).peekable();
    for entry in raw_entries(tree, trees.id_len) {
        if before_it.peek().is_some_and(|p| p.record == entry.record) {
            before_it.next();
            continue; // the same record: same name, same object
        }
        let mut before = None;
        while let Some(p) = before_it.peek() {
            let order = if p.name == entry.name && p.is_tree == entry.is_tree {
                std::cmp::Ordering::Equal
            } else {
                raw_order(p, &entry)
            };
            match order {
                std::cmp::Ordering::Less => {
                    before_it.next();
                }
                std::cmp::Ordering::Equal => {
                    before = before_it.next();
                    break;
                }
                std::cmp::Ordering::Greater => break,
            }
        }
        if before
            .as_ref()
            .is_some_and(|b| b.id == entry.id && b.is_tree && entry.is_tree)
        {
            continue; // the same folder object: nothing below changed
        }
        // A file with the same object but another mode (made executable, turned into a
        // link) changed, as `git log -- FILE` counts it.
        let Ok(name) = std::str::from_utf8(entry.name) else {
            continue;
        };
        let path = if prefix.is_empty() {
            name.to_owned()
        } else {
            format!("{prefix}/{name}")
        };
        if entry.is_tree {
            if dirs.contains(&path) {
                let sub = trees.now(Oid::from_bytes(entry.id)?)?;
                let parent_sub = match before.filter(|b| b.is_tree) {
                    Some(b) => Some(trees.parent(Oid::from_bytes(b.id)?)?),
                    None => None,
                };
                changed_raw(
                    sub.data(),
                    parent_sub.as_ref().map(|t| t.data()),
                    &path,
                    dirs,
                    wanted,
                    out,
                    trees,
                )?;
            }
        } else if wanted.contains(path.as_str()) {
            out.push(path);
        }
    }
    Ok(())
}

/// Raw trees read for one step of the walk: this commit's (handed on from the previous
/// step where possible) and its parent's (handed to the next step).
struct RawTrees<'o> {
    odb: &'o git2::Odb<'o>,
    /// Bytes of an object id: 20 (SHA-1) or 32 (SHA-256).
    id_len: usize,
    now: HashMap<Oid, Rc<git2::OdbObject<'o>>>,
    next: HashMap<Oid, Rc<git2::OdbObject<'o>>>,
}

impl<'o> RawTrees<'o> {
    fn read(&self, id: Oid) -> Result<Rc<git2::OdbObject<'o>>, git2::Error> {
        Ok(Rc::new(self.odb.read(id)?))
    }

    fn now(&mut self, id: Oid) -> Result<Rc<git2::OdbObject<'o>>, git2::Error> {
        match self.now.get(&id) {
            Some(t) => Ok(t.clone()),
            None => self.read(id),
        }
    }

    fn parent(&mut self, id: Oid) -> Result<Rc<git2::OdbObject<'o>>, git2::Error> {
        let tree = match self.now.get(&id) {
            Some(t) => t.clone(),
            None => self.read(id)?,
        };
        self.next.insert(id, tree.clone());
        Ok(tree)
    }
}

pub struct HistoryEntry {
    pub commit: CommitInfo,
    pub path: String,
    pub renamed_from: Option<String>,
    pub after: Option<Vec<u8>>,
    pub before: Option<Vec<u8>>,
}

/// A commit waiting in the history walk: the newest commit time first, then the order
/// commits were queued (as `git log` breaks ties).
struct Queued<'r> {
    time: i64,
    order: u64,
    commit: git2::Commit<'r>,
}

impl<'r> Queued<'r> {
    fn new(commit: git2::Commit<'r>, order: &mut u64) -> Self {
        *order += 1;
        Queued {
            time: commit.time().seconds(),
            order: *order,
            commit,
        }
    }
}

impl PartialEq for Queued<'_> {
    fn eq(&self, other: &Self) -> bool {
        (self.time, self.order) == (other.time, other.order)
    }
}

impl Eq for Queued<'_> {}

impl PartialOrd for Queued<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Queued<'_> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.time
            .cmp(&other.time)
            .then(other.order.cmp(&self.order))
    }
}

/// The object at one path in many trees, read from raw tree objects along the path. What
/// each tree gave is kept by the tree's id, one table per level of the path, so a tree is
/// read at most once while the tables stay small (they are emptied past a bound: only
/// memory is at stake, never an answer).
struct PathIds<'o> {
    odb: &'o git2::Odb<'o>,
    id_len: usize,
    path: String,
    /// Per level: tree id → the id of the entry named by that part of the path
    /// (a folder's tree, or at the last level the file's blob), `None` when absent.
    known: Vec<HashMap<Oid, Option<Oid>>>,
}

impl<'o> PathIds<'o> {
    const BOUND: usize = 1 << 12;

    fn new(odb: &'o git2::Odb<'o>, id_len: usize, path: &str) -> Self {
        PathIds {
            odb,
            id_len,
            path: path.to_owned(),
            known: vec![HashMap::new(); path.split('/').count()],
        }
    }

    fn path(&self) -> &str {
        &self.path
    }

    /// The file object at the path in the tree `root`; `None` when there is no file there.
    fn blob(&mut self, root: Oid) -> Result<Option<Oid>, git2::Error> {
        let parts: Vec<&str> = self.path.split('/').collect();
        let mut id = root;
        for (level, part) in parts.iter().enumerate() {
            let last = level + 1 == parts.len();
            let next = match self.known[level].get(&id) {
                Some(next) => *next,
                None => {
                    let object = self.odb.read(id)?;
                    let next = raw_entries(object.data(), self.id_len)
                        .find(|e| e.name == part.as_bytes())
                        .filter(|e| e.is_tree != last && !e.record.starts_with(b"160000"))
                        .map(|e| Oid::from_bytes(e.id))
                        .transpose()?;
                    let table = &mut self.known[level];
                    if table.len() >= Self::BOUND {
                        table.clear();
                    }
                    table.insert(id, next);
                    next
                }
            };
            match next {
                Some(next) => id = next,
                None => return Ok(None),
            }
        }
        Ok(Some(id))
    }
}

/// The file object at `path` in a tree; `None` when there is no file there.
fn blob_id(tree: &Tree, path: &str) -> Result<Option<Oid>, git2::Error> {
    match tree.get_path(Path::new(path)) {
        Ok(entry) => Ok((entry.kind() == Some(ObjectType::Blob)).then(|| entry.id())),
        Err(e) if e.code() == git2::ErrorCode::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Folders resolved by [`canonical`], each to its absolute path (`None`: it cannot be).
type Folders = HashMap<PathBuf, Option<PathBuf>>;

/// The existing `path` as [`Path::canonicalize`] gives it (absolute, every symlink
/// resolved), with each folder resolved once: canonicalizing each of 100,000 plans (a
/// `getcwd` and a `readlink` per part of every path) was a sixth of a warm `ip due`. A
/// path that is itself a symlink (`link`) is resolved whole, as before.
fn canonical(path: &Path, link: bool, folders: &mut Folders) -> Option<PathBuf> {
    let (Some(parent), Some(name), false) = (path.parent(), path.file_name(), link) else {
        return path.canonicalize().ok();
    };
    let parent = if parent.as_os_str().is_empty() {
        Path::new(".")
    } else {
        parent
    };
    let folder = match folders.get(parent) {
        Some(folder) => folder.clone(),
        None => {
            let folder = parent.canonicalize().ok();
            folders.insert(parent.to_owned(), folder.clone());
            folder
        }
    };
    Some(folder?.join(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `git` in `dir` with no configuration of the machine's, a fixed identity and a clock
    /// that ticks one minute per call.
    fn git(dir: &Path, tick: &mut u32, args: &[&str]) {
        *tick += 1;
        let date = format!("2026-01-01T{:02}:{:02}:00+00:00", *tick / 60, *tick % 60);
        let mut cmd = std::process::Command::new("git");
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("GIT_") {
                cmd.env_remove(key);
            }
        }
        let out = cmd
            .current_dir(dir)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", dir.join(".no-global-gitconfig"))
            .env("GIT_AUTHOR_DATE", &date)
            .env("GIT_COMMITTER_DATE", &date)
            .args([
                "-c",
                "user.name=Kari Holm",
                "-c",
                "user.email=kari@example.invalid",
            ])
            .args(args)
            .output()
            .expect("git runs");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn write(dir: &Path, path: &str, text: &str) {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// Both walks of first-parent history, git's and libgit2's, over the same paths.
    fn both(dir: &Path, wanted: &[String]) -> (HashMap<String, Oid>, HashMap<String, Oid>) {
        let repo = Repo::discover(dir).unwrap().unwrap();
        let head = repo.head_commit().unwrap().unwrap().id();
        let set: HashSet<&str> = wanted.iter().map(String::as_str).collect();
        let mut commits = HashMap::new();
        let by_git = repo
            .log_walk(head, &set, &mut commits)
            .expect("git log runs");
        // Each commit found was read as it was found, and only those.
        let found: HashSet<Oid> = by_git.values().copied().collect();
        assert_eq!(commits.keys().map(|k| k.0).collect::<HashSet<_>>(), found);
        for (id, facts) in &commits {
            let commit = repo.repo.find_commit(id.0).unwrap();
            assert_eq!(facts.time, commit.author().when().seconds());
            assert_eq!(facts.root, commit.parent_count() == 0);
        }
        let by_libgit2 = scan(&repo.repo, head, None, &leading_dirs(wanted), set)
            .unwrap()
            .found;
        (by_git, by_libgit2)
    }

    #[test]
    fn paths_in_the_work_tree_are_named_as_canonicalize_names_them() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        git(dir, &mut 0, &["init", "-q", "-b", "main"]);
        write(dir, "store/jonas.yaml", "j");
        write(dir, "plans/kari.yaml", "k");
        write(dir, "plans/ola.yaml", "o");
        // A plan that is a symlink is named by its target; a folder that is one too.
        std::os::unix::fs::symlink("../store/jonas.yaml", dir.join("plans/jonas.yaml")).unwrap();
        std::os::unix::fs::symlink("plans", dir.join("linked")).unwrap();
        // A dangling link is named as written, like a deleted plan.
        std::os::unix::fs::symlink("gone.yaml", dir.join("plans/dangling.yaml")).unwrap();
        let repo = Repo::discover(&dir.join("plans/kari.yaml"))
            .unwrap()
            .unwrap();
        let mut folders = Folders::new();
        for (path, rel) in [
            ("plans/kari.yaml", "plans/kari.yaml"),
            ("plans/ola.yaml", "plans/ola.yaml"),
            ("plans/jonas.yaml", "store/jonas.yaml"),
            ("linked/kari.yaml", "plans/kari.yaml"),
            ("plans/dangling.yaml", "plans/dangling.yaml"),
            ("plans/deleted.yaml", "plans/deleted.yaml"),
            ("plans/gone/deleted.yaml", "plans/gone/deleted.yaml"),
            ("plans/../plans/kari.yaml", "plans/kari.yaml"),
        ] {
            let path = dir.join(path);
            assert_eq!(repo.relative(&path).as_deref(), Some(rel), "{path:?}");
            // The same with the folders kept from one path to the next.
            assert_eq!(
                repo.relative_in(&path, &mut folders).as_deref(),
                Some(rel),
                "{path:?}"
            );
        }
        assert_eq!(repo.relative(&tmp.path().join("..").join("x.yaml")), None);
    }

    #[test]
    fn git_log_and_the_libgit2_walk_find_the_same_last_commits() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let t = &mut 0;
        git(dir, t, &["init", "-q", "-b", "main"]);
        for (path, text) in [
            ("plans/a.yaml", "a"),
            ("plans/b.yaml", "b"),
            ("plans/sub/c.yaml", "c"),
            ("plans/æ ø.yaml", "æ"),
            ("d.txt", "d"),
        ] {
            write(dir, path, text);
        }
        git(dir, t, &["add", "."]);
        git(dir, t, &["commit", "-q", "-m", "Plans"]);
        write(dir, "plans/a.yaml", "a2");
        git(dir, t, &["commit", "-q", "-am", "Edit a"]);
        // A side branch edits b and adds e; main edits c; merged without fast-forward.
        git(dir, t, &["checkout", "-q", "-b", "side"]);
        write(dir, "plans/b.yaml", "b2");
        write(dir, "plans/e.yaml", "e");
        git(dir, t, &["add", "."]);
        git(dir, t, &["commit", "-q", "-m", "Side"]);
        git(dir, t, &["checkout", "-q", "main"]);
        write(dir, "plans/sub/c.yaml", "c2");
        git(dir, t, &["commit", "-q", "-am", "Edit c"]);
        git(
            dir,
            t,
            &["merge", "-q", "--no-ff", "-m", "Merge side", "side"],
        );
        git(dir, t, &["mv", "plans/sub/c.yaml", "plans/sub/c2.yaml"]);
        git(dir, t, &["commit", "-q", "-m", "Rename c"]);
        git(dir, t, &["rm", "-q", "d.txt"]);
        git(dir, t, &["commit", "-q", "-m", "Remove d"]);
        git(dir, t, &["update-index", "--chmod=+x", "plans/b.yaml"]);
        git(dir, t, &["commit", "-q", "-m", "Mode of b"]);
        git(dir, t, &["commit", "-q", "--allow-empty", "-m", "Nothing"]);
        let wanted: Vec<String> = [
            "plans/a.yaml",
            "plans/b.yaml",
            "plans/sub/c2.yaml",
            "plans/e.yaml",
            "plans/æ ø.yaml",
            "plans/never.yaml",
        ]
        .map(String::from)
        .to_vec();
        let (by_git, by_libgit2) = both(dir, &wanted);
        assert_eq!(by_git, by_libgit2);
        let repo = Repository::open(dir).unwrap();
        let summary = |path: &str| -> String {
            let commit = repo.find_commit(by_git[path]).unwrap();
            commit.summary().unwrap().unwrap().to_owned()
        };
        assert_eq!(summary("plans/a.yaml"), "Edit a");
        assert_eq!(summary("plans/b.yaml"), "Mode of b");
        assert_eq!(summary("plans/sub/c2.yaml"), "Rename c");
        assert_eq!(
            summary("plans/e.yaml"),
            "Merge side",
            "first-parent: where it landed"
        );
        assert_eq!(summary("plans/æ ø.yaml"), "Plans");
        assert!(!by_git.contains_key("plans/never.yaml"));

        // A shallow clone: the boundary commit has no parent, so it "adds" every file.
        let clone = tempfile::tempdir().unwrap();
        let url = format!("file://{}", dir.display());
        git(
            dir,
            t,
            &[
                "clone",
                "-q",
                "--depth",
                "2",
                &url,
                clone.path().to_str().unwrap(),
            ],
        );
        let (by_git, by_libgit2) = both(clone.path(), &wanted);
        assert_eq!(by_git, by_libgit2);
        assert_eq!(by_git.len(), 5);
    }
}
