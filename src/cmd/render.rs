//! `ip render`: a printable plan in Markdown or HTML (A4), in bokmål, nynorsk or English,
//! stamped with the git commit it came from and the print date.
//!
//! - Language: `--lang`, else the plan's `language`, else ip.toml, else nb.
//! - The print date is today, or `SOURCE_DATE_EPOCH` when set (reproducible output).
//! - DRAFT/UTKAST: the file has uncommitted changes, is outside git, or is rendered
//!   invalid with `--draft`. Without `--draft` an invalid plan is refused (exit 1).
//! - `--out-dir` names files from plan ids made safe for a file name (anything but
//!   letters, digits, `-`, `_` and `.` becomes `_`, no leading dot); two plans with the
//!   same name are refused before anything is written. Output never replaces an input.

use std::path::PathBuf;

use miette::{miette, Report};

use super::{Color, Outcome};
use crate::config::Config;
use crate::i18n::Lang;
use crate::inputs::{self, Input};
use crate::plan::Checked;
use crate::render::{self, Format, Renderer, Stamp};
use crate::report::{self, FileResult};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Plan files or folders (`-` for standard input).
    #[arg(required = true)]
    pub plans: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Write to FILE instead of standard output (one plan).
    #[arg(short, long, value_name = "FILE", conflicts_with = "out_dir")]
    pub output: Option<PathBuf>,
    /// Write one file per plan into DIR, named from the plan id.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
    /// Language of the labels: nb, nn or en.
    #[arg(long, value_parser = ["nb", "nn", "en"])]
    pub lang: Option<String>,
    /// Only the sections this participant (an id) may see, marked as an extract.
    #[arg(long = "for", value_name = "PARTICIPANT")]
    pub for_participant: Option<String>,
    /// Render an invalid plan anyway, marked as a draft.
    #[arg(long)]
    pub draft: bool,
    /// A folder of templates overriding the built-in ones (plan.html, plan.md).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

/// A plan id made safe as a file name; never a path.
pub fn safe_file_stem(id: &str) -> String {
    let mut stem: String = id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    while stem.starts_with('.') {
        stem.replace_range(..1, "_");
    }
    stem.truncate(stem.char_indices().nth(100).map_or(stem.len(), |(i, _)| i));
    if stem.is_empty() {
        "plan".to_owned()
    } else {
        stem
    }
}

fn print_date() -> chrono::NaiveDate {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
        .map_or_else(|| chrono::Local::now().date_naive(), |t| t.date_naive())
}

/// Plans per batch: memory stays flat for any number of plans.
const BATCH: usize = 512;

pub fn execute(args: &Args, config: &Config, color: Color) -> Result<Outcome, Report> {
    let inputs = inputs::collect(&args.plans, config)?;
    if inputs.len() > 1 && args.out_dir.is_none() {
        return Err(miette!(
            help = "use `--out-dir DIR` to render several plans, one file each",
            "{} plans given, but only one can go to {}",
            inputs.len(),
            args.output
                .as_ref()
                .map_or("standard output".to_owned(), |o| o.display().to_string())
        ));
    }
    if inputs.len() > 1 && inputs.contains(&Input::Stdin) {
        return Err(miette!(
            "`-` (standard input) can only be rendered on its own"
        ));
    }
    let files = inputs::files(&inputs);
    // Pass 1 (validity and output names) and the history walk for the stamps are
    // independent: one core each.
    let (facts, first) = std::thread::scope(|scope| {
        let walk = scope.spawn(|| super::due::git_facts(&files));
        let first = first_pass(args, &inputs, color);
        (
            walk.join().unwrap_or_else(|p| std::panic::resume_unwind(p)),
            first,
        )
    });
    let Some((targets, stdin_bytes)) = first? else {
        eprintln!("not rendered: fix the errors above, or use `--draft` to print a plan marked as a draft");
        return Ok(Outcome::Findings);
    };
    let facts = facts?;
    // Never overwrite a plan (compared by canonical path, once each), never write two
    // plans to one file.
    let plan_paths: std::collections::HashSet<PathBuf> =
        if targets.iter().flatten().any(|t| t.exists()) {
            files.iter().filter_map(|f| f.canonicalize().ok()).collect()
        } else {
            Default::default()
        };
    let mut seen = std::collections::HashSet::new();
    for target in targets.iter().flatten() {
        if target.canonicalize().is_ok_and(|t| plan_paths.contains(&t)) {
            return Err(miette!(
                "{} is one of the plans; `ip render` will not overwrite it",
                target.display()
            ));
        }
        if !seen.insert(target.clone()) {
            return Err(miette!(
                help = "give the plans unique ids",
                "two plans would be written to {}",
                target.display()
            ));
        }
    }
    if let Some(dir) = &args.out_dir {
        std::fs::create_dir_all(dir)
            .map_err(|e| miette!("cannot create {}: {e}", dir.display()))?;
    }
    // Pass 2: render and write, batch by batch.
    let renderer = Renderer::new(args.templates.clone().or_else(|| config.templates.clone()));
    let printed = print_date();
    let mut target_iter = targets.into_iter();
    for batch in inputs.chunks(BATCH) {
        let rendered: Vec<Result<String, Report>> = match &stdin_bytes {
            Some(bytes) if batch == [Input::Stdin] => {
                let checked = crate::plan::check_bytes(bytes);
                vec![render_one(
                    args,
                    config,
                    &renderer,
                    &facts,
                    printed,
                    &Input::Stdin,
                    &checked,
                )]
            }
            _ => super::validate::par_map(batch, |input| {
                let checked = super::validate::check_input(input)?;
                render_one(args, config, &renderer, &facts, printed, input, &checked)
            }),
        };
        for text in rendered {
            let text = text?;
            match target_iter.next().flatten() {
                Some(path) => super::write_output(&path, text.as_bytes())?,
                None => super::print(&text),
            }
        }
    }
    Ok(Outcome::Clean)
}

