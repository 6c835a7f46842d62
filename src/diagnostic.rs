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
    fn pointer_escapes_tilde_and_slash() {
        assert_eq!(pointer_join("/a", "b/c~d"), "/a/b~1c~0d");
        assert_eq!(pointer_join("", "measures"), "/measures");
    }
}
