//! What `ip explain` prints, in the language of messages: the rule's summary, the law it
//! enforces and its full text (what it checks, why, a wrong and a right example).
//!
//! English is written once, beside each rule (`src/rules/`), so a rule and its reasons are
//! read together. Bokmål and nynorsk are one Markdown file per rule and language,
//! `i18n/explain/{nb,nn}/IPxxx.md`: the summary on the first line, a blank line, then the
//! text. Long texts with headings and YAML examples are Markdown, not Fluent messages;
//! embedded with `include_str!`, so a missing file stops the build, and a test holds each
//! translation to its English text: the same rules, the same `§` citations, the same YAML
//! examples. The law's line (items a–i) and the words around it are Fluent messages
//! (`explain-*`).

use crate::i18n::Lang;
use crate::messages::msg;
use crate::rules::{self, Rule, Severity};

/// Every rule's text in bokmål and nynorsk, by code.
static TEXTS: &[(&str, &str, &str)] = &[
    (
        "IP001",
        include_str!("../i18n/explain/nb/IP001.md"),
        include_str!("../i18n/explain/nn/IP001.md"),
    ),
    (
        "IP002",
        include_str!("../i18n/explain/nb/IP002.md"),
        include_str!("../i18n/explain/nn/IP002.md"),
    ),
    (
        "IP003",
        include_str!("../i18n/explain/nb/IP003.md"),
        include_str!("../i18n/explain/nn/IP003.md"),
    ),
    (
        "IP004",
        include_str!("../i18n/explain/nb/IP004.md"),
        include_str!("../i18n/explain/nn/IP004.md"),
    ),
    (
        "IP005",
        include_str!("../i18n/explain/nb/IP005.md"),
        include_str!("../i18n/explain/nn/IP005.md"),
    ),
    (
        "IP006",
        include_str!("../i18n/explain/nb/IP006.md"),
        include_str!("../i18n/explain/nn/IP006.md"),
    ),
    (
        "IP007",
        include_str!("../i18n/explain/nb/IP007.md"),
        include_str!("../i18n/explain/nn/IP007.md"),
    ),
    (
        "IP008",
        include_str!("../i18n/explain/nb/IP008.md"),
        include_str!("../i18n/explain/nn/IP008.md"),
    ),
    (
        "IP009",
        include_str!("../i18n/explain/nb/IP009.md"),
        include_str!("../i18n/explain/nn/IP009.md"),
    ),
    (
        "IP010",
        include_str!("../i18n/explain/nb/IP010.md"),
        include_str!("../i18n/explain/nn/IP010.md"),
    ),
    (
        "IP011",
        include_str!("../i18n/explain/nb/IP011.md"),
        include_str!("../i18n/explain/nn/IP011.md"),
    ),
    (
        "IP020",
        include_str!("../i18n/explain/nb/IP020.md"),
        include_str!("../i18n/explain/nn/IP020.md"),
    ),
    (
        "IP021",
        include_str!("../i18n/explain/nb/IP021.md"),
        include_str!("../i18n/explain/nn/IP021.md"),
    ),
    (
        "IP022",
        include_str!("../i18n/explain/nb/IP022.md"),
        include_str!("../i18n/explain/nn/IP022.md"),
    ),
    (
        "IP023",
        include_str!("../i18n/explain/nb/IP023.md"),
        include_str!("../i18n/explain/nn/IP023.md"),
    ),
    (
        "IP024",
        include_str!("../i18n/explain/nb/IP024.md"),
        include_str!("../i18n/explain/nn/IP024.md"),
    ),
    (
        "IP025",
        include_str!("../i18n/explain/nb/IP025.md"),
        include_str!("../i18n/explain/nn/IP025.md"),
    ),
    (
        "IP026",
        include_str!("../i18n/explain/nb/IP026.md"),
        include_str!("../i18n/explain/nn/IP026.md"),
    ),
    (
        "IP027",
        include_str!("../i18n/explain/nb/IP027.md"),
        include_str!("../i18n/explain/nn/IP027.md"),
    ),
    (
        "IP028",
        include_str!("../i18n/explain/nb/IP028.md"),
        include_str!("../i18n/explain/nn/IP028.md"),
    ),
    (
        "IP029",
        include_str!("../i18n/explain/nb/IP029.md"),
        include_str!("../i18n/explain/nn/IP029.md"),
    ),
    (
        "IP030",
        include_str!("../i18n/explain/nb/IP030.md"),
        include_str!("../i18n/explain/nn/IP030.md"),
    ),
    (
        "IP031",
        include_str!("../i18n/explain/nb/IP031.md"),
        include_str!("../i18n/explain/nn/IP031.md"),
    ),
    (
        "IP032",
        include_str!("../i18n/explain/nb/IP032.md"),
        include_str!("../i18n/explain/nn/IP032.md"),
    ),
    (
        "IP033",
        include_str!("../i18n/explain/nb/IP033.md"),
        include_str!("../i18n/explain/nn/IP033.md"),
    ),
    (
        "IP034",
        include_str!("../i18n/explain/nb/IP034.md"),
        include_str!("../i18n/explain/nn/IP034.md"),
    ),
    (
        "IP035",
        include_str!("../i18n/explain/nb/IP035.md"),
        include_str!("../i18n/explain/nn/IP035.md"),
    ),
    (
        "IP036",
        include_str!("../i18n/explain/nb/IP036.md"),
        include_str!("../i18n/explain/nn/IP036.md"),
    ),
    (
        "IP037",
        include_str!("../i18n/explain/nb/IP037.md"),
        include_str!("../i18n/explain/nn/IP037.md"),
    ),
    (
        "IP038",
        include_str!("../i18n/explain/nb/IP038.md"),
        include_str!("../i18n/explain/nn/IP038.md"),
    ),
    (
        "IP039",
        include_str!("../i18n/explain/nb/IP039.md"),
        include_str!("../i18n/explain/nn/IP039.md"),
    ),
    (
        "IP040",
        include_str!("../i18n/explain/nb/IP040.md"),
        include_str!("../i18n/explain/nn/IP040.md"),
    ),
    (
        "IP041",
        include_str!("../i18n/explain/nb/IP041.md"),
        include_str!("../i18n/explain/nn/IP041.md"),
    ),
    (
        "IP042",
        include_str!("../i18n/explain/nb/IP042.md"),
        include_str!("../i18n/explain/nn/IP042.md"),
    ),
    (
        "IP050",
        include_str!("../i18n/explain/nb/IP050.md"),
        include_str!("../i18n/explain/nn/IP050.md"),
    ),
    (
        "IP051",
        include_str!("../i18n/explain/nb/IP051.md"),
        include_str!("../i18n/explain/nn/IP051.md"),
    ),
    (
        "IP052",
        include_str!("../i18n/explain/nb/IP052.md"),
        include_str!("../i18n/explain/nn/IP052.md"),
    ),
    (
        "IP053",
        include_str!("../i18n/explain/nb/IP053.md"),
        include_str!("../i18n/explain/nn/IP053.md"),
    ),
    (
        "IP054",
        include_str!("../i18n/explain/nb/IP054.md"),
        include_str!("../i18n/explain/nn/IP054.md"),
    ),
    (
        "IP055",
        include_str!("../i18n/explain/nb/IP055.md"),
        include_str!("../i18n/explain/nn/IP055.md"),
    ),
    (
        "IP056",
        include_str!("../i18n/explain/nb/IP056.md"),
        include_str!("../i18n/explain/nn/IP056.md"),
    ),
];

