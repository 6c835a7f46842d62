//! Printing a plan a family accepts at the table: every page says whose plan it is, which
//! version and when it was printed, with "Side n av m"; consent in readable rows with a
//! line to sign for each party; no internal ids; plan text marked with its language; the
//! closing lines; and `--format pdf` with WeasyPrint and Chromium. The PDFs are read back
//! page by page with poppler (pdftotext, pdfinfo, pdffonts).

use std::path::Path;

use crate::harness::{self, root, Env, Run};

/// A fixed print date (18 November 2026), so output is reproducible.
const EPOCH: &str = "1795000000";

fn ip(dir: &Path, args: &[&str]) -> Run {
    let out = harness::command(dir)
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("ip runs");
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run
}

/// The bundled examples: (file stem, text).
fn examples() -> Vec<(String, String)> {
    let out = crate::harness::examples();
    assert_eq!(out.len(), 5, "the tests below know five examples");
    out
}

fn example(stem_start: &str) -> String {
    examples()
        .into_iter()
        .find(|(stem, _)| stem.starts_with(stem_start))
        .unwrap()
        .1
}

fn plan_json(text: &str) -> serde_json::Value {
    serde_saphyr::from_str_with_options(text, serde_saphyr::options! { strict_booleans: true })
        .unwrap()
}

/// The words of the page margins in each language of the labels.
struct Words {
    plan_id: &'static str,
    version: &'static str,
    committed: &'static str,
    printed: &'static str,
    draft: &'static str,
    page: &'static str,
    of: &'static str,
    no_rights: &'static str,
    /// The closing line of a coordinator without a plan, which gives no plan's rights.
    coordinator_only: &'static str,
}

fn words(lang: &str) -> Words {
    match lang {
        "nb" => Words {
            plan_id: "Plan-ID",
            version: "Versjon",
            committed: "15. januar 2026",
            printed: "Utskriftsdato: 18. november 2026",
            draft: "UTKAST",
            page: "Side",
            of: "av",
            no_rights: "Planen gir ikke rett til tjenester utover det som følger av lov, forskrift og vedtak.",
            coordinator_only: "Retten til koordinator følger av pasient- og brukerrettighetsloven § 2-5 b.",
        },
        "nn" => Words {
            plan_id: "Plan-ID",
            version: "Versjon",
            committed: "15. januar 2026",
            printed: "Utskriftsdato: 18. november 2026",
            draft: "UTKAST",
            page: "Side",
            of: "av",
            no_rights: "Planen gir ikkje rett til tenester utover det som følgjer av lov, forskrift og vedtak.",
            coordinator_only: "Retten til koordinator følgjer av pasient- og brukerrettighetsloven § 2-5 b.",
        },
        _ => Words {
            plan_id: "Plan ID",
            version: "Version",
            committed: "15 January 2026",
            printed: "Printed on: 18 November 2026",
            draft: "DRAFT",
            page: "Page",
            of: "of",
            no_rights: "The plan gives no right to services beyond what follows from legislation and individual decisions.",
            coordinator_only: "The right to a coordinator follows from the Patient and User Rights Act (pasient- og brukerrettighetsloven) § 2-5 b.",
        },
    }
}

/// Commits the named files of `dir` with a fixed author and date (15 January 2026) and
/// returns the short commit id.
fn commit(dir: &Path, files: &[&str]) -> String {
    let repo = git2::Repository::init(dir).unwrap();
    let mut index = repo.index().unwrap();
    for file in files {
        index.add_path(Path::new(file)).unwrap();
    }
    index.write().unwrap();
    let tree = repo.find_tree(index.write_tree().unwrap()).unwrap();
    let sig = git2::Signature::new(
        "Ola Hansen",
        "ola@example.no",
        &git2::Time::new(1_768_478_400, 0),
    )
    .unwrap();
    let oid = repo
        .commit(Some("HEAD"), &sig, &sig, "Plans", &tree, &[])
        .unwrap();
    oid.to_string()[..7].to_owned()
}

