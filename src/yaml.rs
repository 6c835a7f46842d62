//! The YAML layer: text in, a tree of nodes out, every node carrying its source position.
//!
//! `serde-saphyr` does the parsing (see Cargo.toml for why). We deserialize into our own
//! generic [`Node`] through `Spanned<RawNode>` instead of into the plan structs directly,
//! because serde stops at the first error while `ip validate` must report every problem in
//! one run. The schema walk (`schema.rs`) then checks types, keys and dates on this tree.
//!
//! Hardening lives here: the parser's defaults bound alias expansion (250,000 nodes),
//! nesting (64 levels) and reject duplicate keys; we add a file-size limit, a UTF-8 check
//! with the exact line of the bad byte, and YAML 1.2 booleans only (`n:` and `y:` are keys,
//! not `false` and `true`).

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Location, Spanned};
use std::fmt;

use crate::diagnostic::{Finding, Pos};
use crate::rules;

/// Plans are a few kilobytes; anything above this is refused unread (`ip validate` says so).
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// One YAML node with its position.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub kind: Kind,
    pub pos: Pos,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    /// Keys keep their own positions, so an unknown key can be pointed at.
    Map(Vec<(Node, Node)>),
}

impl Kind {
    /// The YAML type name as a plan author would say it, for "expected X, found Y".
    pub fn type_name(&self) -> &'static str {
        match self {
            Kind::Null => "nothing (null)",
            Kind::Bool(_) => "true/false",
            Kind::Int(_) => "a number",
            Kind::Float(_) => "a decimal number",
            Kind::Str(_) => "text",
            Kind::Seq(_) => "a list",
            Kind::Map(_) => "a mapping",
        }
    }
}

impl Node {
    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            Kind::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The value of `key` in a mapping node.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.kind {
            Kind::Map(entries) => entries
                .iter()
                .find(|(k, _)| k.as_str() == Some(key))
                .map(|(_, v)| v),
            _ => None,
        }
    }

    /// The key node of `key` in a mapping node (for pointing at the key, not its value).
    pub fn key_node(&self, key: &str) -> Option<&Node> {
        match &self.kind {
            Kind::Map(entries) => entries
                .iter()
                .find(|(k, _)| k.as_str() == Some(key))
                .map(|(k, _)| k),
            _ => None,
        }
    }

    /// A plain-text rendering of a scalar key, for messages about non-text keys.
    pub fn key_text(&self) -> String {
        match &self.kind {
            Kind::Str(s) => s.clone(),
            Kind::Int(i) => i.to_string(),
            Kind::Float(f) => f.to_string(),
            Kind::Bool(b) => b.to_string(),
            Kind::Null => "null".into(),
            Kind::Seq(_) | Kind::Map(_) => "(complex key)".into(),
        }
    }
}

/// What the serde side produces; converted to [`Node`] right after parsing.
enum RawNode {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Spanned<RawNode>>),
    Map(Vec<(Spanned<RawNode>, Spanned<RawNode>)>),
}

