//! The check of IP053 (`rules::identity_number`, where its text is).
//!
//! Warning: a Norwegian national identity number anywhere in the file, comments included.
//!
//! Detection: a run of exactly 11 digits (or 6 + space + 5, as people often write it)
//! whose two mod-11 check digits are valid and whose first six digits can be a birth date,
//! allowing D-numbers (day + 40), H-numbers (month + 40) and synthetic test numbers
//! (month + 80). The date test goes beyond the spec's "valid check digits" to avoid
//! flagging bank account numbers, which are also 11 digits. The message never repeats the
//! number, so it does not spread into CI logs.

use super::Context;
use crate::diagnostic::{pointer_join, Finding, Pos};
use crate::messages::msg;
use crate::rules::identity_number::RULE;
use crate::yaml::{Kind, Node};

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    scan(cx.text, Some(cx.root), out);
}

/// Scans the raw text (so comments count too); `root` gives the pointer of the value
/// holding a match.
pub fn scan(text: &str, root: Option<&Node>, out: &mut Vec<Finding>) {
    let bytes = text.as_bytes();
    // Matches come in text order, so one cursor gives every line and column and one list
    // of scalars (made at the first match) every pointer: counting from the line start
    // and walking the tree for each match is quadratic in a file full of numbers.
    let mut cursor = Cursor::default();
    let mut scalars: Option<Vec<Scalar>> = None;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let run = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        let mut digits: Vec<u8> = bytes[i..i + run].iter().map(|b| b - b'0').collect();
        let mut len = run;
        // "DDMMYY NNNNN"
        if run == 6 && bytes.get(i + 6) == Some(&b' ') {
            let tail = bytes[i + 7..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            if tail == 5 {
                digits.extend(bytes[i + 7..i + 12].iter().map(|b| b - b'0'));
                len = 12;
            }
        }
        if digits.len() == 11 && is_identity_number(&digits) {
            let (line, column) = cursor.advance(bytes, i);
            let scalars = scalars.get_or_insert_with(|| root.map(scalars_of).unwrap_or_default());
            let pointer = pointer_at(scalars, i).unwrap_or_default();
            let place = if pointer.is_empty() {
                "comment"
            } else {
                "value"
            };
            out.push(
                Finding::new(
                    &RULE,
                    msg("finding-identity-number", &[("place", place.into())]),
                    pointer,
                    Pos {
                        line,
                        column,
                        offset: i,
                        len,
                    },
                )
                .help(msg("finding-identity-number-help", &[])),
            );
        }
        i += len.max(run);
    }
}

