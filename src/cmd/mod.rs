//! The commands: one file each, holding its arguments and an `execute` that parses nothing
//! more, calls the library and prints. Commands never import each other; what two share
//! lives here (the outcome, value parsers for dates and durations) or in the library.
//!
//! [`run`] is the whole program: it decides the language of messages ([`language`], before
//! clap parses, so that help and usage errors speak it too: `localize.rs`), parses the
//! command line, finds `ip.toml`, dispatches, and maps the outcome to the exit codes of
//! the spec: 0 done and clean, 1 findings, 2 could not do the job (every [`Error`], and
//! usage errors).

use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::config::Config;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::messages;
use crate::output::Color;
use crate::values::{iso_suggestion, parse_iso_date, Duration};
use std::ffi::OsString;

pub mod calendar;
pub mod completions;
pub mod diff;
pub mod due;
pub mod explain;
pub mod export;
pub mod history;
pub mod localize;
pub mod lsp;
pub mod man;
pub mod migrate;
pub mod new;
pub mod render;
pub mod revise;
pub mod schema;
pub mod validate;

/// How a command ended when it could do its job (errors are [`Error`], exit 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Exit 0.
    Clean,
    /// Exit 1: findings (invalid plans, or plans due with `--check`).
    Findings,
}

/// Individual plans (individuell plan) as YAML files in git: validate them against the
/// format and the law's content list (forskrift om individuell plan, a–i).
#[derive(Debug, Parser)]
#[command(name = "ip", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    /// Colour: auto (on a terminal; NO_COLOR or TERM=dumb turn it off, CLICOLOR_FORCE on),
    /// always or never.
    #[arg(long, value_enum, default_value_t, global = true)]
    pub color: Color,
    /// Read this ip.toml instead of looking for one above the current folder.
    #[arg(long, value_name = "FILE", global = true, conflicts_with = "no_config")]
    pub config: Option<std::path::PathBuf>,
    /// Read no ip.toml at all (a broken one then does not stop the command).
    #[arg(long, global = true)]
    pub no_config: bool,
    /// Language of messages: nb, nn or en (default: ip.toml's `language`, else the locale,
    /// else English); also of `render`'s labels and `calendar`'s events.
    #[arg(long, value_enum, global = true)]
    pub lang: Option<Lang>,
    /// Say nothing on stderr but errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also say which ip.toml and files were read.
    #[arg(short, long, global = true)]
    pub verbose: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check plans against the format and the law's content list.
    Validate(validate::Args),
    /// Render a printable plan (Markdown or HTML for A4) in bokmål, nynorsk or English.
    Render(render::Args),
    /// List plans needing revision: overdue, due soon, period ended, or invalid.
    Due(due::Args),
    /// Write the dates of plans (revisions, meetings, measure ends) as an iCalendar file.
    Calendar(calendar::Args),
    /// Write one plan in another format: a FHIR R4 Bundle (JSON).
    Export(export::Args),
    /// The commits that touched a plan, with what changed in plan terms.
    History(history::Args),
    /// What changed in a plan between two revisions (default: last commit to working file).
    Diff(diff::Args),
    /// Record a revision: set revision.last and revision.next, touching nothing else.
    Revise(revise::Args),
    /// Write a commented plan skeleton to fill in.
    New(new::Args),
    /// Rewrite version 1 plans as version 2, keeping comments and order.
    Migrate(migrate::Args),
    /// Print the full text of a rule: what it checks, why, the law, examples.
    Explain(explain::Args),
    /// Print the JSON Schema of the plan format.
    Schema,
    /// Print shell completions (bash, zsh, fish, powershell, elvish).
    Completions(completions::Args),
    /// Run the language server on stdin/stdout (for editors): findings as you type,
    /// completion of participant and goal ids.
    Lsp(lsp::Args),
    /// Write the man pages (for packaging).
    #[command(hide = true)]
    Man(man::Args),
}

/// `--format` of commands that report findings (`validate`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum FindingsFormat {
    /// For people: each finding with its line from the plan, then a summary.
    #[default]
    Text,
    /// For scripts: one JSON document (its shape is in the README).
    Json,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// SARIF 2.1.0, for GitHub code scanning and other dashboards.
    Sarif,
    /// GitLab Code Quality (a merge request's code quality widget).
    Gitlab,
    /// JUnit XML: one test case per plan, for CI test report views.
    Junit,
}

