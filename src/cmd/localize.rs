//! clap's help and usage errors in the language of messages. The English stays where it
//! is, in the derive doc comments of the commands (so rustdoc, clap and the man pages and
//! completions, which stay English, read naturally); bokmål and nynorsk are Fluent texts
//! in `i18n/cli/{nb,nn}.ftl`, put onto the built clap `Command` at run time.
//!
//! Ids come from the command path and the argument id, never written by hand in code:
//! `cli-about` (ip itself), `cli-validate-about`, `cli-arg-color` (a global option, the
//! same under every command), `cli-validate-arg-deny-warnings`, a possible value's help
//! `cli-validate-arg-format-value-json`, a placeholder `cli-placeholder-file`. The same
//! walk that applies the texts lists the ids, so a test (below) fails when a command or
//! argument has no Norwegian text, and when the files hold a text for none.
//!
//! clap writes some words itself: "Usage:", the headings, "[OPTIONS]", "[default: …]",
//! "[possible values: …]", "Possible values:". In Norwegian, ip writes them instead: its
//! own help template with the headings, the usage with "[VALG]"/"[VAL]", and the default
//! and the possible values appended to each help text (clap's own hidden). English is
//! left exactly as clap writes it.
//!
//! Usage errors are written here, in every language, from the error's kind and context
//! (clap's wording in English), in ip's error style: `error-prefix`, the tips, the usage,
//! and where to read more. Help and version are printed by clap, from the localized
//! command.

use std::fmt::Write as _;

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::Lang;
use crate::messages::{Arg, Messages};

/// A text for an id (with its arguments), in the language being applied.
type Texts<'a> = dyn FnMut(&str, &[(&str, Arg<'_>)]) -> String + 'a;

/// The command in `lang`: unchanged in English.
pub fn localized(mut cmd: clap::Command, lang: Lang) -> clap::Command {
    if lang == Lang::En {
        return cmd;
    }
    let messages = Messages::of(lang);
    apply(&mut cmd, &mut |id, args| messages.msg(id, args));
    cmd
}

/// Builds `cmd` (so that clap's own `--help`, `--version` and `help` exist and global
/// options are copied into every command) and puts `text(id)` wherever clap would show
/// English. The layout (short or long help) is decided by the build, from the English,
/// so it stays the same in every language.
fn apply(cmd: &mut clap::Command, text: &mut Texts<'_>) {
    cmd.build();
    apply_to(cmd, &[], text);
}

/// The part of an id that names a command: `""` for ip, `"validate-"`, …; the `help`
/// command's own subcommands stand for the commands of the same name.
fn prefix(path: &[String]) -> String {
    match path.last() {
        Some(last) if last == "help" => "help-".to_owned(),
        _ => path
            .iter()
            .filter(|name| *name != "help")
            .map(|name| format!("{name}-"))
            .collect(),
    }
}

/// `stdin_filename` → `stdin-filename`.
fn kebab(id: &str) -> String {
    id.replace('_', "-")
}

