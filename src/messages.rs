//! What `ip` says to the person at the terminal, in their language: bokmål, nynorsk or
//! English, through Project Fluent. Messages are data: one file per language
//! (`i18n/en.ftl`, `i18n/nb.ftl`, `i18n/nn.ftl`, embedded in the binary), every text an
//! id; code asks for [`msg`]`(id, args)` and never holds words of its own. Fluent, not a
//! table like `i18n.rs`: these messages carry numbers, and "1 plan"/"2 planer"/"2 planar"
//! are plural rules per language (Fluent's selectors), not code.
//!
//! Which language, decided once per run, before clap parses the command line
//! (`cmd::language`), for every command and for clap's help and usage errors:
//! 1. the global `--lang nb|nn|en`;
//! 2. else `language` in ip.toml;
//! 3. else the locale: the first set of `LC_ALL`, `LC_MESSAGES`, `LANG` (as POSIX
//!    orders them): `nb*` and `no*` are bokmål, `nn*` nynorsk, `en*` English, anything
//!    else (`C`, `POSIX`, `de_DE.UTF-8`) English;
//! 4. else English.
//!
//! This is the language of messages only. `ip render` keeps its own rule for the labels
//! of a printed plan (its `--lang`, else the plan's `language`, …: `render.rs`), since a
//! plan is printed for a family, whatever the coordinator's terminal speaks.
//!
//! The choice is process-wide (an atomic beside three bundles built once), so the error
//! type's `Display` can speak it too without every caller passing it. JSON keys, rule
//! codes and machine formats (json, sarif, gitlab, junit, github, csv headers) stay
//! English: scripts read them.
//!
//! Findings speak it too: the checks, the structural check and the YAML layer build their
//! messages here (ids `finding-*`), as do the change texts of `ip history`/`ip diff`
//! (`change-*`), git's contexts (`git-*`; git's own words stay git's) and the inner texts
//! of errors. Ids are named whole in the code, never built from parts, so a test can find
//! every one and fail on an id en.ftl lacks. Where a text varies with a word (a noun of the
//! field table, a YAML type, a rule's place), code passes that word as a stable English key
//! and the .ftl files select on it, so grammar stays in the message files.
//!
//! Beside these files: `ip explain`'s full texts (src/explain.rs, Markdown per rule in
//! `i18n/explain/`), the field descriptions of the schema and of findings' help
//! (src/field_docs.rs, `i18n/schema/`), `ip new`'s skeleton (`templates/`) and the labels
//! of a printed plan (src/i18n.rs). Not here: miette's own `help:` label.
//!
//! The command line's texts (clap's help and usage errors, `cmd::localize`) are a second
//! resource in the same bundles, `i18n/cli/{en,nb,nn}.ftl`: the English help of commands
//! and arguments is their doc comments, so cli/en.ftl holds only clap's own words.

use std::borrow::Cow;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::i18n::Lang;

/// The message files, embedded.
const SOURCES: [(Lang, &str); 3] = [
    (Lang::Nb, include_str!("../i18n/nb.ftl")),
    (Lang::Nn, include_str!("../i18n/nn.ftl")),
    (Lang::En, include_str!("../i18n/en.ftl")),
];

/// The command line's texts (`cmd::localize`), a resource of their own in the same
/// bundles: clap's words and usage errors in all three languages, and the help of every
/// command and argument in bokmål and nynorsk (English help is the doc comments').
const CLI_SOURCES: [(Lang, &str); 3] = [
    (Lang::Nb, include_str!("../i18n/cli/nb.ftl")),
    (Lang::Nn, include_str!("../i18n/cli/nn.ftl")),
    (Lang::En, include_str!("../i18n/cli/en.ftl")),
];

/// The messages of one language.
pub struct Messages {
    pub lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

/// An argument of a message: text, or a number (which plural forms select on).
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(s: Cow<'a, str>) -> Self {
        Arg::Text(s)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Number(n.into())
    }
}