impl FindingsFormat {
    /// The format when none is given: annotations inside GitHub Actions, else text.
    pub fn from_environment() -> FindingsFormat {
        if std::env::var_os("GITHUB_ACTIONS").is_some_and(|v| v == "true") {
            FindingsFormat::Github
        } else {
            FindingsFormat::Text
        }
    }
}

/// `--format` of commands that list things (`due`, `history`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum TableFormat {
    /// A table for people.
    #[default]
    Table,
    /// JSON for scripts.
    Json,
}

/// `--as-of`, `--on`, `--next`: a date as YYYY-MM-DD, with the ISO form suggested for the
/// dates people type instead.
pub fn parse_date(s: &str) -> std::result::Result<NaiveDate, String> {
    parse_iso_date(s).ok_or_else(|| match iso_suggestion(s) {
        Some(iso) => messages::msg("cli-invalid-date-suggestion", &[("iso", iso.into())]),
        None => messages::msg("cli-invalid-date", &[]),
    })
}

/// `--within`: a duration such as "30 days".
pub fn parse_duration(s: &str) -> std::result::Result<Duration, String> {
    Duration::parse(s).ok_or_else(|| messages::msg("cli-invalid-duration", &[]))
}

/// `ip due` and `ip render` of many plans free much of what each step read (the caches'
/// text, maps as they grow, each plan's text, model and output): mimalloc (v3) hands freed
/// memory back to the system a second after by default, at once after this. 100,000
/// plans: `due` peak 166 MB to 125 MB warm and 176 MB to 140 MB cold, `render` 176 MB to
/// 127 MB, in the same time (bench/). Not for `validate`, which it made 20 % slower
/// (its many small allocations were handed back and asked for again).
///
/// Called by [`dispatch`] before any thread of this program starts.
#[allow(unsafe_code)]
fn return_freed_memory_at_once() {
    // SAFETY: sets one of mimalloc's options (a plain global), before any other thread of
    // this program runs, so nothing reads it meanwhile. Harmless when mimalloc is not the
    // global allocator (the library's tests): nothing then reads it at all.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) }
}

/// `mi_option_purge_delay` of the `mimalloc.h` of mimalloc v3, the version libmimalloc-sys
/// builds (its bindings name no constant for it); a test holds it to that option's
/// default, 1000 ms.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn dispatch(cli: &Cli) -> Result<Outcome> {
    if matches!(cli.command, Command::Due(_) | Command::Render(_)) {
        return_freed_memory_at_once();
    }
    let needs_config = matches!(
        cli.command,
        Command::Validate(_)
            | Command::Render(_)
            | Command::Due(_)
            | Command::Revise(_)
            | Command::Migrate(_)
            | Command::Calendar(_)
            | Command::Export(_)
    );
    let config = if cli.no_config || !needs_config {
        Config::default()
    } else if let Some(file) = &cli.config {
        Config::load(file)?
    } else {
        let cwd = std::env::current_dir().map_err(|err| Error::CurrentDir { err })?;
        Config::discover(&cwd)?
    };
    if let Some(file) = &config.file {
        crate::output::detail(&crate::messages::msg(
            "detail-configuration",
            &[("path", file.display().to_string().into())],
        ));
    }
    match &cli.command {
        Command::Validate(args) => validate::execute(args, &config, cli.color),
        Command::Render(args) => render::execute(args, &config, cli.color, cli.lang),
        Command::Due(args) => due::execute(args, &config, cli.color),
        Command::Calendar(args) => calendar::execute(args, &config, cli.lang),
        Command::Export(args) => export::execute(args, &config),
        Command::History(args) => history::execute(args),
        Command::Diff(args) => diff::execute(args),
        Command::Revise(args) => revise::execute(args, &config, cli.color),
        Command::New(args) => new::execute(args),
        Command::Migrate(args) => migrate::execute(args, &config),
        Command::Explain(args) => explain::execute(args),
        Command::Schema => schema::execute(),
        Command::Completions(args) => completions::execute(args, command(program_name())),
        Command::Man(args) => man::execute(args, command("ip")),
        Command::Lsp(args) => lsp::execute(args),
    }
}

