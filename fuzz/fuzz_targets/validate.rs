//! Reading and checking a plan (`ip validate`) on any bytes: never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let checked = ip::check::check_bytes(bytes);
    for finding in &checked.findings {
        assert!(finding.pos.offset <= checked.text.len(), "{finding:?}");
    }
});
