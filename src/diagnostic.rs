//! Findings are data: every rule pushes [`Finding`]s and never stops the run. A finding
//! carries everything every output format needs (code, severity, message, JSON pointer,
//! line, column, byte span for the snippet, the law's letter and a help line), so the text,
//! JSON and GitHub reporters are pure formatting.

use crate::rules::Rule;
pub use crate::rules::Severity;

/// A node's place in the source: 1-based line and column (in characters) for people and
/// JSON, byte offset and length for the miette snippet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
    pub offset: usize,
    pub len: usize,
}

impl Pos {
    pub const START: Pos = Pos {
        line: 1,
        column: 1,
        offset: 0,
        len: 0,
    };

    /// Line and column (1-based, characters) just after the span's last character in
    /// `text`, the plan this position was found in. Counted on from the start's own line and
    /// column over the span's text alone, never from the start of the line or the file: a
    /// report of 100,000 findings on one 8 MB line stays linear.
    pub fn end_in(&self, text: &str) -> (u32, u32) {
        let span = text
            .get(self.offset..self.offset.saturating_add(self.len))
            .unwrap_or("");
        let count = |s: &str| u32::try_from(s.chars().count()).unwrap_or(u32::MAX);
        match span.rfind('\n') {
            None => (self.line, self.column.saturating_add(count(span))),
            Some(last) => {
                let breaks = memchr::memchr_iter(b'\n', span.as_bytes()).count();
                let breaks = u32::try_from(breaks).unwrap_or(u32::MAX);
                (
                    self.line.saturating_add(breaks),
                    count(&span[last + 1..]).saturating_add(1),
                )
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    /// RFC 6901 pointer into the plan ("" is the whole plan).
    pub pointer: String,
    pub pos: Pos,
    /// Letter a–i of the content rule (forskrift om individuell plan), if it enforces one.
    pub item: Option<char>,
    pub help: Option<String>,
}

impl Finding {
    pub fn new(
        rule: &Rule,
        message: impl Into<String>,
        pointer: impl Into<String>,
        pos: Pos,
    ) -> Self {
        Finding {
            code: rule.code,
            severity: rule.severity,
            message: message.into(),
            pointer: pointer.into(),
            pos,
            item: rule.item,
            help: None,
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// Line starts of a text, to turn line and column into byte offsets and back.
pub struct LineIndex<'a> {
    pub text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            starts: line_starts(text),
        }
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

    /// The text of 1-based `line`, without its `\n` ("" past the end).
    pub fn line(&self, line: u32) -> &'a str {
        let Some(&start) = self.starts.get(line.saturating_sub(1) as usize) else {
            return "";
        };
        let end = self
            .starts
            .get(line as usize)
            .map_or(self.text.len(), |&next| next - 1);
        &self.text[start..end]
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

/// Byte offsets where the lines of `text` start (the first is 0; a line ends at `\n`).
pub fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
    starts
}

/// Appends an RFC 6901 reference token to a pointer (`~` → `~0`, `/` → `~1`).
pub fn pointer_join(base: &str, token: &str) -> String {
    let mut out = String::with_capacity(base.len() + token.len() + 1);
    out.push_str(base);
    out.push('/');
    for c in token.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_ends_where_line_index_says_it_ends() {
        let text = "a: Kåre\nb: |\n  Ø\n  lå\nc: 李x\n";
        let index = LineIndex::new(text);
        for offset in text.char_indices().map(|(i, _)| i) {
            let (line, column) = index.line_col(offset);
            for end in text[offset..]
                .char_indices()
                .map(|(i, _)| offset + i)
                .chain([text.len()])
            {
                let pos = Pos {
                    line,
                    column,
                    offset,
                    len: end - offset,
                };
                assert_eq!(pos.end_in(text), index.line_col(end), "{offset}..{end}");
            }
        }
    }

    #[test]
    fn a_span_past_the_text_ends_at_its_start() {
        let pos = Pos {
            line: 3,
            column: 4,
            offset: 40,
            len: 5,
        };
        assert_eq!(pos.end_in("short"), (3, 4));
    }

    #[test]
    fn pointer_escapes_tilde_and_slash() {
        assert_eq!(pointer_join("/a", "b/c~d"), "/a/b~1c~0d");
        assert_eq!(pointer_join("", "measures"), "/measures");
    }
}