/// The clap definition under the name the program runs as.
pub fn command(name: &str) -> clap::Command {
    use clap::CommandFactory;
    Cli::command()
        .name(name.to_owned())
        .bin_name(name.to_owned())
}

/// `ip` or `iplan`, from how the program was started.
fn program_name() -> &'static str {
    let args: Vec<std::ffi::OsString> = std::env::args_os().take(1).collect();
    if crate::iproute::invoked_as_ip(&args) {
        "ip"
    } else {
        "iplan"
    }
}

/// The language of messages for the command line `args`, decided before clap parses it
/// (one rule for every command, `messages::choose`): `--lang X`/`--lang=X`, else
/// `language` of the ip.toml that `--config FILE` names or that is found above the
/// current folder (none with `--no-config`; a broken or unreadable one counts as none,
/// so that `--help` and the error about it still come), else the locale read through
/// `var`, else English. A `--lang` value that is not a language is clap's to refuse.
pub fn language(args: &[OsString], var: impl Fn(&str) -> Option<String>) -> Lang {
    let mut flag = None;
    let mut config: Option<std::path::PathBuf> = None;
    let mut no_config = false;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        let (name, inline) = match word.split_once('=') {
            Some((name, value)) => (name.to_owned(), Some(value.to_owned())),
            None => (word.clone().into_owned(), None),
        };
        match name.as_str() {
            "--" => break,
            "--lang" => {
                let value = inline.or_else(|| words.next().map(|w| w.into_owned()));
                flag = value.as_deref().and_then(Lang::parse);
            }
            "--config" => {
                config = inline
                    .or_else(|| words.next().map(|w| w.into_owned()))
                    .map(Into::into);
            }
            "--no-config" => no_config = true,
            _ => {}
        }
    }
    let from_config = || {
        let found = match &config {
            Some(file) => Config::load(file).ok(),
            None => std::env::current_dir()
                .ok()
                .and_then(|cwd| Config::discover(&cwd).ok()),
        };
        found.and_then(|c| c.language)
    };
    let config = if no_config || flag.is_some() {
        None
    } else {
        from_config()
    };
    messages::choose(flag, config, var)
}

/// clap's parse with help and usage errors in `lang`. Help and version are printed by
/// clap (exit 0); a usage error is written by ip (`localize::usage_error`, exit 2).
fn parse(args: Vec<OsString>, lang: Lang) -> std::result::Result<Cli, ExitCode> {
    use clap::error::ErrorKind;
    use clap::FromArgMatches;
    let definition = localize::localized(command(program_name()), lang);
    let error = match definition
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => return Ok(cli),
        Err(error) => error,
    };
    match error.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // A closed pipe (`ip --help | head`) is not a crash.
            let _ = error.print();
            Err(ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2)))
        }
        _ => {
            use std::io::Write as _;
            let text = localize::usage_error(&error, lang);
            let _ = anstream::stderr().write_all(text.as_bytes());
            Err(ExitCode::from(2))
        }
    }
}

