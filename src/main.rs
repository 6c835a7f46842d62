//! `ip`: individual plans (individuell plan) as YAML files in git.
//!
//! This file only parses the command line, dispatches to `cmd/`, and maps the outcome to
//! the exit codes of the spec: 0 done and clean, 1 findings, 2 could not do the job.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod changes;
mod cmd;
mod config;
mod diagnostic;
mod git;
mod i18n;
mod inputs;
mod plan;
mod render;
mod report;
mod rules;
mod schema;
mod yaml;

use cmd::{Color, Outcome};

/// Individual plans (individuell plan) as YAML files in git: validate them against the
/// format and the law's content list (forskrift om individuell plan, a–i).
#[derive(Debug, Parser)]
#[command(name = "ip", version, propagate_version = true, max_term_width = 100)]
struct Cli {
    /// Colour: auto (on a terminal, unless NO_COLOR is set), always or never.
    #[arg(long, value_enum, default_value_t, global = true)]
    color: Color,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check plans against the format and the law's content list.
    Validate(cmd::validate::Args),
    /// Render a printable plan (Markdown or HTML for A4) in bokmål, nynorsk or English.
    Render(cmd::render::Args),
    /// List plans needing revision: overdue, due soon, period ended, or invalid.
    Due(cmd::due::Args),
    /// The commits that touched a plan, with what changed in plan terms.
    History(cmd::history::Args),
    /// What changed in a plan between two revisions (default: last commit to working file).
    Diff(cmd::diff::Args),
    /// Record a revision: set revision.last and revision.next, touching nothing else.
    Revise(cmd::revise::Args),
    /// Write a commented plan skeleton to fill in.
    New(cmd::new::Args),
    /// Print the full text of a rule: what it checks, why, the law, examples.
    Explain(cmd::explain::Args),
    /// Print the JSON Schema of the plan format.
    Schema,
}

fn run(cli: &Cli) -> Result<Outcome, miette::Report> {
    let needs_config = matches!(
        cli.command,
        Command::Validate(_) | Command::Render(_) | Command::Due(_) | Command::Revise(_)
    );
    let config = if needs_config {
        let cwd = std::env::current_dir()
            .map_err(|e| miette::miette!("cannot read the current folder: {e}"))?;
        config::Config::discover(&cwd)?
    } else {
        config::Config::default()
    };
    match &cli.command {
        Command::Validate(args) => cmd::validate::execute(args, &config, cli.color),
        Command::Render(args) => cmd::render::execute(args, &config, cli.color),
        Command::Due(args) => cmd::due::execute(args, &config, cli.color),
        Command::History(args) => cmd::history::execute(args),
        Command::Diff(args) => cmd::diff::execute(args),
        Command::Revise(args) => cmd::revise::execute(args, &config, cli.color),
        Command::New(args) => cmd::new::execute(args),
        Command::Explain(args) => cmd::explain::execute(args),
        Command::Schema => cmd::schema::execute(),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = cli.color.enabled_stderr();
    miette::set_hook(Box::new(move |_| {
        Box::new(
            miette::MietteHandlerOpts::new()
                .color(color)
                .unicode(true)
                .width(100)
                .build(),
        )
    }))
    .ok();
    match run(&cli) {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Findings) => ExitCode::from(1),
        Err(report) => {
            eprintln!("{report:?}");
            ExitCode::from(2)
        }
    }
}
