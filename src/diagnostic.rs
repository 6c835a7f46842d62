//! Findings are data: every rule pushes [`Finding`]s and never stops the run. A finding
//! carries everything every output format needs (code, severity, message, JSON pointer,
//! line, column, byte span for the snippet, the law's letter and a help line), so the text,
//! JSON and GitHub reporters are pure formatting.

use serde::Serialize;

use crate::rules::Rule;

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
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