impl<'de> Deserialize<'de> for RawNode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RawVisitor;
        impl<'de> Visitor<'de> for RawVisitor {
            type Value = RawNode;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any YAML value")
            }
            fn visit_unit<E>(self) -> Result<RawNode, E> {
                Ok(RawNode::Null)
            }
            fn visit_none<E>(self) -> Result<RawNode, E> {
                Ok(RawNode::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<RawNode, D::Error> {
                RawNode::deserialize(d)
            }
            fn visit_bool<E>(self, v: bool) -> Result<RawNode, E> {
                Ok(RawNode::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<RawNode, E> {
                Ok(RawNode::Int(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<RawNode, E> {
                Ok(i64::try_from(v).map_or(RawNode::Float(v as f64), RawNode::Int))
            }
            fn visit_i128<E>(self, v: i128) -> Result<RawNode, E> {
                Ok(i64::try_from(v).map_or(RawNode::Float(v as f64), RawNode::Int))
            }
            fn visit_u128<E>(self, v: u128) -> Result<RawNode, E> {
                Ok(i64::try_from(v).map_or(RawNode::Float(v as f64), RawNode::Int))
            }
            fn visit_f64<E>(self, v: f64) -> Result<RawNode, E> {
                Ok(RawNode::Float(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<RawNode, E> {
                Ok(RawNode::Str(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<RawNode, E> {
                Ok(RawNode::Str(v))
            }
            fn visit_bytes<E>(self, v: &[u8]) -> Result<RawNode, E> {
                Ok(RawNode::Str(String::from_utf8_lossy(v).into_owned()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawNode, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(RawNode::Seq(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawNode, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key()? {
                    let value = map.next_value()?;
                    entries.push((key, value));
                }
                Ok(RawNode::Map(entries))
            }
        }
        deserializer.deserialize_any(RawVisitor)
    }
}

/// Maps a parser location to our position; byte offsets come from the parser where it knows
/// them and are otherwise computed from line and column.
fn pos_of(loc: &Location, index: &LineIndex) -> Pos {
    let line = loc.line().max(1) as u32;
    let column = loc.column().max(1) as u32;
    let span = loc.span();
    let text_len = index.text.len();
    let byte = span
        .byte_offset()
        .map(|b| b as usize)
        .filter(|&b| b <= text_len);
    let (offset, len) = if let Some(byte) = byte {
        let len = span.byte_len().unwrap_or(0) as usize;
        (byte, len.min(text_len - byte))
    } else {
        (index.offset(line, column), 0)
    };
    Pos {
        line,
        column,
        offset,
        len,
    }
}

fn convert(raw: Spanned<RawNode>, index: &LineIndex) -> Node {
    let pos = pos_of(&raw.referenced, index);
    let kind = match raw.value {
        RawNode::Null => Kind::Null,
        RawNode::Bool(b) => Kind::Bool(b),
        RawNode::Int(i) => Kind::Int(i),
        RawNode::Float(f) => Kind::Float(f),
        RawNode::Str(s) => Kind::Str(s),
        RawNode::Seq(items) => Kind::Seq(items.into_iter().map(|n| convert(n, index)).collect()),
        RawNode::Map(entries) => Kind::Map(
            entries
                .into_iter()
                .map(|(k, v)| (convert(k, index), convert(v, index)))
                .collect(),
        ),
    };
    Node { kind, pos }
}

/// Line starts of a text, to turn line and column into byte offsets and back.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self { text, starts }
    }

    /// Byte offset of a 1-based line and a 1-based column counted in characters.
    pub fn offset(&self, line: u32, column: u32) -> usize {
        let Some(&start) = self.starts.get(line.saturating_sub(1) as usize) else {
            return self.text.len();
        };
        let rest = &self.text[start..];
        let skip = column.saturating_sub(1) as usize;
        start + rest.char_indices().nth(skip).map_or(rest.len(), |(i, _)| i)
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let column = self
            .text
            .get(start..offset)
            .map_or(1, |s| s.chars().count() + 1);
        (line as u32, column as u32)
    }
}

/// The result of reading one plan's text.
pub struct Parsed {
    pub root: Option<Node>,
    pub findings: Vec<Finding>,
}

/// Decodes bytes as UTF-8 (dropping a BOM) or reports the first bad byte's position.
pub fn decode(bytes: &[u8]) -> Result<&str, Finding> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        // The prefix is valid UTF-8 by definition.
        let good = std::str::from_utf8(good).unwrap_or_default();
        let line = good.matches('\n').count() as u32 + 1;
        let column = good.rsplit('\n').next().map_or(0, |s| s.chars().count()) as u32 + 1;
        Finding::new(
            &rules::format::NOT_UTF8,
            format!("the file is not UTF-8 text (invalid byte at line {line}, column {column})"),
            "",
            Pos {
                line,
                column,
                offset: good.len(),
                len: 0,
            },
        )
        .help("save the file as UTF-8 in your editor (\"Save with encoding\" → UTF-8)")
    })
}

/// Parses a plan's text into a node tree; YAML problems become findings.
pub fn parse(text: &str) -> Parsed {
    let index = LineIndex::new(text);
    let mut options = serde_saphyr::options! {
        strict_booleans: true,
    };
    // Plans never need more than a few thousand nodes; the parser's default budget (nodes,
    // aliases, depth 64) stops alias bombs and deep nesting long before memory is at risk.
    options.budget = Some(serde_saphyr::Budget::default());
    if text.trim().is_empty()
        || text.lines().all(|l| {
            let l = l.trim();
            l.is_empty() || l.starts_with('#') || l == "---" || l == "..."
        })
    {
        return Parsed {
            root: None,
            findings: vec![Finding::new(
                &rules::format::NOT_A_MAPPING,
                "the file is empty: a plan is a mapping of keys such as `version`, `id` and `person`",
                "",
                Pos::START,
            )
            .help("run `ip new -o FILE` for a skeleton to fill in")],
        };
    }
    match serde_saphyr::from_str_with_options::<Spanned<RawNode>>(text, options) {
        Ok(raw) => {
            let root = convert(raw, &index);
            if matches!(root.kind, Kind::Map(_)) {
                Parsed {
                    root: Some(root),
                    findings: Vec::new(),
                }
            } else {
                let what = root.kind.type_name();
                Parsed {
                    findings: vec![Finding::new(
                        &rules::format::NOT_A_MAPPING,
                        format!("a plan must be a mapping of keys, but this file holds {what}"),
                        "",
                        root.pos,
                    )
                    .help("start the file with `version: 1` and the other top-level keys; `ip new` writes a skeleton")],
                    root: None,
                }
            }
        }
        Err(err) => Parsed {
            root: None,
            findings: vec![parse_error(&err, text, &index)],
        },
    }
}

fn parse_error(err: &serde_saphyr::Error, text: &str, index: &LineIndex) -> Finding {
    use serde_saphyr::Error as E;
    let pos = err.location().map_or(Pos::START, |loc| pos_of(&loc, index));
    let pos = clamp(pos, text);
    let mut inner = err;
    while let E::WithSnippet { error, .. } | E::AliasError { error, .. } = inner {
        inner = error;
    }
    match inner {
        E::DuplicateMappingKey { key, .. } => {
            let key = key.as_deref().unwrap_or("this key");
            Finding::new(
                &rules::format::DUPLICATE_KEY,
                format!("duplicate key `{key}`: it already appears earlier in the same mapping"),
                "",
                pos,
            )
            .help(format!("keep one `{key}:` and merge the two values"))
        }
        E::MultipleDocuments { .. } => Finding::new(
            &rules::format::NOT_A_MAPPING,
            "the file holds several YAML documents; one file is one plan",
            "",
            pos,
        )
        .help("remove the `---` separator and move the second plan to a file of its own"),
        _ => {
            let message = plain_message(err);
            let limit = message.contains("budget breached")
                || message.contains("recursion limit")
                || message.contains("alias")
                    && (message.contains("limit") || message.contains("exceeded"));
            if limit {
                let what = if message.contains("Depth") || message.contains("recursion") {
                    "the YAML nests deeper than 64 levels"
                } else {
                    "the YAML's anchors and aliases expand to more than 250,000 values"
                };
                Finding::new(&rules::format::TOO_LARGE, what, "", pos)
                    .help("a plan needs only a few levels of nesting and no aliases; write the values out")
            } else {
                let help = if message.contains("tab") {
                    "indent with spaces, not tabs"
                } else {
                    "check the indentation and quoting on this line; text containing `: ` or starting with a special character needs quotes"
                };
                Finding::new(
                    &rules::format::YAML_SYNTAX,
                    format!("the YAML does not parse: {message}"),
                    "",
                    pos,
                )
                .help(help)
            }
        }
    }
}

/// The parser's message without its own location prefix and source snippet.
fn plain_message(err: &serde_saphyr::Error) -> String {
    let rendered = err.without_snippet().to_string();
    let first = rendered.lines().next().unwrap_or_default();
    let first = first.strip_prefix("error: ").unwrap_or(first);
    // "line 3 column 1: message"
    let stripped = first
        .strip_prefix("line ")
        .and_then(|rest| rest.split_once(": "))
        .map_or(first, |(_, msg)| msg);
    // The parser repeats the position ("… at line 5, column 6"); ours is in the finding.
    let stripped = stripped.split(" at line ").next().unwrap_or(stripped);
    stripped.trim().to_owned()
}

fn clamp(mut pos: Pos, text: &str) -> Pos {
    if pos.offset > text.len() {
        pos.offset = text.len();
        pos.len = 0;
    }
    while pos.offset > 0 && !text.is_char_boundary(pos.offset) {
        pos.offset -= 1;
    }
    if !text.is_char_boundary(pos.offset + pos.len) {
        pos.len = 0;
    }
    pos
}