impl Messages {
    fn new(lang: Lang, sources: [(&str, &str); 2]) -> Messages {
        let id: unic_langid::LanguageIdentifier =
            lang.code().parse().expect("nb, nn and en are language ids");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around arguments: output goes to terminals and logs,
        // where the marks are invisible noise that breaks grep and copy-paste.
        bundle.set_use_isolating(false);
        for (folder, source) in sources {
            let file = format!("i18n/{folder}{}.ftl", lang.code());
            let resource = FluentResource::try_new(source.to_owned())
                .unwrap_or_else(|(_, errors)| panic!("{file}: {errors:?}"));
            // An id in both files is an error here: no text silently shadows another.
            bundle
                .add_resource(resource)
                .unwrap_or_else(|errors| panic!("{file}: {errors:?}"));
        }
        Messages { lang, bundle }
    }

    /// The messages of `lang`, built on first use.
    pub fn of(lang: Lang) -> &'static Messages {
        static ALL: OnceLock<Vec<Messages>> = OnceLock::new();
        let all = ALL.get_or_init(|| {
            SOURCES
                .iter()
                .zip(CLI_SOURCES)
                .map(|((lang, source), (_, cli))| {
                    Messages::new(*lang, [("", source), ("cli/", cli)])
                })
                .collect()
        });
        all.iter()
            .find(|m| m.lang == lang)
            .expect("every language has messages")
    }

    /// The text of message `id` with its arguments. An unknown id or a missing argument
    /// is a bug: it fails tests (debug builds) and shows the id in a release build.
    pub fn msg(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            debug_assert!(false, "no message {id} in {}", self.lang.code());
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Text(s) => FluentValue::from(s.as_ref()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        debug_assert!(
            errors.is_empty(),
            "message {id} in {}: {errors:?}",
            self.lang.code()
        );
        text.into_owned()
    }
}

static CHOSEN: AtomicU8 = AtomicU8::new(2);

fn index(lang: Lang) -> u8 {
    match lang {
        Lang::Nb => 0,
        Lang::Nn => 1,
        Lang::En => 2,
    }
}

/// Speak `lang` from now on (the command line, then ip.toml, decide it: `cmd::run`).
pub fn set(lang: Lang) {
    CHOSEN.store(index(lang), Ordering::Relaxed);
}

/// The language messages are in now (English until [`set`]).
pub fn current() -> Lang {
    match CHOSEN.load(Ordering::Relaxed) {
        0 => Lang::Nb,
        1 => Lang::Nn,
        _ => Lang::En,
    }
}

/// Message `id` in the chosen language: `msg("due-in-days", &[("days", 3.into())])`.
pub fn msg(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    Messages::of(current()).msg(id, args)
}

/// The language of messages: `--lang`, else ip.toml's `language`, else the locale read
/// through `var` (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
pub fn choose(
    flag: Option<Lang>,
    config: Option<Lang>,
    var: impl Fn(&str) -> Option<String>,
) -> Lang {
    flag.or(config)
        .or_else(|| {
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|name| var(name))
                .find(|value| !value.is_empty())
                .map(|locale| from_locale(&locale))
        })
        .unwrap_or(Lang::En)
}

/// `nb_NO.UTF-8` → bokmål, `no_NO` → bokmål, `nn_NO` → nynorsk, others English.
pub fn from_locale(locale: &str) -> Lang {
    let locale = locale.to_ascii_lowercase();
    if locale.starts_with("nb") || locale.starts_with("no") {
        Lang::Nb
    } else if locale.starts_with("nn") {
        Lang::Nn
    } else {
        Lang::En
    }
}

