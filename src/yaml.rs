//! The YAML layer: text in, a tree of nodes out, every node carrying its source position.
//!
//! `granit-parser` (pure safe Rust, the event parser under serde-saphyr) turns the text
//! into events with spans; [`TreeBuilder`] makes our own [`Node`] tree from them. We build
//! the tree ourselves instead of deserializing through serde because serde stops at the
//! first error while `ip validate` reports every problem in one run, and because carrying
//! a span on every node through serde cost a third of all validation time.
//!
//! Hardening lives here: a file-size limit (8 MiB, checked before reading), nesting at
//! most 64 levels, at most 250,000 nodes with aliases expanded (and as many copied for
//! anchors), every duplicate key reported (the first occurrence is used), one document per
//! file, a UTF-8 check with the exact line of a bad byte, and YAML 1.2 core-schema scalars
//! (`yes`, `no`, `y`, `n` are text; `2026-01-15` is text until the schema reads it as a
//! date). Merge keys (`<<`) are ordinary keys here, and so unknown keys in a plan.
//!
//! Every step is linear in the size of the file, so the largest file allowed is checked
//! in well under a second: duplicate keys are found with a set in large mappings, and
//! anchors' copies have a budget.

use std::borrow::Cow;
use std::collections::HashSet;

use granit_parser::{ErrorKind, Event, Parser, ScalarStyle, ScanError, Span, Tag};

use crate::diagnostic::{Finding, LineIndex, Pos};
use crate::messages::msg;
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
    pub fn type_name(&self) -> String {
        let which = match self {
            Kind::Null => "null",
            Kind::Bool(_) => "bool",
            Kind::Int(_) => "int",
            Kind::Float(_) => "float",
            Kind::Str(_) => "text",
            Kind::Seq(_) => "list",
            Kind::Map(_) => "map",
        };
        msg("finding-found", &[("type", which.into())])
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

    /// A plain-text rendering of a scalar key, for messages about non-text keys; a text key
    /// is borrowed, not copied (keys are compared by this text for every key of a plan).
    pub fn key_text(&self) -> Cow<'_, str> {
        match &self.kind {
            Kind::Str(s) => Cow::Borrowed(s),
            Kind::Int(i) => i.to_string().into(),
            Kind::Float(f) => f.to_string().into(),
            Kind::Bool(b) => b.to_string().into(),
            Kind::Null => "null".into(),
            Kind::Seq(_) | Kind::Map(_) => "(complex key)".into(),
        }
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
        let (line, column) = LineIndex::new(good).line_col(good.len());
        Finding::new(
            &rules::format::NOT_UTF8,
            msg(
                "finding-not-utf8",
                &[("line", line.into()), ("column", column.into())],
            ),
            "",
            Pos {
                line,
                column,
                offset: good.len(),
                len: 0,
            },
        )
        .help(msg("finding-not-utf8-help", &[]))
    })
}

/// Limits that stop hostile or broken input long before memory or time is at risk. A plan
/// has about four levels and a few hundred nodes.
const MAX_DEPTH: usize = 64;
const MAX_NODES: usize = 250_000;

/// Parses a plan's text into a node tree; YAML problems become findings.
pub fn parse(text: &str) -> Parsed {
    if text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with('#') || l == "---" || l == "..."
    }) {
        return Parsed {
            root: None,
            findings: vec![Finding::new(
                &rules::format::NOT_A_MAPPING,
                msg("finding-empty-file", &[]),
                "",
                Pos::START,
            )
            .help(msg("finding-empty-file-help", &[]))],
        };
    }
    let mut builder = TreeBuilder::new(text);
    for event in Parser::new_from_str(text) {
        let step = match event {
            Ok((event, span)) => builder.event(event, span),
            Err(e) => Err(syntax_error(&e, builder.index())),
        };
        if let Err(finding) = step {
            builder.findings.push(finding);
            return Parsed {
                root: None,
                findings: builder.findings,
            };
        }
        if builder.done {
            break;
        }
    }
    let TreeBuilder {
        root, mut findings, ..
    } = builder;
    match root {
        Some(root) if matches!(root.kind, Kind::Map(_)) => Parsed {
            root: Some(root),
            findings,
        },
        Some(root) => {
            let what = root.kind.type_name();
            findings.push(
                Finding::new(
                    &rules::format::NOT_A_MAPPING,
                    msg("finding-not-a-mapping", &[("found", what.into())]),
                    "",
                    root.pos,
                )
                .help(msg("finding-not-a-mapping-help", &[])),
            );
            Parsed {
                root: None,
                findings,
            }
        }
        None => Parsed {
            root: None,
            findings,
        },
    }
}

