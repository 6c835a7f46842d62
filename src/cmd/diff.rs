//! `ip diff PLAN [FROM [TO]]`: what changed in plan terms between two revisions. FROM
//! defaults to HEAD (the last commit) and TO to the working file.

use std::path::PathBuf;

use miette::{miette, Report};

use super::Outcome;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The plan file.
    pub plan: PathBuf,
    /// The revision to compare from (a commit, tag, branch, HEAD~2…); default HEAD.
    pub from: Option<String>,
    /// The revision to compare to; default the working file.
    pub to: Option<String>,
}

pub fn execute(args: &Args) -> Result<Outcome, Report> {
    let (repo, rel) = super::history::locate(&args.plan)?;
    let from = args.from.as_deref().unwrap_or("HEAD");
    let from_commit = repo.commit_info(from)?;
    // The plan may have had another name at an older revision: try its earlier names too.
    let mut names = vec![rel.clone()];
    names.extend(
        repo.history(&rel)?
            .into_iter()
            .filter_map(|h| h.renamed_from),
    );
    let read = |rev: &str| -> Result<Option<Vec<u8>>, Report> {
        for name in &names {
            if let Some(bytes) = repo.read_at(rev, name)? {
                return Ok(Some(bytes));
            }
        }
        Ok(None)
    };
    let before = read(from)?;
    let (after, to_label) = match &args.to {
        Some(to) => {
            let c = repo.commit_info(to)?;
            (read(to)?, format!("{} ({})", c.id, c.date))
        }
        None => {
            let bytes = std::fs::read(&args.plan).ok();
            (bytes, "the working file".to_owned())
        }
    };
    if before.is_none() && after.is_none() {
        return Err(miette!(
            "{} exists in neither {from} nor {to_label}",
            args.plan.display()
        ));
    }
    let changes = super::history::describe(before.as_deref(), after.as_deref());
    let mut out = format!(
        "{}: from {} ({}) to {to_label}\n",
        args.plan.display(),
        from_commit.id,
        from_commit.date
    );
    if changes.is_empty() && before == after {
        out.push_str("No change.\n");
    } else if changes.is_empty() {
        out.push_str("No change in plan terms (only comments or layout differ).\n");
    }
    for change in &changes {
        out.push_str(&format!("• {}\n", change.what));
        for detail in &change.details {
            out.push_str(&format!("    {detail}\n"));
        }
    }
    super::print(&out);
    Ok(Outcome::Clean)
}