/// The program: parse, dispatch, exit code.
pub fn run() -> ExitCode {
    crate::git::bound_pack_mapping();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Run as `ip` with a networking command (`ip addr`): that is iproute2's.
    if crate::iproute::invoked_as_ip(&args) {
        let definition = command("ip");
        let options: Vec<String> = definition
            .get_arguments()
            .flat_map(|a| {
                let long = a.get_long().map(|l| format!("--{l}"));
                let short = a.get_short().map(|s| format!("-{s}"));
                long.into_iter().chain(short)
            })
            .collect();
        let ours: Vec<&str> = definition
            .get_subcommands()
            .map(|s| s.get_name())
            .chain(options.iter().map(String::as_str))
            .collect();
        if !crate::iproute::is_ours(&args, &ours) {
            if let Some(iproute2) = crate::iproute::system_ip() {
                return match crate::iproute::hand_over(&iproute2, &args) {
                    Ok(code) => ExitCode::from(code),
                    Err(e) => {
                        eprintln!("ip: cannot run {}: {e}", iproute2.display());
                        ExitCode::from(2)
                    }
                };
            }
        }
    }
    // Before clap parses, so that its help and usage errors speak it too.
    let lang = language(&args, messages::env_var);
    messages::set(lang);
    let cli = match parse(args, lang) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    crate::output::set_verbosity(match (cli.quiet, cli.verbose) {
        (true, _) => -1,
        (_, true) => 1,
        _ => 0,
    });
    let color = cli.color.enabled_stderr();
    // One error style with clap's: "error: " and the message, then miette's details.
    miette::set_hook(Box::new(move |_| {
        let mut theme = if color {
            miette::GraphicalTheme::unicode()
        } else {
            miette::GraphicalTheme::unicode_nocolor()
        };
        theme.characters.error = format!("{}:", messages::msg("error-prefix", &[]));
        Box::new(
            miette::MietteHandlerOpts::new()
                .color(color)
                .unicode(true)
                .width(100)
                .graphical_theme(theme)
                .build(),
        )
    }))
    .ok();
    match dispatch(&cli) {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Findings) => ExitCode::from(1),
        Err(error) => {
            let code = error.exit_code();
            eprintln!("{:?}", miette::Report::new(error));
            ExitCode::from(code)
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    #[test]
    #[allow(unsafe_code)]
    fn the_purge_delay_option_is_the_one_mimalloc_h_names() {
        // SAFETY: reads one option.
        let delay = unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) };
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(delay, 1000, "mimalloc v3's default purge delay");
        }
    }

    fn parse(args: &[&str]) -> std::result::Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("ip").chain(args.iter().copied()))
    }

    fn error(args: &[&str]) -> String {
        parse(args).expect_err("refused").to_string()
    }

    #[test]
    fn clap_checks_its_own_definition() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    #[test]
    fn dates_take_iso_and_suggest_it_for_what_people_type() {
        let cli = parse(&["due", "--as-of", "2026-12-01"]).unwrap();
        let Command::Due(args) = cli.command else {
            panic!("due")
        };
        assert_eq!(args.as_of, parse_iso_date("2026-12-01"));
        assert!(error(&["due", "--as-of", "01.12.2026"]).contains("write the date as 2026-12-01"));
        assert!(error(&["revise", "p.yaml", "--on", "tomorrow"]).contains("YYYY-MM-DD"));
    }

    #[test]
    fn durations_read_like_speech() {
        let cli = parse(&["due", "--within", "6 weeks"]).unwrap();
        let Command::Due(args) = cli.command else {
            panic!("due")
        };
        assert_eq!(args.within, Some(Duration::Weeks(6)));
        assert!(error(&["due", "--within", "soon"]).contains("\"30 days\""));
    }

    #[test]
    fn languages_and_formats_are_closed_sets() {
        let cli = parse(&["render", "p.yaml", "--lang", "nn", "--format", "html"]).unwrap();
        assert!(matches!(cli.command, Command::Render(_)));
        assert_eq!(cli.lang, Some(crate::i18n::Lang::Nn));
        assert!(error(&["render", "p.yaml", "--lang", "de"]).contains("nb, nn, en"));
        assert!(error(&["validate", "--format", "xml"]).contains("text, json, github"));
        assert!(error(&["due", "--format", "xml"]).contains("table, json, csv"));
        assert!(error(&["history", "p.yaml", "--format", "csv"]).contains("table, json"));
        assert!(error(&["export", "p.yaml", "--format", "json"]).contains("fhir"));
    }

    #[test]
    fn combinations_that_cannot_work_are_refused() {
        // A commit message without a commit, one file and a folder at once, no plan.
        assert!(error(&["revise", "p.yaml", "-m", "x"]).contains("--commit"));
        assert!(error(&["render", "p.yaml", "-o", "a.md", "--out-dir", "d"]).contains("--out-dir"));
        assert!(error(&["render"]).contains("<PLANS>"));
        assert!(error(&["history"]).contains("<PLAN>"));
    }

    #[test]
    fn colour_is_a_global_flag() {
        let cli = parse(&["validate", "--color", "never", "x.yaml"]).unwrap();
        assert_eq!(cli.color, Color::Never);
        assert!(error(&["--color", "sometimes", "schema"]).contains("auto, always, never"));
    }
}
