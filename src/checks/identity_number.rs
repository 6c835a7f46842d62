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
use crate::diagnostic::LineIndex;
use crate::diagnostic::{pointer_join, Finding, Pos};
use crate::rules::identity_number::RULE;
use crate::yaml::{Kind, Node};

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    scan(cx.text, Some(cx.root), out);
}

/// Scans the raw text (so comments count too); `root` gives the pointer of the value
/// holding a match.
pub fn scan(text: &str, root: Option<&Node>, out: &mut Vec<Finding>) {
    let bytes = text.as_bytes();
    let index = LineIndex::new(text);
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
            let (line, column) = index.line_col(i);
            let pointer = root.and_then(|r| pointer_at(r, "", i)).unwrap_or_default();
            let place = if pointer.is_empty() {
                "in a comment or key"
            } else {
                "in a value"
            };
            out.push(
                Finding::new(
                    &RULE,
                    format!("this looks like a Norwegian national identity number ({place})"),
                    pointer,
                    Pos { line, column, offset: i, len },
                )
                .help("remove it: git keeps every version of the file for ever; identify the person by name and `born`"),
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

/// The pointer of the scalar whose source span contains `offset`.
fn pointer_at(node: &Node, pointer: &str, offset: usize) -> Option<String> {
    match &node.kind {
        Kind::Map(entries) => entries
            .iter()
            .find_map(|(k, v)| pointer_at(v, &pointer_join(pointer, &k.key_text()), offset)),
        Kind::Seq(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| pointer_at(v, &pointer_join(pointer, &i.to_string()), offset)),
        _ => (node.pos.offset <= offset && offset < node.pos.offset + node.pos.len.max(1))
            .then(|| pointer.to_owned()),
    }
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

    #[test]
    fn longer_digit_runs_are_not_identity_numbers() {
        let plan = edit(|p| p.replace("address: null", "address: \"018200123010\""));
        assert!(findings(&plan).iter().all(|f| f.code != "IP053"));
    }
}
