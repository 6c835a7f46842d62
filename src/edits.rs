//! Edits to a plan's text: what `ip revise` and `ip migrate` change in a file, as byte
//! ranges replaced, so everything outside them (comments, order, quoting, blank lines)
//! stays exactly as the coordinator wrote it.

/// Replace `remove` bytes at `at` with `insert` (an insertion when `remove` is 0).
pub struct Edit {
    pub at: usize,
    pub remove: usize,
    pub insert: String,
}

/// The text with every edit made. Edits at one offset go in in the order given; `None`
/// when two edits overlap (the result would mangle the plan).
pub fn apply(text: &str, mut edits: Vec<Edit>) -> Option<String> {
    // Stable: edits at one offset keep their order.
    edits.sort_by_key(|e| e.at);
    let mut out = String::with_capacity(text.len() + 256);
    let mut done = 0;
    for edit in &edits {
        if edit.at < done {
            return None;
        }
        out.push_str(text.get(done..edit.at)?);
        out.push_str(&edit.insert);
        done = edit.at + edit.remove;
    }
    out.push_str(text.get(done..)?);
    Some(out)
}

/// Where the line holding byte `offset` starts.
pub fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(at: usize, remove: usize, insert: &str) -> Edit {
        Edit {
            at,
            remove,
            insert: insert.to_owned(),
        }
    }

    #[test]
    fn edits_at_one_offset_keep_their_order_and_overlaps_are_refused() {
        let text = "a: 1\nb: 2\n";
        let out = apply(
            text,
            vec![
                edit(10, 0, "c: 3\n"),
                edit(3, 1, "9"),
                edit(10, 0, "d: 4\n"),
            ],
        );
        assert_eq!(out.as_deref(), Some("a: 9\nb: 2\nc: 3\nd: 4\n"));
        assert!(apply(text, vec![edit(0, 4, ""), edit(3, 1, "9")]).is_none());
        assert_eq!(line_start(text, 7), 5);
        assert_eq!(line_start(text, 2), 0);
    }
}