/// The bokmål example made long: many more meetings, so that it runs over several pages.
fn long_plan() -> String {
    let text = example("2026-004").replace("id: \"2026-004\"", "id: \"2026-099\"");
    let (head, tail) = text.split_at(
        text.find("\nrelated_plans:")
            .expect("meetings, then related plans"),
    );
    let mut text = head.to_owned();
    for n in 1..=40 {
        text.push_str(&format!(
            "  - date: 2026-10-{:02}\n    title: Oppfølgingsmøte nummer {n}\n    place: Fjordvik rådhus, møterom 2\n    note: Gjennomgang av dagsplanen og treningen siden forrige møte.\n",
            (n % 28) + 1
        ));
    }
    text.push_str(tail);
    text
}

/// Each printed page (Chromium's PDF of the HTML, read page by page) names the person and
/// the plan id, the version (commit and date, or UTKAST and why), the print date, and says
/// "Side n av m"; the limits of consent stay on one line; the last page has the closing line.
#[test]
fn every_printed_page_says_whose_plan_which_version_when_printed_and_side_n_av_m() {
    let chromium = harness::chromium();
    if !harness::print_tools_present(
        &[chromium.unwrap_or("chromium"), "pdftotext", "pdfinfo"],
        "the page margin test",
    ) {
        return;
    }
    let chromium = chromium.unwrap();
    let env = Env::new();
    let mut plans = examples();
    let committed: Vec<String> = plans.iter().map(|(s, _)| format!("{s}.yaml")).collect();
    for (stem, text) in &plans {
        env.file(&format!("{stem}.yaml"), text);
    }
    let short = commit(
        env.path(),
        &committed.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    // Never committed: a draft, which must say so on every page.
    plans.push(("long-draft".to_owned(), long_plan()));
    env.file("long-draft.yaml", long_plan());
    let mut most_pages = 0;
    for (stem, text) in &plans {
        let plan = plan_json(text);
        let lang = plan["language"].as_str().unwrap();
        let w = words(lang);
        let name = plan["person"]["name"].as_str().unwrap();
        let id = plan["id"].as_str().unwrap();
        let html = format!("{stem}.html");
        ip(
            env.path(),
            &[
                "render",
                &format!("{stem}.yaml"),
                "--format",
                "html",
                "-o",
                &html,
            ],
        )
        .code(0);
        let pdf = env.path().join(format!("{stem}.pdf"));
        harness::chromium_print(
            chromium,
            &env.path().join(&html),
            &pdf,
            &env.path().join(format!("profile-{stem}")),
        );
        let pages = harness::pdf_pages(&pdf);
        let m = pages.len();
        most_pages = most_pages.max(m);
        let version = if stem == "long-draft" {
            format!("{} – ", w.draft)
        } else {
            format!("{}: {short}, {}", w.version, w.committed)
        };
        for (i, page) in pages.iter().enumerate() {
            let n = i + 1;
            for needed in [
                name.to_owned(),
                format!("{} {id}", w.plan_id),
                version.clone(),
                w.printed.to_owned(),
                format!("{} {n} {} {m}", w.page, w.of),
            ] {
                assert!(
                    page.contains(&needed),
                    "{stem}: page {n} of {m} lacks `{needed}`:\n{page}"
                );
            }
            if stem != "long-draft" {
                assert!(!page.contains(w.draft), "{stem}: committed, not a draft");
            }
        }
        let closing = if plan["kind"] == "coordinator-only" {
            w.coordinator_only
        } else {
            w.no_rights
        };
        // pdftotext breaks long lines: compare with single spaces.
        let last = pages[m - 1]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            last.contains(closing),
            "{stem}: the closing line on the last page:\n{last}"
        );
        // The limits of consent run the width of the page, not down a narrow strip.
        let mut notes = Vec::new();
        collect(&plan["consent"], "note", &mut notes);
        for note in notes {
            let layout = std::process::Command::new("pdftotext")
                .args(["-layout"])
                .arg(&pdf)
                .arg("-")
                .output()
                .unwrap();
            let layout = String::from_utf8_lossy(&layout.stdout);
            assert!(
                layout.lines().any(|l| l.contains(note.as_str())),
                "{stem}: `{note}` is broken over lines:\n{layout}"
            );
        }
    }
    assert!(most_pages >= 3, "a plan of three pages or more was printed");
}