/// A collection being built.
enum Frame {
    Seq {
        items: Vec<Node>,
        pos: Pos,
        anchor: usize,
    },
    Map {
        entries: Vec<(Node, Node)>,
        key: Option<Node>,
        /// The pending key repeats an earlier one: its value is dropped.
        duplicate: bool,
        /// The texts of the scalar keys in `entries`, kept once the mapping is larger than
        /// [`LINEAR_KEY_SCAN`] keys (see [`repeats_key`]).
        seen: Option<HashSet<String>>,
        pos: Pos,
        anchor: usize,
    },
}

/// Turns parser events into a [`Node`] tree, enforcing depth and node limits and finding
/// duplicate keys (all of them, not only the first).
struct TreeBuilder<'a> {
    text: &'a str,
    /// Made only when a position must be found from a line and column (rare: the parser
    /// gives byte offsets); making it for every plan cost 2 % of `ip validate`.
    index: std::cell::OnceCell<LineIndex<'a>>,
    stack: Vec<Frame>,
    root: Option<Node>,
    /// Anchored nodes by anchor id, with their size in nodes (for the alias budget).
    anchors: std::collections::HashMap<usize, (Node, usize)>,
    nodes: usize,
    /// Nodes copied for anchors (their own budget of [`MAX_NODES`]).
    copied: usize,
    /// An anchor was kept or an alias expanded (so a node count over the limit may be
    /// their doing).
    aliased: bool,
    documents: usize,
    done: bool,
    findings: Vec<Finding>,
}

fn count(node: &Node) -> usize {
    1 + match &node.kind {
        Kind::Seq(items) => items.iter().map(count).sum(),
        Kind::Map(entries) => entries.iter().map(|(k, v)| count(k) + count(v)).sum(),
        _ => 0,
    }
}

impl<'a> TreeBuilder<'a> {
    fn new(text: &'a str) -> Self {
        TreeBuilder {
            text,
            index: std::cell::OnceCell::new(),
            stack: Vec::new(),
            root: None,
            anchors: std::collections::HashMap::new(),
            nodes: 0,
            copied: 0,
            aliased: false,
            documents: 0,
            done: false,
            findings: Vec::new(),
        }
    }

