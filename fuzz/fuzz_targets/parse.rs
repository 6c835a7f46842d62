//! The YAML layer on any UTF-8 text: never a panic, and every node's span inside the text
//! on character boundaries (the commands slice the text with them).
#![no_main]

use ip::yaml::{parse, Kind, Node};
use libfuzzer_sys::fuzz_target;

fn spans_inside(node: &Node, text: &str) {
    let end = node.pos.offset + node.pos.len;
    assert!(
        end <= text.len(),
        "{:?} beyond {} bytes",
        node.pos,
        text.len()
    );
    assert!(
        text.is_char_boundary(node.pos.offset) && text.is_char_boundary(end),
        "{:?} cuts a character",
        node.pos
    );
    match &node.kind {
        Kind::Seq(items) => items.iter().for_each(|n| spans_inside(n, text)),
        Kind::Map(entries) => entries.iter().for_each(|(k, v)| {
            spans_inside(k, text);
            spans_inside(v, text);
        }),
        _ => {}
    }
}

fuzz_target!(|text: &str| {
    let parsed = parse(text);
    if let Some(root) = &parsed.root {
        spans_inside(root, text);
    }
    for finding in &parsed.findings {
        assert!(finding.pos.offset <= text.len(), "{finding:?}");
    }
});