/// Text nodes of an HTML page's body with the language they are in: the innermost `lang`
/// of the elements around them.
fn text_with_lang(html: &str) -> Vec<(String, String)> {
    const VOID: [&str; 7] = ["meta", "br", "col", "link", "img", "hr", "input"];
    let body = &html[html.find("<body").expect("a body")..];
    let root_lang = html
        .split_once("<html lang=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(l, _)| l.to_owned())
        .unwrap();
    let mut stack: Vec<(String, Option<String>)> = Vec::new();
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(open) = rest.find('<') {
        let text = &rest[..open];
        if !text.trim().is_empty() {
            let lang = stack
                .iter()
                .rev()
                .find_map(|(_, l)| l.clone())
                .unwrap_or_else(|| root_lang.clone());
            out.push((text.trim().to_owned(), lang));
        }
        let close = rest[open..].find('>').unwrap() + open;
        let tag = &rest[open + 1..close];
        rest = &rest[close + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            if let Some(at) = stack.iter().rposition(|(n, _)| n == name.trim()) {
                stack.truncate(at);
            }
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if name.is_empty() || VOID.contains(&name.as_str()) || tag.ends_with('/') {
            continue;
        }
        let lang = tag
            .split_once(" lang=\"")
            .and_then(|(_, r)| r.split_once('"'))
            .map(|(l, _)| l.to_owned());
        stack.push((name, lang));
    }
    out
}

fn visible_text(html: &str) -> String {
    text_with_lang(html)
        .into_iter()
        .map(|(t, _)| t)
        .collect::<Vec<_>>()
        .join(" ")
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
        .replace('/', "&#x2f;")
}

/// `lang` on plan text: with `--lang en` on a nynorsk plan every piece of the plan's own
/// text is read as nynorsk and every label as English; with labels in the plan's own
/// language no element needs a `lang` of its own.
#[test]
fn plan_text_is_marked_with_the_plans_language_when_the_labels_differ() {
    let env = Env::new();
    let cases = [
        ("2026-017", "nn", "en"),
        ("2026-004", "nb", "nn"),
        ("2026-031", "en", "nb"),
    ];
    for (id, plan_lang, labels) in cases {
        let text = example(id);
        env.file("p.yaml", &text);
        let run = ip(
            env.path(),
            &["render", "p.yaml", "--format", "html", "--lang", labels],
        );
        run.code(0);
        let html = run.stdout;
        assert!(html.contains(&format!("<html lang=\"{labels}\">")));
        let nodes = text_with_lang(&html);
        let plan = plan_json(&text);
        let mut checked = 0;
        for key in [
            "name",
            "description",
            "contributes",
            "how",
            "extent",
            "role",
            "organisation",
            "with",
            "about",
            "title",
            "place",
            "note",
            "relation",
            "address",
        ] {
            let mut values = Vec::new();
            collect(&plan, key, &mut values);
            for value in values {
                let escaped = html_escape(&value);
                let holding: Vec<&(String, String)> =
                    nodes.iter().filter(|(t, _)| t.contains(&escaped)).collect();
                assert!(!holding.is_empty(), "{id}: `{value}` is not on the page");
                assert!(
                    holding.iter().any(|(_, l)| l == plan_lang),
                    "{id}: `{value}` is never marked lang={plan_lang}: {holding:?}"
                );
                if value.chars().count() >= 8 {
                    for (t, l) in &holding {
                        assert_eq!(l, plan_lang, "{id}: `{t}` with --lang {labels}");
                    }
                }
                checked += 1;
            }
        }
        assert!(checked > 20, "{id}: {checked} values checked");
        // Labels stay in the language of the labels.
        let consent = match labels {
            "en" => "Consent",
            _ => "Samtykke",
        };
        let label = nodes.iter().find(|(t, _)| t == consent).unwrap();
        assert_eq!(label.1, labels, "{id}: the heading `{consent}`");
        // The same plan with its own language for labels: no element needs a lang.
        let own = ip(env.path(), &["render", "p.yaml", "--format", "html"]).stdout;
        assert_eq!(own.matches(" lang=\"").count(), 1, "{id}: only <html lang>");
    }
}

/// All the plan's text but its references (ids, `responsible`, `goals`, `access`).
fn plan_text(value: &serde_json::Value, key: &str, out: &mut String) {
    match value {
        serde_json::Value::Object(map) => map.iter().for_each(|(k, v)| plan_text(v, k, out)),
        serde_json::Value::Array(items) => items.iter().for_each(|v| plan_text(v, key, out)),
        serde_json::Value::String(s)
            if !["id", "responsible", "goals", "access"].contains(&key) =>
        {
            out.push_str(s);
            out.push(' ');
        }
        _ => {}
    }
}

/// Every string under `key` anywhere in the plan.
fn collect(value: &serde_json::Value, key: &str, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                match v {
                    serde_json::Value::String(s) if k == key => out.push(s.clone()),
                    _ => collect(v, key, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect(v, key, out)),
        _ => {}
    }
}

/// No internal id reaches the page: goals are "Mål 1: …", the responsible is a name, never
/// `ppt`; cooperation and representatives in the family's words.
#[test]
fn the_page_shows_no_internal_ids_only_numbers_names_and_words() {
    let env = Env::new();
    for (stem, text) in examples() {
        env.file("p.yaml", &text);
        let plan = plan_json(&text);
        let mut ids = Vec::new();
        collect(&plan, "id", &mut ids);
        ids.retain(|i| i != plan["id"].as_str().unwrap());
        // Words the plan itself writes (Kari's father is "far", also a participant id).
        let mut own_words = String::new();
        plan_text(&plan, "", &mut own_words);
        let word_set = |s: &str| -> Vec<String> {
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect()
        };
        let own_words = word_set(&own_words);
        for lang in ["nb", "nn", "en"] {
            let run = ip(
                env.path(),
                &["render", "p.yaml", "--format", "html", "--lang", lang],
            );
            run.code(0);
            let shown = word_set(&visible_text(&run.stdout));
            for id in &ids {
                if own_words.contains(id) {
                    continue;
                }
                assert!(
                    !shown.contains(id),
                    "{stem} ({lang}): the id `{id}` is printed"
                );
            }
            let shown = visible_text(&run.stdout);
            let (partner, about) = match lang {
                "nb" => ("Samarbeidspart", "Hva samarbeidet gjelder"),
                "nn" => ("Samarbeidspart", "Kva samarbeidet gjeld"),
                _ => ("Partner", "What the cooperation concerns"),
            };
            // A coordinator without a plan records no cooperation.
            assert_eq!(
                shown.contains(partner) && shown.contains(about),
                plan.get("cooperation").is_some(),
                "{stem} ({lang})"
            );
            assert!(
                !shown.to_lowercase().contains("representant"),
                "{stem} ({lang})"
            );
        }
    }
    // Measures name their goals by number and text, and whom by name.
    env.file("p.yaml", example("2026-004"));
    let html = ip(env.path(), &["render", "p.yaml", "--format", "html"]).stdout;
    let shown = visible_text(&html);
    assert!(
        shown.contains("Mål 1: Gå til butikken alene innen sommeren."),
        "{shown}"
    );
    assert!(shown.contains("Mål 2: Tilbake i jobb som lagermedarbeider i 50 prosent stilling."));
    assert!(shown.contains("Sigrid Lunde (koordinator)"));
    env.file("p.yaml", example("2026-031"));
    let shown = visible_text(&ip(env.path(), &["render", "p.yaml", "--format", "html"]).stdout);
    assert!(shown.contains("Educational-psychological service (PPT)"));
    assert!(shown.contains("Goal 1: Go to school every day without stomach aches in the morning."));
    assert!(
        shown.contains("Maria Lind (mother)"),
        "a representative: name (relation)"
    );
    env.file("p.yaml", example("2026-017"));
    let shown = visible_text(&ip(env.path(), &["render", "p.yaml", "--format", "html"]).stdout);
    assert!(shown.contains("Per Nordmann (far)"), "{shown}");
}

/// Version 1: consent reads as rows (the long sharing label above its value), the consent
/// wording stands above the family's lines, and each party has a line: the person, each
/// representative (and the one who consented, if not listed), then the coordinator.
#[test]
fn v1_consent_reads_in_rows_with_its_wording_and_a_line_for_each_party() {
    let env = Env::new();
    env.file("emma.yaml", child_v1());
    let html = ip(env.path(), &["render", "emma.yaml", "--format", "html"]).stdout;
    let consent = &html[html.find("<h2 id=\"consent\">").unwrap()..];
    let consent = &consent[..consent.find("</section>").unwrap()];
    assert!(consent.contains("<dl class=\"rows\">"), "{consent}");
    let shown = visible_text(&format!("<html lang=\"en\"><body>{consent}"));
    let order = [
        "Given by Maria Lind (mother)",
        "Limits on consent School may see goals and measures only.",
        "By signing, I consent to this individual plan being prepared and used.",
        "Emma Lind (plan owner) Place and date Signature",
        "Maria Lind (mother) Place and date Signature",
        "Jakob Lind (father) Place and date Signature",
        "The coordinator confirms that the plan was prepared together with the plan owner.",
        "Nora Dahl (coordinator) Place and date Signature",
    ];
    let mut at = 0;
    for part in order {
        let found = shown[at..]
            .find(part)
            .unwrap_or_else(|| panic!("`{part}` after the parts before it in:\n{shown}"));
        at += found + part.len();
    }
    assert_eq!(shown.matches("Place and date").count(), 4, "{shown}");
    // Consent by a representative who is not listed: a line for them too.
    env.file(
        "emma.yaml",
        child_v1().replace(
            "  name: Maria Lind\n  sharing",
            "  name: Eva Lind\n  sharing",
        ),
    );
    let html = ip(
        env.path(),
        &["render", "emma.yaml", "--format", "html", "--lang", "nb"],
    );
    html.code(0);
    let shown = visible_text(&html.stdout);
    assert!(shown.contains("Gitt av Eva Lind"), "{shown}");
    assert!(
        shown.contains("Eva Lind Sted og dato Underskrift"),
        "{shown}"
    );
    assert_eq!(shown.matches("Sted og dato").count(), 5);
    assert!(shown.contains("Med min underskrift samtykker jeg"));
}

fn child_v1() -> String {
    std::fs::read_to_string(root().join("tests/fixtures/valid/child-v1.yaml")).unwrap()
}

/// Version 2: each consent record on its own, full width (who, to what, from when, and its
/// limits on a line of their own); the consent wording above the lines; one signature line
/// for each party that consented, as recorded, then the coordinator's.
#[test]
fn consent_records_print_one_by_one_with_a_line_for_each_consenting_party() {
    let env = Env::new();
    env.file("emma.yaml", example("2026-031"));
    let html = ip(env.path(), &["render", "emma.yaml", "--format", "html"]).stdout;
    let consent = &html[html.find("<h2 id=\"consent\">").unwrap()..];
    let consent = &consent[..consent.find("</section>").unwrap()];
    let shown = visible_text(&format!("<html lang=\"en\"><body>{consent}"));
    let order = [
        "Maria Lind (mother): Consent to the plan being prepared",
        "Given 2 April 2026.",
        "Jakob Lind (father): Consent to the plan being prepared",
        "Given 6 April 2026.",
        "Maria Lind (mother): Consent to share confidential information with",
        "Fjordvik primary school, Educational-psychological service (PPT), Child and adolescent mental health clinic (BUP)",
        "Limits on consent: School may see goals and measures only, not the treatment at BUP.",
        "Jakob Lind (father): Consent to share confidential information with",
        "By signing, I consent to this individual plan being prepared and used.",
        "Maria Lind (mother) Place and date Signature",
        "Jakob Lind (father) Place and date Signature",
        "The coordinator confirms that the plan was prepared together with the plan owner.",
        "Nora Dahl (child coordinator) Place and date Signature",
    ];
    let mut at = 0;
    for part in order {
        let found = shown[at..]
            .find(part)
            .unwrap_or_else(|| panic!("`{part}` after the parts before it in:\n{shown}"));
        at += found + part.len();
    }
    // Emma is 11: her parents consent and sign, she does not.
    assert_eq!(shown.matches("Place and date").count(), 3, "{shown}");
    // A withdrawn consent says so, and its party still signs once.
    env.file(
        "emma.yaml",
        example("2026-031").replacen(
            "    given: 2026-04-06\n",
            "    given: 2026-04-06\n    withdrawn: 2026-05-02\n",
            1,
        ),
    );
    let run = ip(
        env.path(),
        &[
            "render",
            "emma.yaml",
            "--format",
            "html",
            "--draft",
            "--lang",
            "nb",
        ],
    );
    run.code(0);
    let shown = visible_text(&run.stdout);
    assert!(shown.contains("Trukket tilbake 2. mai 2026"), "{shown}");
    assert_eq!(shown.matches("Sted og dato").count(), 3, "{shown}");
    // Consent by the person: the person and the coordinator sign.
    env.file("jonas.yaml", example("2026-004"));
    let shown = visible_text(&ip(env.path(), &["render", "jonas.yaml", "--format", "html"]).stdout);
    assert!(
        shown.contains("Jonas Berg: Samtykke til at planen utarbeides"),
        "{shown}"
    );
    assert!(shown.contains("Jonas Berg (planeier) Sted og dato Underskrift"));
    assert!(shown.contains("Sigrid Lunde (koordinator) Sted og dato Underskrift"));
    assert_eq!(shown.matches("Sted og dato").count(), 2);
    // Consent by a guardian for an adult: the guardian signs, not the person.
    env.file("arne.yaml", example("2026-045"));
    let shown = visible_text(&ip(env.path(), &["render", "arne.yaml", "--format", "html"]).stdout);
    assert!(
        shown.contains("Liv Vik (dotter og verje) Stad og dato Underskrift"),
        "{shown}"
    );
    assert!(
        !shown.contains("Arne Vik (planeigar) Stad og dato"),
        "{shown}"
    );
    assert_eq!(shown.matches("Stad og dato").count(), 2);
}

/// The closing lines in every language: the regulation by its (bokmål) title, also in
/// nynorsk, and that the plan gives no rights beyond the law.
#[test]
fn the_plan_closes_with_the_regulation_and_that_it_gives_no_rights() {
    let env = Env::new();
    env.file("p.yaml", example("2026-017"));
    for lang in ["nb", "nn", "en"] {
        for format in ["html", "md"] {
            let run = ip(
                env.path(),
                &["render", "p.yaml", "--format", format, "--lang", lang],
            );
            run.code(0);
            let text = if format == "html" {
                visible_text(&run.stdout)
            } else {
                run.stdout.clone()
            };
            assert!(
                text.contains("«forskrift om individuell plan ved ytelse av velferdstjenester»"),
                "{lang} {format}: the regulation's title"
            );
            assert!(
                !text.contains("yting av velferdstenester"),
                "{lang} {format}"
            );
            if format == "html" {
                assert!(text.contains(words(lang).no_rights), "{lang}: {text}");
            }
        }
    }
}

/// The engines on this machine that `--pdf-engine` can name.
fn engines() -> Vec<&'static str> {
    let mut found = Vec::new();
    if harness::print_tools_present(&["weasyprint"], "the WeasyPrint PDF test") {
        found.push("weasyprint");
    }
    if let Some(_chromium) = harness::chromium() {
        found.push("chromium");
    } else {
        harness::print_tools_present(&["chromium"], "the Chromium PDF test");
    }
    found
}

/// `ip render --format pdf` with each engine here: A4, the title, author and language in
/// the metadata, every font embedded, the name on every page; PDF/A-2b from WeasyPrint.
#[test]
fn render_format_pdf_with_each_engine_present() {
    if !harness::print_tools_present(&["pdftotext", "pdfinfo", "pdffonts"], "the PDF test") {
        return;
    }
    let engines = engines();
    let env = Env::new();
    std::fs::copy(root().join("examples/ip.toml"), env.path().join("ip.toml")).unwrap();
    for engine in &engines {
        for (stem, text) in examples() {
            env.file(&format!("{stem}.yaml"), &text);
            let plan = plan_json(&text);
            let name = plan["person"]["name"].as_str().unwrap();
            let lang = plan["language"].as_str().unwrap();
            let pdf_name = format!("{stem}-{engine}.pdf");
            ip(
                env.path(),
                &[
                    "render",
                    &format!("{stem}.yaml"),
                    "--format",
                    "pdf",
                    "--pdf-engine",
                    engine,
                    "-o",
                    &pdf_name,
                ],
            )
            .code(0);
            let pdf = env.path().join(&pdf_name);
            let info = harness::pdfinfo(&pdf);
            let title = format!(
                "{} – {name} – {}",
                match (lang, plan["kind"].as_str()) {
                    ("nb", Some("coordinator-only")) => "Koordinator uten individuell plan",
                    ("en", _) => "Individual plan",
                    _ => "Individuell plan",
                },
                plan["id"].as_str().unwrap()
            );
            let line = |key: &str| {
                info.lines()
                    .find_map(|l| l.strip_prefix(key))
                    .map(str::trim)
                    .unwrap_or("")
                    .to_owned()
            };
            assert!(
                line("Title:").starts_with(&title),
                "{engine} {stem}: {info}"
            );
            assert_eq!(
                line("Author:"),
                "Fjordvik kommune, Koordinerende enhet",
                "{engine}"
            );
            assert!(
                line("Page size:").ends_with("(A4)"),
                "{engine} {stem}: {info}"
            );
            let bytes = std::fs::read(&pdf).unwrap();
            let lang_entry = format!("/Lang ({lang})");
            assert!(
                bytes
                    .windows(lang_entry.len())
                    .any(|w| w == lang_entry.as_bytes()),
                "{engine} {stem}: the document language {lang}"
            );
            let fonts = std::process::Command::new("pdffonts")
                .arg(&pdf)
                .output()
                .unwrap();
            let fonts = String::from_utf8_lossy(&fonts.stdout);
            let header = fonts.lines().next().unwrap();
            let emb = header.find("emb").unwrap();
            let rows: Vec<&str> = fonts.lines().skip(2).collect();
            assert!(!rows.is_empty(), "{engine} {stem}: fonts\n{fonts}");
            for row in rows {
                assert_eq!(
                    &row[emb..emb + 3],
                    "yes",
                    "{engine} {stem}: embedded?\n{fonts}"
                );
            }
            let pages = harness::pdf_pages(&pdf);
            for (i, page) in pages.iter().enumerate() {
                assert!(
                    page.contains(name),
                    "{engine} {stem}: page {} lacks the name",
                    i + 1
                );
            }
            if *engine == "weasyprint" {
                let meta = std::process::Command::new("pdfinfo")
                    .args(["-meta"])
                    .arg(&pdf)
                    .output()
                    .unwrap();
                let meta = String::from_utf8_lossy(&meta.stdout);
                assert!(
                    meta.contains("pdfaid:part=\"2\"") && meta.contains("pdfaid:conformance=\"B\""),
                    "{stem}: PDF/A-2b\n{meta}"
                );
            }
        }
        // Without an organisation the author is ip.
        let run = ip(
            env.path(),
            &[
                "--no-config",
                "render",
                "2026-017-kari-nordmann.yaml",
                "--format",
                "pdf",
                "--pdf-engine",
                engine,
                "-o",
                "bare.pdf",
            ],
        );
        run.code(0);
        assert!(harness::pdfinfo(&env.path().join("bare.pdf")).contains("Author:          ip\n"));
        // One PDF per plan, named by id; a pipe gets the PDF itself.
        let out_dir = format!("out-{engine}");
        ip(
            env.path(),
            &[
                "render",
                ".",
                "--format",
                "pdf",
                "--pdf-engine",
                engine,
                "--out-dir",
                &out_dir,
            ],
        )
        .code(0);
        for id in ["2026-004", "2026-017", "2026-031"] {
            let file = env.path().join(&out_dir).join(format!("{id}.pdf"));
            assert!(
                std::fs::read(&file).unwrap().starts_with(b"%PDF-"),
                "{}",
                file.display()
            );
        }
        let piped = harness::command(env.path())
            .args([
                "render",
                "2026-017-kari-nordmann.yaml",
                "--format",
                "pdf",
                "--pdf-engine",
                engine,
            ])
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(
            piped.status.success() && piped.stdout.starts_with(b"%PDF-"),
            "{engine}: to a pipe"
        );
    }
}

/// No engine: exit 2 naming what to install, and nothing written.
#[test]
fn pdf_without_an_engine_says_what_to_install() {
    let env = Env::new();
    env.file("p.yaml", example("2026-017"));
    std::fs::create_dir(env.path().join("empty-bin")).unwrap();
    for (choice, says) in [
        (
            "auto",
            "install weasyprint (Debian: apt install weasyprint) or chromium",
        ),
        ("chromium", "chromium was not found"),
        ("weasyprint", "weasyprint was not found"),
    ] {
        let out = harness::command(env.path())
            .env("PATH", env.path().join("empty-bin"))
            .args([
                "render",
                "p.yaml",
                "--format",
                "pdf",
                "--pdf-engine",
                choice,
                "-o",
                "p.pdf",
            ])
            .output()
            .unwrap();
        let run = Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::new(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        };
        let stderr = run.stderr_flat();
        assert_eq!(run.code, 2, "{stderr}");
        assert!(stderr.contains(says), "{choice}: {stderr}");
        assert!(!env.path().join("p.pdf").exists());
    }
}

/// A PDF is never poured into a terminal: refused with what to do instead.
#[test]
fn pdf_to_a_terminal_is_refused() {
    if !std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        eprintln!("notice: `script` (util-linux) missing; skipping the terminal test");
        return;
    }
    let env = Env::new();
    env.file("p.yaml", example("2026-017"));
    let typescript = env.path().join("typescript");
    let out = std::process::Command::new("script")
        .current_dir(env.path())
        .env("NO_COLOR", "1")
        .env("HOME", env.path())
        .args(["-q", "-e", "-c"])
        .arg(format!(
            "'{}' render p.yaml --format pdf",
            env!("CARGO_BIN_EXE_ip")
        ))
        .arg(&typescript)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let screen = std::fs::read_to_string(&typescript).unwrap_or_default();
    assert_eq!(out.status.code(), Some(2), "{screen}");
    assert!(screen.contains("a PDF is not for the terminal"), "{screen}");
    assert!(screen.contains("-o FILE"), "{screen}");
    assert!(!screen.contains("%PDF"), "{screen}");
}
