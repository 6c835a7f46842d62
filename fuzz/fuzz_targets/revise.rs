//! The edit of `ip revise` (`set_revision`) on any UTF-8 text that parses, with two dates
//! taken from the input: never a panic, and an edit it makes must parse again with the
//! dates where they were put.
#![no_main]

use chrono::{Days, NaiveDate};
use ip::revision::set_revision;
use ip::yaml::parse;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u16, u16, &str)| {
    let (a, b, text) = input;
    let base = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
    let last = base + Days::new(u64::from(a));
    let next = last + Days::new(u64::from(b) + 1);
    let Some(root) = parse(text).root else {
        return;
    };
    if let Ok(revised) = set_revision(text, &root, last, next) {
        let again = parse(&revised);
        let Some(root) = again.root else {
            panic!("the revised text does not parse: {:?}", again.findings);
        };
        let revision = root.get("revision").expect("revision is still there");
        for (key, date) in [("last", last), ("next", next)] {
            let value = revision.get(key).and_then(|v| v.as_str());
            assert_eq!(value, Some(date.to_string().as_str()), "revision.{key}");
        }
    }
});