/// The summary and full text of a rule in a language.
pub fn text(rule: &Rule, lang: Lang) -> (&'static str, &'static str) {
    let translated =
        TEXTS
            .iter()
            .find(|(code, ..)| *code == rule.code)
            .map(|(_, nb, nn)| match lang {
                Lang::Nb => Some(*nb),
                Lang::Nn => Some(*nn),
                Lang::En => None,
            });
    match translated.flatten() {
        Some(file) => {
            let (summary, doc) = file.split_once('\n').unwrap_or((file, ""));
            (summary.trim(), doc.trim())
        }
        None => (rule.summary, rule.doc.trim()),
    }
}

/// The summary of a rule in the language of messages.
pub fn summary(rule: &Rule) -> &'static str {
    text(rule, crate::messages::current()).0
}

/// What the law asks for under one item (a–i) of the regulation's content list.
fn item(letter: char) -> String {
    match letter {
        'a' => msg("explain-item-a", &[]),
        'b' => msg("explain-item-b", &[]),
        'c' => msg("explain-item-c", &[]),
        'd' => msg("explain-item-d", &[]),
        'e' => msg("explain-item-e", &[]),
        'f' => msg("explain-item-f", &[]),
        'g' => msg("explain-item-g", &[]),
        'h' => msg("explain-item-h", &[]),
        'i' => msg("explain-item-i", &[]),
        _ => String::new(),
    }
}

