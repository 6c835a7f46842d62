//! `ip history PLAN`: every commit that touched the plan, newest first, following renames,
//! with what changed in plan terms (from comparing the parsed plans, `changes.rs`).

use std::path::PathBuf;

use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};
use miette::{miette, Report};
use serde::Serialize;

use super::due::Format;
use super::Outcome;
use crate::changes::{self, Change};
use crate::git::{CommitInfo, Repo};
use crate::plan::check_bytes;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The plan file.
    pub plan: PathBuf,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

#[derive(Serialize)]
struct Entry {
    commit: CommitInfo,
    message: String,
    path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    renamed_from: Option<String>,
    changes: Vec<Change>,
}

/// Opens the repository holding a plan and its path there; exit 2 outside git.
pub fn locate(plan: &std::path::Path) -> Result<(Repo, String), Report> {
    let repo = Repo::discover(plan).ok_or_else(|| {
        miette!(
            help = "history comes from git: run `git init` and commit the plan, or run this inside the repository",
            "{} is not in a git repository",
            plan.display()
        )
    })?;
    let rel = repo.relative(plan).ok_or_else(|| {
        miette!(
            "{} is not inside the repository's work tree",
            plan.display()
        )
    })?;
    Ok((repo, rel))
}

/// Plan-level changes between two versions' bytes; a version that cannot be read says so.
pub fn describe(before: Option<&[u8]>, after: Option<&[u8]>) -> Vec<Change> {
    let parse = |b: &[u8]| check_bytes(b).plan;
    match (before.map(parse), after.map(parse)) {
        (None, Some(_)) => vec![Change {
            what: "plan created".into(),
            details: vec![],
        }],
        (_, None) => vec![Change {
            what: "plan deleted".into(),
            details: vec![],
        }],
        (Some(Some(old)), Some(Some(new))) => changes::compare(&old, &new),
        (Some(_), Some(_)) => vec![Change {
            what: "edited (one of the versions is not valid YAML, so no plan-level comparison)"
                .into(),
            details: vec![],
        }],
    }
}

pub fn execute(args: &Args) -> Result<Outcome, Report> {
    let (repo, rel) = locate(&args.plan)?;
    let entries: Vec<Entry> = repo
        .history(&rel)?
        .into_iter()
        .map(|h| {
            let mut changes = describe(h.before.as_deref(), h.after.as_deref());
            if let Some(old) = &h.renamed_from {
                changes.insert(
                    0,
                    Change {
                        what: format!("renamed from {old}"),
                        details: vec![],
                    },
                );
            }
            if changes.is_empty() {
                changes.push(Change {
                    what: "no change in plan terms (layout or comments)".into(),
                    details: vec![],
                });
            }
            Entry {
                message: h.commit.message.clone(),
                commit: h.commit,
                path: h.path,
                renamed_from: h.renamed_from,
                changes,
            }
        })
        .collect();
    match args.format {
        Format::Json => {
            let mut text = serde_json::to_string_pretty(&entries).expect("plain data serializes");
            text.push('\n');
            super::print(&text);
        }
        Format::Table => {
            if entries.is_empty() {
                super::print(&format!("{} has no commits yet.\n", args.plan.display()));
            } else {
                let mut table = Table::new();
                table
                    .load_preset(UTF8_FULL_CONDENSED)
                    .set_content_arrangement(ContentArrangement::Dynamic)
                    .set_width(120)
                    .force_no_tty()
                    .set_header(["Date", "Author", "Commit", "Message", "What changed"]);
                for e in &entries {
                    let date = if e.commit.cut_short {
                        format!("on or before\n{}", e.commit.date)
                    } else {
                        e.commit.date.to_string()
                    };
                    let what: Vec<String> = e.changes.iter().map(|c| format!("• {c}")).collect();
                    table.add_row(vec![
                        date,
                        e.commit.author.clone(),
                        e.commit.id.clone(),
                        e.message.clone(),
                        what.join("\n"),
                    ]);
                }
                super::print(&format!("{table}\n"));
            }
        }
    }
    if repo.is_shallow() {
        eprintln!("note: this is a shallow clone: history is cut short, so the oldest entry may not be where the plan began (`git fetch --unshallow` fetches all of it)");
    }
    Ok(Outcome::Clean)
}