fn apply_to(cmd: &mut clap::Command, path: &[String], text: &mut Texts<'_>) {
    let here = prefix(path);
    let about = text(&format!("cli-{here}about"), &[]);
    let mut owned = std::mem::take(cmd).about(about);
    if owned.get_long_about().is_some() {
        owned = owned.long_about(None::<&'static str>);
    }
    let styles = owned.get_styles().clone();
    // `mut_args` and `get_subcommands_mut` keep the order: the built command's keymap
    // points into its list of arguments (`mut_arg` would move one to the end).
    owned = owned.mut_args(|arg| {
        let arg_prefix = match arg.get_id().as_str() {
            "help" | "version" => "cli-arg-".to_owned(),
            _ if arg.is_global_set() => "cli-arg-".to_owned(),
            _ => format!("cli-{here}arg-"),
        };
        localize_arg(arg, &arg_prefix, text)
    });
    for sub in owned.get_subcommands_mut() {
        let mut sub_path = path.to_vec();
        sub_path.push(sub.get_name().to_owned());
        apply_to(sub, &sub_path, text);
    }
    owned = owned.subcommand_value_name(text("cli-placeholder-command", &[]));
    let template = template(&owned, &styles, text);
    owned = owned.help_template(template);
    let usage = usage(&mut owned, text);
    *cmd = owned.override_usage(usage);
}

/// An argument's help, placeholders, default and possible values in the language.
fn localize_arg(mut arg: clap::Arg, prefix: &str, text: &mut Texts<'_>) -> clap::Arg {
    let id = kebab(arg.get_id().as_str());
    // clap's own --help says where the other form is when the command has a long help.
    if id == "help" && arg.get_long_help().is_some() {
        return arg
            .help(text("cli-arg-help-more", &[]))
            .long_help(text("cli-arg-help-summary", &[]));
    }
    let help = text(&format!("{prefix}{id}"), &[]);
    let takes_values = arg.get_action().takes_values();
    if let Some(names) = arg.get_value_names().filter(|_| takes_values) {
        let names: Vec<String> = names
            .iter()
            .map(|name| {
                text(
                    &format!("cli-placeholder-{}", name.to_lowercase().replace('_', "-")),
                    &[],
                )
            })
            .collect();
        arg = arg.value_names(names);
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let default = (takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set())
        .then(|| text("cli-default", &[("value", defaults.join(" ").into())]));
    let values: Vec<clap::builder::PossibleValue> = if arg.is_hide_possible_values_set() {
        Vec::new()
    } else {
        arg.get_possible_values()
            .into_iter()
            .filter(|v| !v.is_hide_set())
            .collect()
    };
    let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
    let listed = (!names.is_empty()).then(|| {
        text(
            "cli-possible-values",
            &[("values", names.join(", ").into())],
        )
    });
    // In long help, clap lists values that have a help of their own one per line.
    let mut long = help.clone();
    if values.iter().any(|v| v.get_help().is_some()) {
        let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
        let _ = write!(long, "\n\n{}", text("cli-possible-values-heading", &[]));
        for value in &values {
            let name = value.get_name();
            let pad = width - name.chars().count();
            let value_help = if value.get_help().is_some() {
                text(&format!("{prefix}{id}-value-{}", kebab(name)), &[])
            } else {
                String::new()
            };
            let _ = write!(long, "\n- {name}: {:pad$}{value_help}", "");
        }
        if let Some(default) = &default {
            let _ = write!(long, "\n\n{default}");
        }
    } else {
        let specs: Vec<&String> = default.iter().chain(listed.iter()).collect();
        if !specs.is_empty() {
            long.push_str("\n\n");
            long.push_str(
                &specs
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
        }
    }
    let mut short = help;
    for spec in default.iter().chain(listed.iter()) {
        short.push(' ');
        short.push_str(spec);
    }
    arg.help(short)
        .long_help(long)
        .hide_default_value(true)
        .hide_possible_values(true)
}

/// clap's default help template with the headings in the language (only those the
/// command has).
fn template(
    cmd: &clap::Command,
    styles: &clap::builder::Styles,
    text: &mut Texts<'_>,
) -> StyledStr {
    let header = styles.get_header();
    let usage = styles.get_usage();
    let mut out = format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{}{usage:#} {{usage}}",
        text("cli-usage", &[])
    );
    let visible_subcommands = cmd.get_subcommands().any(|s| !s.is_hide_set());
    let positionals = cmd.get_positionals().any(|a| !a.is_hide_set());
    let options = cmd
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set());
    for (shown, heading, tag) in [
        (visible_subcommands, "cli-commands", "subcommands"),
        (positionals, "cli-arguments", "positionals"),
        (options, "cli-options", "options"),
    ] {
        if shown {
            let _ = write!(
                out,
                "\n\n{header}{}{header:#}\n{{{tag}}}",
                text(heading, &[])
            );
        }
    }
    out.push_str("{after-help}");
    StyledStr::from(out)
}

/// The usage line with the placeholders in the language (clap writes `[OPTIONS]` itself).
fn usage(cmd: &mut clap::Command, text: &mut Texts<'_>) -> StyledStr {
    let rendered = cmd.render_usage().to_string();
    let line = rendered
        .split_once(": ")
        .map_or(rendered.as_str(), |(_, rest)| rest);
    let options = format!("[{}]", text("cli-placeholder-options", &[]));
    StyledStr::from(line.replace("[OPTIONS]", &options))
}

/// A usage error as ip writes it, in `lang`: the message, tips, the usage line and where
/// to read more. English reads as clap's own.
pub fn usage_error(error: &clap::Error, lang: Lang) -> String {
    let m = Messages::of(lang);
    let text = |id: &str, args: &[(&str, Arg<'_>)]| m.msg(id, args);
    let string = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let strings = |kind| match error.get(kind) {
        Some(ContextValue::Strings(s)) => s.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let number = |kind| match error.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    };
    let quoted = |items: &[String]| {
        items
            .iter()
            .map(|s| format!("'{s}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let arg = string(ContextKind::InvalidArg);
    let value = string(ContextKind::InvalidValue);
    let mut out = format!("{}: ", text("error-prefix", &[]));
    let message = match error.kind() {
        ErrorKind::UnknownArgument => arg
            .as_deref()
            .map(|a| text("cli-error-unknown-argument", &[("arg", a.into())])),
        ErrorKind::InvalidSubcommand => string(ContextKind::InvalidSubcommand)
            .map(|s| text("cli-error-invalid-subcommand", &[("subcommand", s.into())])),
        ErrorKind::InvalidValue => arg.as_deref().zip(value.as_deref()).map(|(a, v)| {
            let mut line = if v.is_empty() {
                text("cli-error-value-required", &[("arg", a.into())])
            } else {
                text(
                    "cli-error-invalid-value",
                    &[("arg", a.into()), ("value", v.into())],
                )
            };
            let valid = strings(ContextKind::ValidValue);
            if !valid.is_empty() {
                let _ = write!(
                    line,
                    "\n  {}",
                    text(
                        "cli-possible-values",
                        &[("values", valid.join(", ").into())]
                    )
                );
            }
            line
        }),
        ErrorKind::ValueValidation => arg.as_deref().zip(value.as_deref()).map(|(a, v)| {
            let mut line = text(
                "cli-error-invalid-value",
                &[("arg", a.into()), ("value", v.into())],
            );
            if let Some(source) = std::error::Error::source(error) {
                let _ = write!(line, ": {source}");
            }
            line
        }),
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(ContextKind::InvalidArg);
            (!missing.is_empty()).then(|| {
                let mut line = text("cli-error-missing-required", &[]);
                for arg in missing {
                    let _ = write!(line, "\n  {arg}");
                }
                line
            })
        }
        ErrorKind::MissingSubcommand => string(ContextKind::InvalidSubcommand).map(|s| {
            let mut line = text("cli-error-missing-subcommand", &[("command", s.into())]);
            let valid = strings(ContextKind::ValidSubcommand);
            if !valid.is_empty() {
                let _ = write!(
                    line,
                    "\n  {}",
                    text("cli-subcommands", &[("values", valid.join(", ").into())])
                );
            }
            line
        }),
        ErrorKind::ArgumentConflict => {
            let prior = error.get(ContextKind::PriorArg);
            let subcommand = string(ContextKind::InvalidSubcommand);
            let (id, name) = match (&arg, &subcommand) {
                (Some(a), _) => ("cli-error-conflict", a.clone()),
                (None, Some(s)) => ("cli-error-subcommand-conflict", s.clone()),
                (None, None) => ("", String::new()),
            };
            let others = |count: usize, others: String| {
                text(
                    id,
                    &[
                        ("arg", name.clone().into()),
                        ("others", others.into()),
                        ("count", count.into()),
                    ],
                )
            };
            (!id.is_empty()).then(|| match prior {
                Some(ContextValue::String(p)) if arg.as_ref() == Some(p) => text(
                    "cli-error-conflict-repeated",
                    &[("arg", name.clone().into())],
                ),
                Some(ContextValue::String(p)) => others(1, format!("'{p}'")),
                Some(ContextValue::Strings(ps)) => {
                    let mut line = others(ps.len().max(2), String::new());
                    for p in ps {
                        let _ = write!(line, "\n  {p}");
                    }
                    line
                }
                _ => others(0, String::new()),
            })
        }
        ErrorKind::NoEquals => arg
            .as_deref()
            .map(|a| text("cli-error-no-equals", &[("arg", a.into())])),
        ErrorKind::TooManyValues => arg.as_deref().zip(value.as_deref()).map(|(a, v)| {
            text(
                "cli-error-too-many-values",
                &[("arg", a.into()), ("value", v.into())],
            )
        }),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let expected =
                number(ContextKind::MinValues).or_else(|| number(ContextKind::ExpectedNumValues));
            arg.as_deref()
                .zip(expected)
                .zip(number(ContextKind::ActualNumValues))
                .map(|((a, expected), actual)| {
                    text(
                        "cli-error-number-of-values",
                        &[
                            ("arg", a.into()),
                            ("expected", (expected as i64).into()),
                            ("actual", (actual as i64).into()),
                        ],
                    )
                })
        }
        ErrorKind::InvalidUtf8 => Some(text("cli-error-invalid-utf8", &[])),
        _ => None,
    };
    // A kind ip does not word itself (none of ip's arguments gives one): clap's text.
    match message {
        Some(message) => out.push_str(&message),
        None => {
            let clap_text = error.render().to_string();
            let rest = clap_text
                .lines()
                .next()
                .and_then(|l| l.split_once(": ").map(|(_, r)| r.to_owned()))
                .unwrap_or(clap_text);
            out.push_str(&rest);
        }
    }
    let mut tips = Vec::new();
    for (kind, id) in [
        (
            ContextKind::SuggestedSubcommand,
            "cli-tip-similar-subcommand",
        ),
        (ContextKind::SuggestedArg, "cli-tip-similar-argument"),
        (ContextKind::SuggestedValue, "cli-tip-similar-value"),
    ] {
        let similar = strings(kind);
        if !similar.is_empty() {
            tips.push(text(
                id,
                &[
                    ("names", quoted(&similar).into()),
                    ("count", similar.len().into()),
                ],
            ));
        }
    }
    if let Some(ContextValue::StyledStrs(suggestions)) = error.get(ContextKind::Suggested) {
        for suggestion in suggestions {
            tips.push(suggested(&suggestion.to_string(), m));
        }
    }
    if !tips.is_empty() {
        out.push('\n');
        for tip in tips {
            let _ = write!(out, "\n  {}: {tip}", text("cli-tip", &[]));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let line = usage.split_once(": ").map_or(usage.as_str(), |(_, r)| r);
        let _ = write!(out, "\n\n{} {line}", text("cli-usage", &[]));
    }
    let _ = write!(
        out,
        "\n\n{}\n",
        text("cli-more-information", &[("flag", "--help".into())])
    );
    out
}

/// clap's composed tips, recognised by their English shape and said again in the
/// language; one not recognised is shown as clap wrote it.
fn suggested(tip: &str, m: &Messages) -> String {
    let text = |id: &str, args: &[(&str, Arg<'_>)]| m.msg(id, args);
    if let Some(rest) = tip.strip_prefix("to pass '") {
        if let Some((arg, rest)) = rest.split_once("' as a value, use '") {
            if let Some(write) = rest.strip_suffix('\'') {
                return text(
                    "cli-tip-as-value",
                    &[("arg", arg.into()), ("write", write.into())],
                );
            }
        }
    }
    if let Some(rest) = tip.strip_prefix("subcommand '") {
        if let Some((name, _)) = rest.split_once("' exists; to use it, remove the '--'") {
            return text("cli-tip-remove-dashes", &[("subcommand", name.into())]);
        }
    }
    if let Some(exists) = tip
        .strip_prefix('\'')
        .and_then(|t| t.strip_suffix("' exists"))
    {
        return text("cli-tip-exists", &[("arg", exists.into())]);
    }
    tip.to_owned()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// Every id the walk asks for, over the whole command tree.
    fn asked() -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        let mut cmd = super::super::command("ip");
        apply(&mut cmd, &mut |id, _| {
            ids.insert(id.to_owned());
            format!("<{id}>")
        });
        ids
    }

    #[test]
    fn the_walk_reaches_every_command_and_argument() {
        let ids = asked();
        for id in [
            "cli-about",
            "cli-validate-about",
            "cli-validate-arg-deny-warnings",
            "cli-validate-arg-format-value-json",
            "cli-arg-color",
            "cli-arg-help",
            "cli-arg-help-more",
            "cli-arg-version",
            "cli-help-about",
            "cli-man-arg-out-dir",
            "cli-placeholder-file",
        ] {
            assert!(ids.contains(id), "{id} not asked: {ids:#?}");
        }
    }

    #[test]
    fn every_command_and_argument_has_a_norwegian_text_and_every_text_an_argument() {
        let asked = asked();
        let words = crate::messages::cli_ids(Lang::En);
        for lang in [Lang::Nb, Lang::Nn] {
            let theirs = crate::messages::cli_ids(lang);
            let missing: Vec<&String> = asked.iter().filter(|id| !theirs.contains(*id)).collect();
            assert!(
                missing.is_empty(),
                "not in i18n/cli/{}.ftl: {missing:#?}",
                lang.code()
            );
            let unused: Vec<&String> = theirs
                .iter()
                .filter(|id| !asked.contains(*id) && !words.contains(*id))
                .collect();
            assert!(
                unused.is_empty(),
                "in i18n/cli/{}.ftl but no command, argument or word of cli/en.ftl: {unused:#?}",
                lang.code()
            );
        }
    }

    fn help_of(args: &[&str], lang: Lang) -> String {
        let cmd = localized(super::super::command("ip"), lang);
        let error = cmd
            .try_get_matches_from(std::iter::once("ip").chain(args.iter().copied()))
            .expect_err("help");
        assert_eq!(error.kind(), ErrorKind::DisplayHelp);
        error.render().to_string()
    }

    fn error_of(args: &[&str], lang: Lang) -> String {
        let cmd = localized(super::super::command("ip"), lang);
        let error = cmd
            .try_get_matches_from(std::iter::once("ip").chain(args.iter().copied()))
            .expect_err("refused");
        usage_error(&error, lang)
    }

    #[test]
    fn english_usage_errors_read_as_clap_writes_them() {
        for args in [
            &["validate", "--frmat", "json"][..],
            &["valdate"],
            &["validate", "--format", "xml"],
            &["due", "--as-of", "01.12.2026"],
            &["render"],
            &["revise", "p.yaml", "-m", "x"],
            &["validate", "--format"],
            &["--quiet", "--verbose", "schema"],
            &["schema", "extra"],
            &["--config", "a", "--no-config", "schema"],
        ] {
            let clap_error = super::super::command("ip")
                .try_get_matches_from(std::iter::once("ip").chain(args.iter().copied()))
                .expect_err("refused");
            assert_eq!(
                error_of(args, Lang::En),
                clap_error.render().to_string(),
                "{args:?}"
            );
        }
    }

    #[test]
    fn norwegian_help_has_no_english_of_clap() {
        for lang in [Lang::Nb, Lang::Nn] {
            for args in [
                &["--help"][..],
                &["validate", "--help"],
                &["render", "-h"],
                &["help"],
            ] {
                let help = help_of(args, lang);
                for english in [
                    "Usage:",
                    "Options:",
                    "Commands:",
                    "Arguments:",
                    "[OPTIONS]",
                    "[default:",
                    "possible values",
                    "Possible values",
                    "Print help",
                    "Print version",
                    "Print this message",
                ] {
                    assert!(!help.contains(english), "{english} in {args:?}:\n{help}");
                }
            }
        }
        let nn = help_of(&["validate", "--help"], Lang::Nn);
        assert!(nn.contains("Bruk: ip validate [VAL] [STIAR]..."), "{nn}");
        assert!(nn.contains("Moglege verdiar:"), "{nn}");
    }

    #[test]
    fn norwegian_usage_errors_keep_names_and_values() {
        let nb = error_of(&["validate", "--frmat", "json"], Lang::Nb);
        assert!(nb.starts_with("feil: uventet argument '--frmat'"), "{nb}");
        assert!(nb.contains("tips: mente du '--format'?"), "{nb}");
        assert!(nb.contains("Prøv '--help' for mer informasjon."), "{nb}");
        let nn = error_of(&["validate", "--format", "xml"], Lang::Nn);
        assert!(
            nn.starts_with("feil: ugyldig verdi 'xml' for '--format <FORMAT>'"),
            "{nn}"
        );
        assert!(nn.contains("[moglege verdiar: text, json, github"), "{nn}");
        let nn = error_of(&["due", "--as-of", "01.12.2026"], Lang::Nn);
        assert!(nn.contains("'--as-of <DATO>'"), "{nn}");
        let nn = error_of(&["valdate"], Lang::Nn);
        assert!(nn.contains("ukjend kommando 'valdate'"), "{nn}");
        assert!(
            nn.contains("tips: meinte du ein av kommandoane 'calendar', 'validate'?"),
            "{nn}"
        );
        let nn = error_of(&["--", "--x"], Lang::Nn);
        assert!(!nn.contains(" as a value"), "{nn}");
    }
}