    fn index(&self) -> &LineIndex<'a> {
        self.index.get_or_init(|| LineIndex::new(self.text))
    }

    fn pos(&self, span: &Span) -> Pos {
        let line = span.start.line().max(1) as u32;
        let column = span.start.col() as u32 + 1;
        let text_len = self.text.len();
        match (span.start.byte_offset(), span.end.byte_offset()) {
            (Some(start), Some(end)) if start <= end && end <= text_len => Pos {
                line,
                column,
                offset: start,
                len: end - start,
            },
            (Some(start), _) if start <= text_len => Pos {
                line,
                column,
                offset: start,
                len: 0,
            },
            _ => Pos {
                line,
                column,
                offset: self.index().offset(line, column),
                len: 0,
            },
        }
    }

    fn too_large(&self, what: String, pos: Pos) -> Finding {
        Finding::new(&rules::format::TOO_LARGE, what, "", pos)
            .help(msg("finding-too-large-help", &[]))
    }

    fn add_nodes(&mut self, n: usize, pos: Pos) -> Result<(), Finding> {
        self.nodes += n;
        if self.nodes > MAX_NODES {
            if !self.aliased {
                // No alias to blame: the file itself is that large.
                return Err(Finding::new(
                    &rules::format::TOO_LARGE,
                    msg("finding-too-many-values", &[]),
                    "",
                    pos,
                )
                .help(msg("finding-too-many-values-help", &[])));
            }
            return Err(self.too_large(msg("finding-aliases-expand", &[]), pos));
        }
        Ok(())
    }

    fn event(&mut self, event: Event, span: Span) -> Result<(), Finding> {
        let pos = self.pos(&span);
        match event {
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Anchor(..) => {}
            Event::DocumentStart(..) => {
                self.documents += 1;
                if self.documents > 1 {
                    // The span's byte offset may trail the previous document; the line is right.
                    let offset = self.index().offset(pos.line, pos.column);
                    let pos = Pos {
                        offset,
                        len: 0,
                        ..pos
                    };
                    return Err(Finding::new(
                        &rules::format::NOT_A_MAPPING,
                        msg("finding-several-documents", &[]),
                        "",
                        pos,
                    )
                    .help(msg("finding-several-documents-help", &[])));
                }
            }
            Event::Scalar(value, style, anchor, tag) => {
                self.add_nodes(1, pos)?;
                let kind = resolve(value, style, tag.as_deref());
                self.complete(Node { kind, pos }, anchor)?;
            }
            Event::SequenceStart(_, anchor, _) | Event::MappingStart(_, anchor, _) => {
                if self.stack.len() >= MAX_DEPTH {
                    return Err(self.too_large(msg("finding-too-deep", &[]), pos));
                }
                self.add_nodes(1, pos)?;
                let frame = if matches!(event, Event::SequenceStart(..)) {
                    Frame::Seq {
                        items: Vec::new(),
                        pos,
                        anchor,
                    }
                } else {
                    Frame::Map {
                        entries: Vec::new(),
                        key: None,
                        duplicate: false,
                        seen: None,
                        pos,
                        anchor,
                    }
                };
                self.stack.push(frame);
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(frame) = self.stack.pop() else {
                    return Ok(());
                };
                let (node, anchor) = match frame {
                    Frame::Seq { items, pos, anchor } => (
                        Node {
                            kind: Kind::Seq(items),
                            pos,
                        },
                        anchor,
                    ),
                    Frame::Map {
                        entries,
                        pos,
                        anchor,
                        ..
                    } => (
                        Node {
                            kind: Kind::Map(entries),
                            pos,
                        },
                        anchor,
                    ),
                };
                self.complete(node, anchor)?;
            }
            Event::Alias(id) => {
                let Some((node, size)) = self.anchors.get(&id).map(|(n, s)| (n.clone(), *s)) else {
                    return Err(unknown_anchor(pos));
                };
                self.aliased = true;
                self.add_nodes(size, pos)?;
                let mut node = node;
                node.pos = pos;
                self.complete(node, 0)?;
            }
            Event::UnresolvedAlias(_) => return Err(unknown_anchor(pos)),
            // Comment events exist when another crate turns on granit's `comments` feature.
            #[allow(unreachable_patterns)]
            _ => {}
        }
        Ok(())
    }

    /// A finished node goes into its parent (or becomes the root).
    fn complete(&mut self, node: Node, anchor: usize) -> Result<(), Finding> {
        if anchor != 0 {
            // The copies kept for aliases have a budget of their own: with an anchor on
            // each of 60 nested levels above 100,000 values, the copies alone took a
            // gigabyte. Plans use no anchors.
            let size = count(&node);
            self.aliased = true;
            self.copied += size;
            if self.copied > MAX_NODES {
                return Err(self.too_large(msg("finding-aliases-expand", &[]), node.pos));
            }
            self.anchors.insert(anchor, (node.clone(), size));
        }
        match self.stack.last_mut() {
            None => {
                self.root = Some(node);
            }
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map {
                entries,
                key,
                duplicate,
                seen,
                ..
            }) => match key.take() {
                None => {
                    let text = node.key_text();
                    *duplicate = is_scalar(&node) && repeats_key(entries, seen, &text);
                    if *duplicate {
                        self.findings.push(
                            Finding::new(
                                &rules::format::DUPLICATE_KEY,
                                msg("finding-duplicate-key", &[("key", (&*text).into())]),
                                "",
                                node.pos,
                            )
                            .help(msg(
                                "finding-duplicate-key-help",
                                &[("key", (&*text).into())],
                            )),
                        );
                    }
                    *key = Some(node);
                }
                Some(k) => {
                    // The first of duplicate keys counts; the repeat is reported, not used.
                    if !std::mem::take(duplicate) {
                        entries.push((k, node));
                    }
                }
            },
        }
        Ok(())
    }
}