/// The process environment, for [`choose`].
pub fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// The ids of `i18n/cli/LANG.ftl` (for the test that every command and argument has its
/// Norwegian text, in `cmd::localize`).
#[cfg(test)]
pub(crate) fn cli_ids(lang: Lang) -> std::collections::BTreeSet<String> {
    let (_, source) = CLI_SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .expect("every language has a cli file");
    fluent_syntax::parser::parse(*source)
        .expect("the .ftl file parses")
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::*;

    fn variables_of_inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => variables_of(expression, out),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    variables_of_inline(a, out);
                }
                for a in &arguments.named {
                    variables_of_inline(&a.value, out);
                }
            }
            _ => {}
        }
    }

    fn variables_of(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Inline(inline) => variables_of_inline(inline, out),
            ast::Expression::Select { selector, variants } => {
                variables_of_inline(selector, out);
                for v in variants {
                    variables_of_pattern(&v.value, out);
                }
            }
        }
    }

    fn variables_of_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                variables_of(expression, out);
            }
        }
    }

    /// Every message of a file: id → the variables it uses.
    fn messages_of(source: &'static str) -> BTreeMap<String, BTreeSet<String>> {
        let resource = ast_of(source);
        let mut out = BTreeMap::new();
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    variables_of_pattern(p, &mut vars);
                }
                assert!(m.attributes.is_empty(), "{}: one id per text", m.id.name);
                out.insert(m.id.name.to_owned(), vars);
            }
        }
        out
    }

    /// The English messages: i18n/en.ftl and i18n/cli/en.ftl.
    fn english() -> BTreeMap<String, BTreeSet<String>> {
        let mut en = messages_of(SOURCES[2].1);
        en.extend(messages_of(CLI_SOURCES[2].1));
        en
    }

    fn ast_of(source: &'static str) -> ast::Resource<&'static str> {
        fluent_syntax::parser::parse(source).expect("the .ftl file parses")
    }

    #[test]
    fn every_message_is_in_every_language_with_the_same_variables() {
        let en = messages_of(SOURCES[2].1);
        assert!(en.len() > 50);
        for (lang, source) in SOURCES {
            let these = messages_of(source);
            for (id, vars) in &en {
                let theirs = these
                    .get(id)
                    .unwrap_or_else(|| panic!("{id} is missing in i18n/{}.ftl", lang.code()));
                assert_eq!(
                    theirs,
                    vars,
                    "{id}: the variables of i18n/{}.ftl differ from en.ftl",
                    lang.code()
                );
            }
            for id in these.keys() {
                assert!(
                    en.contains_key(id),
                    "{id} is in i18n/{}.ftl but not in en.ftl",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn every_word_of_the_command_line_is_in_every_language_with_the_same_variables() {
        let en = messages_of(CLI_SOURCES[2].1);
        assert!(en.contains_key("cli-usage") && en.contains_key("cli-error-unknown-argument"));
        for (lang, source) in CLI_SOURCES {
            let these = messages_of(source);
            for (id, vars) in &en {
                let theirs = these
                    .get(id)
                    .unwrap_or_else(|| panic!("{id} is missing in i18n/cli/{}.ftl", lang.code()));
                assert_eq!(
                    theirs,
                    vars,
                    "{id}: the variables of i18n/cli/{}.ftl differ from cli/en.ftl",
                    lang.code()
                );
            }
        }
        // The help texts (nb and nn only) take no arguments.
        for (lang, source) in &CLI_SOURCES[..2] {
            for (id, vars) in messages_of(source) {
                assert!(
                    en.contains_key(&id) || vars.is_empty(),
                    "{id} in i18n/cli/{}.ftl uses {vars:?}",
                    lang.code()
                );
            }
        }
    }

    /// Every message id the code names: each string literal in `src/` that looks like an
    /// id (lowercase words joined by `-`) and starts as some id of en.ftl does ("finding-",
    /// "change-", "git-", …). Ids are named whole in the code, never built, so this finds
    /// them all.
    fn ids_in_code() -> BTreeMap<String, String> {
        let en = english();
        let prefixes: BTreeSet<&str> = en
            .keys()
            .filter_map(|id| id.split_once('-').map(|(p, _)| p))
            .collect();
        let mut found = BTreeMap::new();
        let mut files = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(path) = files.pop() {
            if path.is_dir() {
                files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for (at, _) in text.match_indices('"') {
                let rest = &text[at + 1..];
                let len = rest
                    .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
                    .unwrap_or(rest.len());
                let word = &rest[..len];
                let Some((prefix, _)) = word.split_once('-') else {
                    continue;
                };
                if rest[len..].starts_with('"')
                    && prefixes.contains(prefix)
                    && !word.ends_with('-')
                    && word.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                {
                    found.insert(word.to_owned(), path.display().to_string());
                }
            }
        }
        found
    }

    #[test]
    fn every_id_the_code_asks_for_is_in_en_ftl() {
        let en = english();
        // Help texts of the command line are in nb and nn only (English help is the doc
        // comments'); cmd::localize's test checks those.
        let help = cli_ids(Lang::Nb);
        let asked = ids_in_code();
        // The scan sees the ids: it must not pass by finding nothing.
        assert!(asked.contains_key("validate-summary") && asked.contains_key("finding-syntax-tab"));
        assert!(asked.contains_key("cli-error-unknown-argument"));
        let missing: Vec<String> = asked
            .iter()
            .filter(|(id, _)| !en.contains_key(*id) && !help.contains(*id))
            .map(|(id, file)| format!("{id} ({file})"))
            .collect();
        assert!(
            missing.is_empty(),
            "not in i18n/en.ftl (nor cli/en.ftl): {missing:?}"
        );
    }

    #[test]
    fn plurals_follow_each_language() {
        let summary = |lang, plans: usize, errors: usize| {
            Messages::of(lang).msg(
                "validate-summary",
                &[
                    ("plans", plans.into()),
                    ("valid", 1usize.into()),
                    ("invalid", (plans - 1).into()),
                    ("errors", errors.into()),
                    ("warnings", 0usize.into()),
                ],
            )
        };
        assert_eq!(
            summary(Lang::En, 3, 1),
            "3 plans checked: 1 valid, 2 invalid; 1 error, 0 warnings."
        );
        assert_eq!(
            summary(Lang::Nb, 1, 2),
            "1 plan kontrollert: 1 gyldig, 0 ugyldige; 2 feil, 0 advarsler."
        );
        assert_eq!(
            summary(Lang::Nn, 2, 1),
            "2 planar kontrollerte: 1 gyldig, 1 ugyldig; 1 feil, 0 åtvaringar."
        );
    }

    #[test]
    fn the_flag_wins_then_ip_toml_then_the_locale_then_english() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        let nb_locale = env(&[("LANG", "nb_NO.UTF-8")]);
        assert_eq!(choose(Some(Lang::En), Some(Lang::Nn), nb_locale), Lang::En);
        assert_eq!(choose(None, Some(Lang::Nn), nb_locale), Lang::Nn);
        assert_eq!(choose(None, None, nb_locale), Lang::Nb);
        assert_eq!(choose(None, None, env(&[])), Lang::En);
        // LC_ALL before LC_MESSAGES before LANG; an empty one does not count.
        let ordered = env(&[
            ("LC_ALL", ""),
            ("LC_MESSAGES", "nn_NO.UTF-8"),
            ("LANG", "nb_NO"),
        ]);
        assert_eq!(choose(None, None, ordered), Lang::Nn);
        assert_eq!(
            choose(None, None, env(&[("LC_ALL", "C"), ("LANG", "nb_NO")])),
            Lang::En
        );
        assert_eq!(from_locale("no_NO.UTF-8"), Lang::Nb);
        assert_eq!(from_locale("POSIX"), Lang::En);
        assert_eq!(from_locale("de_DE.UTF-8"), Lang::En);
        assert_eq!(from_locale("en_GB.UTF-8"), Lang::En);
    }
}