/// The full text of a rule, as `ip explain` prints it, in the language of messages.
pub fn explain(rule: &Rule) -> String {
    let (summary, doc) = text(rule, crate::messages::current());
    let severity = match rule.severity {
        Severity::Error => msg("explain-error", &[]),
        Severity::Warning => msg("explain-warning", &[]),
    };
    let law = match rule.item {
        Some(letter) => format!(
            "\n{}\n",
            msg(
                "explain-law",
                &[
                    ("letter", letter.to_string().into()),
                    ("item", item(letter).into()),
                ],
            )
        ),
        None => String::new(),
    };
    format!(
        "{} {} ({severity})\n{summary}\n{law}\n{doc}\n",
        rule.code, rule.name
    )
}

/// `ip explain all`: one line per rule, the names padded to one column.
pub fn list() -> String {
    let width = rules::REGISTRY
        .iter()
        .map(|r| r.name.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for rule in rules::REGISTRY {
        let item = rule.item.map_or(String::from(" "), String::from);
        out.push_str(&format!(
            "{}  {item}  {:<width$} {}\n",
            rule.code,
            rule.name,
            summary(rule)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn citations(text: &str) -> Vec<String> {
        let mut out: Vec<String> = text
            .match_indices('§')
            .map(|(i, _)| {
                text[i..]
                    .chars()
                    .skip_while(|c| *c == '§' || c.is_whitespace())
                    .take_while(|c| c.is_ascii_digit() || *c == '-')
                    .collect()
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }

    fn code_blocks(text: &str) -> Vec<&str> {
        text.split("```").skip(1).step_by(2).collect()
    }

    #[test]
    fn every_rule_has_its_text_in_bokmal_and_nynorsk_true_to_the_english() {
        assert_eq!(TEXTS.len(), rules::REGISTRY.len());
        for rule in rules::REGISTRY {
            let (en_summary, en) = text(rule, Lang::En);
            for lang in [Lang::Nb, Lang::Nn] {
                let (summary, doc) = text(rule, lang);
                let code = rule.code;
                assert!(
                    !summary.is_empty() && summary != en_summary,
                    "{code} {lang:?}: summary"
                );
                assert!(
                    !summary.starts_with('#'),
                    "{code} {lang:?}: the summary comes first"
                );
                assert!(
                    doc.starts_with("## "),
                    "{code} {lang:?}: the text after a blank line"
                );
                assert_eq!(
                    citations(doc),
                    citations(en),
                    "{code} {lang:?}: § citations"
                );
                assert_eq!(
                    code_blocks(doc),
                    code_blocks(en),
                    "{code} {lang:?}: YAML examples"
                );
                assert_eq!(
                    doc.matches("\n## ").count(),
                    en.matches("\n## ").count(),
                    "{code} {lang:?}: sections"
                );
            }
        }
    }
}
