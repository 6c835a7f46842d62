//! What each field of the plan holds, in the language of the person reading: the JSON
//! Schema's titles and descriptions (an editor's hover help) and the help of a finding
//! about a field.
//!
//! English is written once, in the field table (`fields.rs`). Bokmål and nynorsk are
//! `i18n/schema/{nb,nn}.toml`: one table, `[descriptions]`, whose keys are the English
//! texts themselves, as gettext keys a translation by its source (msgid). A field table of
//! 120 short texts, most used in several tables, reads best as "this English, that
//! Norwegian"; when an English text changes, its translation is missing, and a test says
//! which (a missing one shows the English meanwhile, never nothing).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::i18n::Lang;

#[derive(serde::Deserialize)]
struct File {
    descriptions: HashMap<String, String>,
}

fn table(lang: Lang) -> Option<&'static HashMap<String, String>> {
    static NB: OnceLock<HashMap<String, String>> = OnceLock::new();
    static NN: OnceLock<HashMap<String, String>> = OnceLock::new();
    let (cell, text) = match lang {
        Lang::Nb => (&NB, include_str!("../i18n/schema/nb.toml")),
        Lang::Nn => (&NN, include_str!("../i18n/schema/nn.toml")),
        Lang::En => return None,
    };
    Some(cell.get_or_init(|| {
        toml::from_str::<File>(text)
            .map(|f| f.descriptions)
            .unwrap_or_default()
    }))
}

/// `english` (a field's description, or the schema's title) in `lang`; the English
/// itself when there is no translation.
pub fn describe(english: &'static str, lang: Lang) -> &'static str {
    table(lang)
        .and_then(|t| t.get(english))
        .map_or(english, String::as_str)
}

/// As [`describe`], for a text that need not live for the whole run.
pub fn describe_owned(english: &str, lang: Lang) -> String {
    table(lang)
        .and_then(|t| t.get(english))
        .map_or_else(|| english.to_owned(), Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every title and description the schema has, in English.
    fn english_texts(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, v) in map {
                    match v {
                        serde_json::Value::String(text)
                            if key == "title" || key == "description" =>
                        {
                            out.push(text.clone());
                        }
                        _ => english_texts(v, out),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| english_texts(v, out)),
            _ => {}
        }
    }

    #[test]
    fn every_field_description_is_in_bokmal_and_nynorsk() {
        let mut english = Vec::new();
        english_texts(&crate::json_schema::json_schema(), &mut english);
        assert!(english.len() > 100, "{}", english.len());
        for lang in [Lang::Nb, Lang::Nn] {
            let table = table(lang).unwrap();
            let missing: Vec<&String> =
                english.iter().filter(|e| !table.contains_key(*e)).collect();
            assert!(missing.is_empty(), "{lang:?} lacks: {missing:#?}");
            // No leftovers: a translation whose English text is gone is stale.
            let stale: Vec<&String> = table.keys().filter(|k| !english.contains(k)).collect();
            assert!(stale.is_empty(), "{lang:?} has stale entries: {stale:#?}");
        }
    }

    #[test]
    fn the_translation_files_parse() {
        for lang in [Lang::Nb, Lang::Nn] {
            let text = match lang {
                Lang::Nb => include_str!("../i18n/schema/nb.toml"),
                _ => include_str!("../i18n/schema/nn.toml"),
            };
            let file: File = toml::from_str(text).expect("valid TOML with [descriptions]");
            assert!(file.descriptions.values().all(|v| !v.trim().is_empty()));
        }
    }
}
