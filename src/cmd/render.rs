//! `ip render`: a printable plan in Markdown, HTML (A4) or PDF, in bokmål, nynorsk or
//! English, stamped with the git commit it came from and the print date. The rules
//! (language, drafts, file names, never overwriting a plan) are the library's: `render.rs`;
//! the PDF engines are `pdf.rs`.

use std::io::IsTerminal;

use std::path::PathBuf;

use super::Outcome;
use crate::check;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::messages::msg;
use crate::output::{self, findings, Color};
use crate::pdf;
use crate::render::{self, Format, Options, Rendered};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Plan files or folders (`-` for standard input).
    #[arg(required = true)]
    pub plans: Vec<PathBuf>,
    /// Output format: Markdown, one self-contained HTML file for A4 print, or PDF (A4).
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// The program that makes PDFs: auto is WeasyPrint (PDF/A-2b) if installed, else Chromium.
    #[arg(long, value_enum, default_value_t, value_name = "ENGINE")]
    pub pdf_engine: pdf::Choice,
    /// Write to FILE instead of standard output (one plan).
    #[arg(short, long, value_name = "FILE", conflicts_with = "out_dir")]
    pub output: Option<PathBuf>,
    /// Write one file per plan into DIR, named from the plan id.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
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

/// `lang`: the global `--lang`, which also names the labels' language (else the plan's,
/// …: `render.rs`).
pub fn execute(args: &Args, config: &Config, color: Color, lang: Option<Lang>) -> Result<Outcome> {
    let to_stdout = args.output.is_none() && args.out_dir.is_none();
    if args.format == Format::Pdf && to_stdout && std::io::stdout().is_terminal() {
        return Err(Error::usage(
            msg("error-pdf-to-terminal", &[]),
            Some(&msg("error-pdf-to-terminal-help", &[])),
        ));
    }
    // Before anything is read or written: a missing engine is said at once.
    let engine = if args.format == Format::Pdf {
        Some(pdf::Engine::find(args.pdf_engine)?)
    } else {
        None
    };
    let inputs = check::inputs::collect(&args.plans, config)?;
    let options = Options {
        format: args.format,
        output: args.output.clone(),
        out_dir: args.out_dir.clone(),
        lang,
        for_participant: args.for_participant.clone(),
        draft: args.draft,
        templates: args.templates.clone(),
        printed: render::print_date(),
        pdf: engine,
    };
    let rendered = render::render_all(&inputs, &options, config, |target, text| {
        match target {
            Some(path) => output::write_output(path, text)?,
            None => output::print_bytes(text),
        }
        Ok(())
    })?;
    match rendered {
        Rendered::All => Ok(Outcome::Clean),
        Rendered::Refused(invalid) => {
            output::print(&findings::text_findings(&invalid, color.enabled()));
            output::say(&msg("said-not-rendered", &[]));
            Ok(Outcome::Findings)
        }
    }
}
