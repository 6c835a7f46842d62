//! `ip render --draft` on any bytes: whatever plan the checks produce renders as Markdown
//! and HTML without a panic or a template error. The first byte picks the language and
//! whether the extract for the first participant is rendered.
#![no_main]

use ip::config::Organisation;
use ip::i18n::Lang;
use ip::render::{view, Format, Renderer, Stamp};
use libfuzzer_sys::fuzz_target;

thread_local! {
    static RENDERER: Renderer = Renderer::new(None);
}

fuzz_target!(|bytes: &[u8]| {
    let Some((&choice, bytes)) = bytes.split_first() else {
        return;
    };
    let checked = ip::check::check_bytes(bytes);
    let Some(plan) = &checked.plan else {
        return;
    };
    let lang = [Lang::Nb, Lang::Nn, Lang::En][usize::from(choice % 3)];
    let extract = if choice & 0x80 != 0 {
        plan.participants.first()
    } else {
        None
    };
    let organisation = Organisation {
        name: Some("Fjordvik kommune".into()),
        unit: None,
    };
    let stamp = Stamp {
        commit: None,
        printed: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        draft_reasons: vec!["draft_outside_git"],
    };
    let model = view(plan, lang, &organisation, &stamp, extract);
    RENDERER.with(|renderer| {
        for format in [Format::Md, Format::Html] {
            if let Err(e) = renderer.render(format, &model) {
                panic!("{format:?}: {e:#}");
            }
        }
    });
});