/// Output paths and standard input kept for pass 2: validity and names first, so that
/// nothing is written when a plan is refused (its report is printed; `None`) or two plans
/// would land in one file.
#[allow(clippy::type_complexity)]
fn first_pass(
    args: &Args,
    inputs: &[Input],
    color: Color,
) -> Result<Option<(Vec<Option<PathBuf>>, Option<Vec<u8>>)>, Report> {
    let mut targets: Vec<Option<PathBuf>> = Vec::with_capacity(inputs.len());
    let mut refused = false;
    let mut stdin_bytes = None;
    for batch in inputs.chunks(BATCH) {
        let checked: Vec<Checked> = if batch == [Input::Stdin] {
            let bytes = match inputs::read(&Input::Stdin)? {
                inputs::Content::Bytes(b) => b,
                inputs::Content::TooLarge(_) => Vec::new(),
            };
            let c = crate::plan::check_bytes(&bytes);
            stdin_bytes = Some(bytes);
            vec![c]
        } else {
            super::validate::check_all(batch)?
        };
        let mut invalid = Vec::new();
        for (input, c) in batch.iter().zip(checked) {
            if c.plan.is_none() || (c.errors() > 0 && !args.draft) {
                invalid.push(FileResult {
                    path: input.display(),
                    checked: c,
                });
                continue;
            }
            targets.push(target_of(args, input, c.plan.as_ref().expect("checked")));
        }
        if !invalid.is_empty() {
            refused = true;
            super::print(&report::text_findings(&invalid, color.enabled()));
        }
    }
    Ok((!refused).then_some((targets, stdin_bytes)))
}

/// Where a plan's output goes: a file in `--out-dir` named from its id, `-o`, or stdout.
fn target_of(args: &Args, input: &Input, plan: &crate::plan::Plan) -> Option<PathBuf> {
    match (&args.out_dir, &args.output) {
        (Some(dir), _) => {
            let file = input.file();
            let stem = plan.id.as_deref().cloned().unwrap_or_else(|| {
                file.and_then(|f| f.file_stem())
                    .map_or("plan".into(), |s| s.to_string_lossy().into_owned())
            });
            let mut name = safe_file_stem(&stem);
            if let Some(p) = &args.for_participant {
                name = format!("{name}-{}", safe_file_stem(p));
            }
            Some(dir.join(format!("{name}.{}", args.format.extension())))
        }
        (None, Some(out)) => Some(out.clone()),
        (None, None) => None,
    }
}

fn render_one(
    args: &Args,
    config: &Config,
    renderer: &Renderer,
    facts: &super::due::GitFacts,
    printed: chrono::NaiveDate,
    input: &Input,
    checked: &Checked,
) -> Result<String, Report> {
    let plan = checked.plan.as_ref().expect("checked in pass 1");
    let lang = args
        .lang
        .as_deref()
        .or(plan.language.as_deref())
        .or(config.language.as_deref())
        .and_then(Lang::parse)
        .unwrap_or(Lang::Nb);
    let extract = match &args.for_participant {
        None => None,
        Some(id) => Some(
            plan.participants
                .iter()
                .find(|p| p.id.as_deref().map(String::as_str) == Some(id.as_str()))
                .ok_or_else(|| {
                    let ids: Vec<&str> = plan
                        .participants
                        .iter()
                        .filter_map(|p| p.id.as_deref().map(String::as_str))
                        .collect();
                    miette!(
                        help = format!(
                            "the participant ids in {} are: {}",
                            input.display(),
                            ids.join(", ")
                        ),
                        "no participant `{id}` in {}",
                        input.display()
                    )
                })?,
        ),
    };
    let file = input.file();
    let mut draft_reasons = Vec::new();
    if checked.errors() > 0 {
        draft_reasons.push("draft_invalid");
    }
    match file {
        Some(f) if facts.in_repo.contains(f) => {
            if facts.dirty.get(f).copied().unwrap_or(true) {
                draft_reasons.push("draft_uncommitted");
            }
        }
        _ => draft_reasons.push("draft_outside_git"),
    }
    let stamp = Stamp {
        commit: file.and_then(|f| facts.last.get(f).cloned()),
        printed,
        draft_reasons,
    };
    let view = render::view(plan, lang, &config.organisation, &stamp, extract);
    renderer
        .render(args.format, &view)
        .map_err(|e| miette!("cannot render {}: {e:#}", input.display()))
}

#[cfg(test)]
mod tests {
    use super::safe_file_stem;

    #[test]
    fn ids_never_become_paths() {
        assert_eq!(safe_file_stem("2026-017"), "2026-017");
        assert_eq!(safe_file_stem("../../etc/passwd"), "_._.._etc_passwd");
        assert_eq!(safe_file_stem("/abs"), "_abs");
        assert_eq!(safe_file_stem(".hidden"), "_hidden");
        assert_eq!(safe_file_stem("a\u{0}b\nc"), "a_b_c");
        assert_eq!(safe_file_stem("Kåre Ø"), "Kåre_Ø");
        assert_eq!(safe_file_stem(""), "plan");
    }
}