/// Mappings up to this many keys are searched key by key for a repeated key; above it a
/// set of the key texts is kept. A plan's mappings have fewer than 20 keys, where the scan
/// is cheaper than hashing; a hostile file with 100,000 keys in one mapping would make the
/// scan quadratic (minutes), the set keeps it linear.
const LINEAR_KEY_SCAN: usize = 32;

fn is_scalar(node: &Node) -> bool {
    !matches!(node.kind, Kind::Seq(_) | Kind::Map(_))
}

/// Whether the scalar key `text` is already a key of `entries` (keys compare by their
/// text, so `1` and `"1"` are one key). Remembers `text` in `seen` once the set is in use.
fn repeats_key(entries: &[(Node, Node)], seen: &mut Option<HashSet<String>>, text: &str) -> bool {
    if seen.is_none() && entries.len() >= LINEAR_KEY_SCAN {
        *seen = Some(
            entries
                .iter()
                .filter(|(k, _)| is_scalar(k))
                .map(|(k, _)| k.key_text().into_owned())
                .collect(),
        );
    }
    match seen {
        Some(set) => !set.insert(text.to_owned()),
        None => entries
            .iter()
            .any(|(k, _)| is_scalar(k) && k.key_text() == text),
    }
}

fn unknown_anchor(pos: Pos) -> Finding {
    Finding::new(
        &rules::format::YAML_SYNTAX,
        msg("finding-unknown-anchor", &[]),
        "",
        pos,
    )
    .help(msg("finding-unknown-anchor-help", &[]))
}

/// YAML 1.2 core schema for plain scalars; quoted and block scalars are text. Only the
/// core tags change that; YAML 1.1 words such as `yes`, `no`, `on`, `y` stay text. Text the
/// parser already owns (unescaped, folded) is kept, not copied again.
fn resolve(scalar: Cow<str>, style: ScalarStyle, tag: Option<&Tag>) -> Kind {
    let value = scalar.as_ref();
    let core = tag
        .filter(|t| t.handle() == "tag:yaml.org,2002:" || t.handle() == "!!")
        .map(Tag::suffix);
    match core {
        Some("str") => return Kind::Str(scalar.into_owned()),
        Some("null") => return Kind::Null,
        _ => {}
    }
    if style != ScalarStyle::Plain && core.is_none() {
        return Kind::Str(scalar.into_owned());
    }
    match value {
        "" | "~" | "null" | "Null" | "NULL" => return Kind::Null,
        "true" | "True" | "TRUE" => return Kind::Bool(true),
        "false" | "False" | "FALSE" => return Kind::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => {
            return Kind::Float(f64::INFINITY)
        }
        "-.inf" | "-.Inf" | "-.INF" => return Kind::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Kind::Float(f64::NAN),
        _ => {}
    }
    // Most plain scalars are words: nothing below can match one that starts with a letter
    // (other than the `0x`/`0o` prefixes, which start with a digit).
    if !value.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '+' | '.')) {
        return Kind::Str(scalar.into_owned());
    }
    let digits = |s: &str, radix: u32| !s.is_empty() && s.chars().all(|c| c.is_digit(radix));
    let unsigned = value.strip_prefix(['-', '+']).unwrap_or(value);
    if digits(unsigned, 10) {
        return value.parse::<i64>().map_or_else(
            |_| Kind::Float(value.parse().unwrap_or(f64::NAN)),
            Kind::Int,
        );
    }
    if let Some(hex) = value.strip_prefix("0x").filter(|h| digits(h, 16)) {
        return i64::from_str_radix(hex, 16)
            .map_or_else(|_| Kind::Str(scalar.into_owned()), Kind::Int);
    }
    if let Some(oct) = value.strip_prefix("0o").filter(|o| digits(o, 8)) {
        return i64::from_str_radix(oct, 8)
            .map_or_else(|_| Kind::Str(scalar.into_owned()), Kind::Int);
    }
    if is_core_float(unsigned) {
        if let Ok(f) = value.parse::<f64>() {
            return Kind::Float(f);
        }
    }
    Kind::Str(scalar.into_owned())
}

