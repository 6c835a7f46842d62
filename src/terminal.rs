//! Plan text made safe to show on a terminal. A plan is text from anyone who could edit the
//! file, and a terminal obeys what it prints: ESC starts a command (`\x1b]0;title\x07` sets
//! the window title, `\x1b[2J` clears the screen, some terminals write files or answer back
//! into the input), C1 codes are the same commands in one character, and the bidirectional
//! controls reorder what is shown, so a line can read differently from what it holds
//! ("Trojan Source", CVE-2021-42574). A person checking a health plan must see what is in it.
//!
//! So every text format (validate's report, the `due` table, history and diff, rendered
//! Markdown and HTML) passes plan text through [`visible`], which shows each such character
//! as its code point in Rust's notation, `\u{1b}`, `\u{202e}`: ASCII, so it survives any
//! terminal, font or log; it names the character exactly, so one can search for it or fix
//! the plan; and it is the notation of `ip`'s own language. Newline and tab are text and
//! stay. Everything else prints as written, so the colours that `ip` itself adds around
//! plan text are untouched. JSON needs none of this: serde_json escapes control
//! characters itself.
//!
//! Shown this way, some texts read alike (a plan that holds the six letters `\u{1b}` and one
//! that holds ESC); that is the price of keeping ordinary backslashes as written, and
//! harmless, since both are shown and neither acts.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` acts on a terminal or reorders text instead of printing as itself: C0
/// controls but newline and tab, DEL, C1 controls, and the bidirectional marks, embeddings,
/// overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
pub fn is_hidden(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{8}'
            | '\u{b}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{61c}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
    )
}

fn push_escaped(out: &mut String, c: char) {
    let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
}

/// `text` with every character that would act on a terminal shown as `\u{…}`; borrowed
/// when there is none (the usual case).
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_hidden(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A whole plan made visible for a source snippet, with the map from byte offsets in the
/// plan to byte offsets in the shown text (findings point into the plan in bytes, and an
/// escape is longer than its character). Line breaks stay line breaks, so line numbers
/// agree with the parser's: `\r\n` is kept (the snippet printer reads it as one break) and a
/// lone `\r`, a line break in YAML, is shown as `\n`.
pub struct VisibleSource {
    pub text: String,
    /// (offset in the plan just after an escaped character, bytes added up to there).
    shifts: Vec<(usize, usize)>,
}

impl VisibleSource {
    pub fn new(source: &str) -> VisibleSource {
        if !source.chars().any(is_hidden) {
            return VisibleSource {
                text: source.to_owned(),
                shifts: Vec::new(),
            };
        }
        let mut text = String::with_capacity(source.len() + 16);
        let mut shifts = Vec::new();
        let mut added = 0;
        let mut chars = source.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            if c == '\r' {
                let crlf = chars.peek().is_some_and(|&(_, next)| next == '\n');
                text.push(if crlf { '\r' } else { '\n' });
            } else if is_hidden(c) {
                let before = text.len();
                push_escaped(&mut text, c);
                added += text.len() - before - c.len_utf8();
                shifts.push((at + c.len_utf8(), added));
            } else {
                text.push(c);
            }
        }
        VisibleSource { text, shifts }
    }

    /// Where byte `offset` of the plan is in [`VisibleSource::text`]. An offset inside an
    /// escaped character maps to the start of its escape.
    pub fn offset(&self, offset: usize) -> usize {
        let done = self.shifts.partition_point(|&(end, _)| end <= offset);
        let added = done.checked_sub(1).map_or(0, |i| self.shifts[i].1);
        offset + added
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_commands_are_shown_not_obeyed() {
        assert_eq!(
            visible("a\u{1b}]0;title\u{7}b\u{1b}[2J"),
            "a\\u{1b}]0;title\\u{7}b\\u{1b}[2J"
        );
        assert_eq!(
            visible("\u{0}\u{7f}\u{85}\u{9b}\r"),
            "\\u{0}\\u{7f}\\u{85}\\u{9b}\\u{d}"
        );
        for bidi in [
            '\u{61c}', '\u{200e}', '\u{200f}', '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}',
            '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
        ] {
            let shown = visible(&format!("x{bidi}y")).into_owned();
            assert_eq!(shown, format!("x\\u{{{:x}}}y", u32::from(bidi)));
        }
    }

    #[test]
    fn ordinary_text_is_untouched_and_not_copied() {
        let text = "Kåre Ø\tلمى 李\nline 2 \\u{1b} «»–\u{a0}\u{200b}\u{2028}";
        assert!(matches!(visible(text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn offsets_follow_the_escapes() {
        let plan = "a: \u{1b}x\u{202e}\r\nb: y\rc: z\n";
        let shown = VisibleSource::new(plan);
        assert_eq!(shown.text, "a: \\u{1b}x\\u{202e}\r\nb: y\nc: z\n");
        for (i, c) in plan.char_indices() {
            if is_hidden(c) && c != '\r' {
                continue;
            }
            let expect = if c == '\r' && !plan[i..].starts_with("\r\n") {
                '\n'
            } else {
                c
            };
            assert_eq!(
                shown.text[shown.offset(i)..].chars().next(),
                Some(expect),
                "offset {i}"
            );
        }
        assert_eq!(
            shown.offset(3),
            3,
            "an escaped character maps to its escape"
        );
        assert_eq!(shown.offset(plan.len()), shown.text.len());
    }
}