/// Mod-11 check digits and a plausible birth date (D-, H- and synthetic numbers allowed).
pub fn is_identity_number(d: &[u8]) -> bool {
    if d.len() != 11 {
        return false;
    }
    let check = |weights: &[u32]| -> Option<u8> {
        let sum: u32 = weights.iter().zip(d).map(|(w, &x)| w * u32::from(x)).sum();
        match 11 - sum % 11 {
            11 => Some(0),
            10 => None,
            k => Some(k as u8),
        }
    };
    let k1 = check(&[3, 7, 6, 1, 8, 9, 4, 5, 2]);
    let k2 = check(&[5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if k1 != Some(d[9]) || k2 != Some(d[10]) {
        return false;
    }
    let mut day = d[0] * 10 + d[1];
    let mut month = d[2] * 10 + d[3];
    if day > 40 {
        day -= 40;
    }
    if month > 80 {
        month -= 80;
    } else if month > 40 {
        month -= 40;
    }
    (1..=31).contains(&day) && (1..=12).contains(&month)
}

/// Line and column of increasing byte offsets, each character counted once.
struct Cursor {
    offset: usize,
    line: u32,
    column: u32,
}

impl Default for Cursor {
    fn default() -> Self {
        Cursor {
            offset: 0,
            line: 1,
            column: 1,
        }
    }
}

impl Cursor {
    /// 1-based line and column (in characters) of `offset`, which is not before the last.
    fn advance(&mut self, text: &[u8], offset: usize) -> (u32, u32) {
        for &b in &text[self.offset..offset] {
            if b == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if b & 0xC0 != 0x80 {
                // Not a UTF-8 continuation byte: a character starts here.
                self.column += 1;
            }
        }
        self.offset = offset;
        (self.line, self.column)
    }
}

/// A scalar value's source span and pointer.
struct Scalar {
    start: usize,
    end: usize,
    pointer: String,
}

/// Every scalar value (not keys) with its pointer, in tree order.
fn scalars_of(root: &Node) -> Vec<Scalar> {
    fn walk(node: &Node, pointer: &str, out: &mut Vec<Scalar>) {
        match &node.kind {
            Kind::Map(entries) => entries
                .iter()
                .for_each(|(k, v)| walk(v, &pointer_join(pointer, &k.key_text()), out)),
            Kind::Seq(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, v)| walk(v, &pointer_join(pointer, &i.to_string()), out)),
            _ => out.push(Scalar {
                start: node.pos.offset,
                end: node.pos.offset + node.pos.len.max(1),
                pointer: pointer.to_owned(),
            }),
        }
    }
    let mut out = Vec::new();
    walk(root, "", &mut out);
    // By start, the first in tree order first (an alias repeats its anchor's spans);
    // scalars' spans never overlap otherwise.
    out.sort_by_key(|s| s.start);
    out
}

/// The pointer of the first scalar (in tree order) whose source span contains `offset`.
fn pointer_at(scalars: &[Scalar], offset: usize) -> Option<String> {
    let after = scalars.partition_point(|s| s.start <= offset);
    let start = scalars[..after].last()?.start;
    let first = scalars[..after].partition_point(|s| s.start < start);
    scalars[first..after]
        .iter()
        .find(|s| offset < s.end)
        .map(|s| s.pointer.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::{edit, findings};

    fn digits(s: &str) -> Vec<u8> {
        s.bytes().map(|b| b - b'0').collect()
    }

    /// Synthetic test numbers (month + 80) belong to nobody.
    #[test]
    fn check_digits_and_dates() {
        assert!(is_identity_number(&digits("01820012301")));
        assert!(
            !is_identity_number(&digits("01820012302")),
            "wrong second check digit"
        );
        assert!(!is_identity_number(&digits("00000000000")), "no such date");
    }

    #[test]
    fn found_in_values_and_comments_without_echoing_it() {
        let plan = edit(|p| {
            p.replace("address: null", "address: \"01820012301\"")
                .replace("version: 1", "version: 1 # 018200 12301")
        });
        let found: Vec<_> = findings(&plan)
            .into_iter()
            .filter(|f| f.code == "IP053")
            .collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].pointer, "", "the comment");
        assert_eq!(found[1].pointer, "/person/address");
        assert!(found.iter().all(|f| !f.message.contains("12301")));
    }

    /// Lines, columns (in characters) and pointers come from one pass over the text and one
    /// list of scalars; they must agree with the line index and the tree for every match.
    #[test]
    fn every_match_has_its_own_line_column_and_pointer() {
        let text = "# 01820012301\r\nperson:\r\n  name: \"Åse Øyen 01820012301\"\r\n  \
                    notes: [x, 01820012301, y]\r\nz: &a 01820012301\r\nw: *a\r\n";
        let parsed = crate::yaml::parse(text);
        let root = parsed
            .root
            .unwrap_or_else(|| panic!("{:?}", parsed.findings));
        let mut found = Vec::new();
        scan(text, Some(&root), &mut found);
        let index = crate::diagnostic::LineIndex::new(text);
        let got: Vec<_> = found
            .iter()
            .map(|f| {
                assert_eq!(index.line_col(f.pos.offset), (f.pos.line, f.pos.column));
                (f.pos.line, f.pos.column, f.pointer.as_str())
            })
            .collect();
        assert_eq!(
            got,
            [
                (1, 3, ""),
                (3, 19, "/person/name"),
                (4, 14, "/person/notes/1"),
                (5, 7, "/z"),
            ]
        );
    }

    #[test]
    fn longer_digit_runs_are_not_identity_numbers() {
        let plan = edit(|p| p.replace("address: null", "address: \"018200123010\""));
        assert!(findings(&plan).iter().all(|f| f.code != "IP053"));
    }
}