/// `[0-9]*(\.[0-9]*)?([eE][-+]?[0-9]+)?` with at least one digit before the exponent.
fn is_core_float(s: &str) -> bool {
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = |p: &str| p.chars().all(|c| c.is_ascii_digit());
    let mantissa_ok = all_digits(int) && all_digits(frac) && !(int.is_empty() && frac.is_empty());
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && all_digits(e)
    });
    mantissa_ok && exponent_ok && (mantissa.contains('.') || exponent.is_some())
}

fn syntax_error(err: &ScanError, index: &LineIndex) -> Finding {
    let marker = err.marker();
    let line = marker.line().max(1) as u32;
    let column = marker.col() as u32 + 1;
    let offset = marker
        .byte_offset()
        .filter(|&o| o <= index.text.len())
        .unwrap_or_else(|| index.offset(line, column));
    let pos = clamp(
        Pos {
            line,
            column,
            offset,
            len: 0,
        },
        index.text,
    );
    if matches!(err.kind(), ErrorKind::RecursionLimitExceeded) {
        return Finding::new(
            &rules::format::TOO_LARGE,
            msg("finding-parser-too-deep", &[]),
            "",
            pos,
        )
        .help(msg("finding-parser-too-deep-help", &[]));
    }
    let (message, help) = match syntax_kind(err.kind()) {
        Some(((id, help), character)) => {
            let args = [("character", character.into())];
            (msg(id, &args), msg(help, &args))
        }
        // The rare rest: plain words around the parser's own.
        None => (
            msg("finding-syntax", &[("detail", err.info().into())]),
            msg("finding-syntax-help", &[]),
        ),
    };
    Finding::new(&rules::format::YAML_SYNTAX, message, "", pos).help(help)
}

/// The message and help ids for the parser errors a plan author
/// makes, grouped by what the author did: a `: ` in plain text, a tab, an indentation that
/// does not line up, a quote or bracket left open, a reserved character. `None` for the
/// rest, which get a generic message with the parser's words. With the character, for
/// the error that names one.
fn syntax_kind(kind: &ErrorKind) -> Option<((&'static str, &'static str), String)> {
    use ErrorKind as K;
    let ids = match kind {
        K::MappingValueNotAllowed | K::InvalidMappingValueWhitespace => {
            ("finding-syntax-colon", "finding-syntax-colon-help")
        }
        K::TabNotAllowed
        | K::TabInBlockIndentation
        | K::TabInIndentation
        | K::TabAtBlockScalarStart
        | K::TabInPlainScalar => ("finding-syntax-tab", "finding-syntax-tab-help"),
        K::ExpectedBlockMappingKey
        | K::InvalidIndentation
        | K::ExpectedBlockSequenceEntry
        | K::BlockSequenceEntryNotAllowed
        | K::MappingKeyNotAllowed
        | K::InvalidBlockScalarIndent
        | K::InvalidFlowScalarIndent
        | K::InvalidQuotedScalarIndent => (
            "finding-syntax-indentation",
            "finding-syntax-indentation-help",
        ),
        K::SimpleKeyExpected | K::InvalidSimpleKey => {
            ("finding-syntax-no-colon", "finding-syntax-no-colon-help")
        }
        K::UnclosedQuotedScalar | K::DocumentIndicatorInQuotedScalar => {
            ("finding-syntax-quote", "finding-syntax-quote-help")
        }
        K::InvalidTrailingSingleQuotedScalar | K::InvalidTrailingDoubleQuotedScalar => (
            "finding-syntax-after-quote",
            "finding-syntax-after-quote-help",
        ),
        K::UnknownQuotedScalarEscape
        | K::InvalidQuotedScalarHexEscape
        | K::InvalidLowSurrogateHexEscape
        | K::InvalidLowSurrogate
        | K::MissingLowSurrogate
        | K::UnpairedLowSurrogate
        | K::InvalidUnicodeEscape => ("finding-syntax-escape", "finding-syntax-escape-help"),
        K::UnclosedFlowCollection { .. }
        | K::MismatchedFlowCollectionEnd { .. }
        | K::MisplacedFlowCollectionEnd
        | K::UnexpectedEofFlowSequence
        | K::UnexpectedEofFlowMapping
        | K::UnexpectedEofImplicitFlowMapping
        | K::ExpectedFlowSequenceSeparator
        | K::ExpectedFlowMappingSeparator
        | K::InvalidColonPlacement
        | K::FlowMappingValueAdjacentCollection
        | K::BlockEntryInFlowCollection => {
            ("finding-syntax-brackets", "finding-syntax-brackets-help")
        }
        K::UnexpectedCharacter { character } => {
            return Some((
                ("finding-syntax-character", "finding-syntax-character-help"),
                character.to_string(),
            ))
        }
        K::PlainScalarStartsWithDashFlowIndicator => {
            ("finding-syntax-dash", "finding-syntax-dash-help")
        }
        K::CommentNotSeparated | K::CommentInterceptedScalar => {
            ("finding-syntax-comment", "finding-syntax-comment-help")
        }
        _ => return None,
    };
    Some((ids, String::new()))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(node: &Node, out: &mut Vec<Pos>) {
        out.push(node.pos);
        match &node.kind {
            Kind::Seq(items) => items.iter().for_each(|n| walk(n, out)),
            Kind::Map(entries) => entries.iter().for_each(|(k, v)| {
                walk(k, out);
                walk(v, out);
            }),
            _ => {}
        }
    }

    /// The snippet (byte offset) and the message (line, column) must point at one place.
    #[test]
    fn every_node_offset_agrees_with_its_line_and_column() {
        for text in [
            crate::check::testing::COMPLETE.to_owned(),
            crate::check::testing::COMPLETE.replace('\n', "\r\n"),
            "a: {b: [1, \"två\", 'tre'], c: ~}\nd: |\n  blokk\ne: æøå\n".to_owned(),
        ] {
            let parsed = parse(&text);
            let root = parsed.root.expect("parses");
            let index = LineIndex::new(&text);
            let mut all = Vec::new();
            walk(&root, &mut all);
            assert!(all.len() > 10);
            for pos in all {
                assert_eq!(
                    index.line_col(pos.offset),
                    (pos.line, pos.column),
                    "{pos:?}"
                );
            }
        }
    }

    #[test]
    fn every_duplicate_key_is_reported_and_the_first_value_wins() {
        let parsed = parse("a: 1\nb: 2\na: 3\nc:\n  x: 1\n  x: 2\n");
        let dups: Vec<_> = parsed
            .findings
            .iter()
            .map(|f| (f.code, f.pos.line))
            .collect();
        assert_eq!(dups, [("IP002", 3), ("IP002", 6)]);
        let root = parsed.root.unwrap();
        assert_eq!(root.get("a").map(|n| n.kind.clone()), Some(Kind::Int(1)));
    }

    /// Above [`LINEAR_KEY_SCAN`] keys the set takes over from the scan: it must find the
    /// same duplicates, every one, at its own line (a 100,000-key mapping took minutes when
    /// each key was compared with all earlier ones).
    #[test]
    fn every_duplicate_in_a_mapping_of_100_000_keys_is_reported_at_its_line() {
        let mut text = String::from("7: first\n");
        let mut expected = Vec::new();
        for i in 0..100_000 {
            text.push_str(&format!("k{i}: {i}\n"));
            if i % 1_000 == 999 {
                text.push_str(&format!("k{}: again\n", i - 500));
                expected.push(("IP002", text.lines().count() as u32));
            }
        }
        text.push_str("\"7\": second\nnested:\n  a: 1\n  a: 2\n");
        let lines = text.lines().count() as u32;
        expected.extend([("IP002", lines - 3), ("IP002", lines)]);
        let parsed = parse(&text);
        let found: Vec<_> = parsed
            .findings
            .iter()
            .map(|f| (f.code, f.pos.line))
            .collect();
        assert_eq!(found.len(), 102);
        assert_eq!(found, expected);
        let root = parsed.root.expect("parses");
        let Kind::Map(entries) = &root.kind else {
            panic!("a mapping")
        };
        assert_eq!(entries.len(), 100_002);
        assert_eq!(root.get("k499").map(|n| &n.kind), Some(&Kind::Int(499)));
        assert_eq!(
            root.get("k99999").map(|n| &n.kind),
            Some(&Kind::Int(99_999))
        );
        assert_eq!(
            entries[0].1.kind,
            Kind::Str("first".into()),
            "the first of `7` and `\"7\"` is kept"
        );
    }

    #[test]
    fn core_schema_scalars() {
        let root = parse(
            "a: yes\nb: n\nc: 1.5\nd: 0x1F\ne: \"1\"\nf: 2026-01-15\ng: 1e3\nh: .5\ni: 12abc\n",
        )
        .root
        .unwrap();
        let kind = |k: &str| root.get(k).unwrap().kind.clone();
        assert_eq!(kind("a"), Kind::Str("yes".into()));
        assert_eq!(kind("b"), Kind::Str("n".into()));
        assert_eq!(kind("c"), Kind::Float(1.5));
        assert_eq!(kind("d"), Kind::Int(31));
        assert_eq!(kind("e"), Kind::Str("1".into()));
        assert_eq!(kind("f"), Kind::Str("2026-01-15".into()));
        assert_eq!(kind("g"), Kind::Float(1000.0));
        assert_eq!(kind("h"), Kind::Float(0.5));
        assert_eq!(kind("i"), Kind::Str("12abc".into()));
    }

    /// Each anchor keeps a copy of its node for later aliases; nested anchors over a large
    /// mapping used to copy it once per level.
    #[test]
    fn anchored_copies_count_against_the_node_budget() {
        let nested = |anchored: usize| {
            let mut text = String::new();
            for depth in 0..8 {
                let anchor = if depth < anchored {
                    format!(" &a{depth}")
                } else {
                    String::new()
                };
                text.push_str(&format!("{}k{depth}:{anchor}\n", " ".repeat(depth)));
            }
            let pairs: Vec<String> = (0..40_000).map(|i| format!("x{i}: {i}")).collect();
            text.push_str(&format!("{}{{{}}}\n", " ".repeat(8), pairs.join(", ")));
            text
        };
        let parsed = parse(&nested(8));
        assert!(parsed.root.is_none());
        assert_eq!(parsed.findings.len(), 1);
        assert_eq!(parsed.findings[0].code, "IP005");
        assert!(parsed.findings[0].message.contains("anchors and aliases"));
        // One anchor over the same mapping is within the budget.
        let one = parse(&nested(1));
        assert!(one.root.is_some() && one.findings.is_empty());
    }

    #[test]
    fn a_file_of_more_values_than_the_budget_says_so_without_blaming_aliases() {
        let text: String = (0..130_000).map(|i| format!("k{i}: {i}\n")).collect();
        let parsed = parse(&text);
        assert!(parsed.root.is_none());
        assert_eq!(parsed.findings[0].code, "IP005");
        assert!(
            parsed.findings[0]
                .message
                .contains("holds more than 250,000 values"),
            "{}",
            parsed.findings[0].message
        );
    }

    #[test]
    fn aliases_count_against_the_node_budget() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        let mut prev = 'a';
        for c in 'b'..='h' {
            text.push_str(&format!(
                "{c}: &{c} [{}]\n",
                vec![format!("*{prev}"); 10].join(", ")
            ));
            prev = c;
        }
        let parsed = parse(&text);
        assert!(parsed.root.is_none());
        assert_eq!(parsed.findings[0].code, "IP005");
    }
}
