//! `ip render`: content, escaping, extracts, stamps, file naming, and printing in a real
//! browser. Snapshots of every example in all three languages are reviewed by hand.

use crate::harness::{complete_plan, examples, plan_with_id, root, Env, Run};

/// A fixed print date (2026-11-18), so output is reproducible.
const EPOCH: &str = "1795000000";

fn render_in(dir: &std::path::Path, args: &[&str]) -> Run {
    let mut cmd = crate::harness::command(dir);
    cmd.env("SOURCE_DATE_EPOCH", EPOCH).args(args);
    let out = cmd.output().expect("ip runs");
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run
}

#[test]
fn snapshots_of_every_example_in_every_language() {
    let env = Env::new();
    for (name, text) in examples() {
        env.file(&format!("{name}.yaml"), &text);
        for lang in ["nb", "nn", "en"] {
            for format in ["md", "html"] {
                let run = render_in(
                    env.path(),
                    &[
                        "render",
                        &format!("{name}.yaml"),
                        "--lang",
                        lang,
                        "--format",
                        format,
                    ],
                );
                run.code(0);
                insta::assert_snapshot!(format!("{name}.{lang}.{format}"), run.stdout);
            }
        }
    }
}

/// HTML-escapes as minijinja does, to find plan text in the page.
fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
        .replace('/', "&#x2f;")
}

fn leaves(value: &serde_json::Value, key: &str, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::Object(map) => map.iter().for_each(|(k, v)| leaves(v, k, out)),
        serde_json::Value::Array(items) => items.iter().for_each(|v| leaves(v, key, out)),
        serde_json::Value::String(s) => out.push((key.to_owned(), s.clone())),
        _ => {}
    }
}

/// Every text value of a plan reaches the page (dates and fixed words are translated).
#[test]
fn every_value_of_the_plan_appears() {
    let translated = [
        "responsible",
        "version",
        "status",
        "language",
        "horizon",
        "by",
        "access",
        "interval",
        "born",
        "given",
        "target",
        "start",
        "end",
        "next",
        "last",
        "date",
        "withdrawn",
        "goals",
        // The plan's own references (`g1`, `ppt`): the page names goals by number and
        // participants by name (tests/cli/print.rs).
        "id",
        // Version 2: words the page says in the labels' language, and references to
        // people, which it prints by name.
        "kind",
        "authority",
        "covers",
        "until",
        "done",
        "party",
        "with",
        "recorded_by",
        "attendees",
        "members",
        "leader",
        "who",
    ];
    let env = Env::new();
    // The examples, and a plan with every field of the format (invalid: `--draft`).
    let mut plans = examples();
    for every in ["every-field", "every-field-v2"] {
        let text = std::fs::read_to_string(root().join(format!("tests/fixtures/{every}.yaml")));
        plans.push((every.to_owned(), text.unwrap()));
    }
    for (name, text) in plans {
        env.file(&format!("{name}.yaml"), &text);
        let html = render_in(
            env.path(),
            &[
                "render",
                &format!("{name}.yaml"),
                "--format",
                "html",
                "--draft",
            ],
        );
        html.code(0);
        let mut plan: serde_json::Value = serde_saphyr::from_str_with_options(
            &text,
            serde_saphyr::options! { strict_booleans: true },
        )
        .unwrap();
        // Settings for the validator, not the plan's content: not printed.
        plan.as_object_mut().unwrap().remove("accept_warnings");
        let mut values = Vec::new();
        leaves(&plan, "", &mut values);
        assert!(values.len() > 30, "{name}");
        for (key, value) in values {
            if translated.contains(&key.as_str()) {
                continue;
            }
            assert!(
                html.stdout.contains(&html_escape(&value)),
                "{name}: `{key}: {value}` is missing from the HTML"
            );
        }
    }
}

#[test]
fn plan_text_is_escaped_never_run() {
    let env = Env::new();
    let evil = complete_plan().replace(
        "description: Praktisk bistand",
        "description: \"<script>alert('x')</script> | *bold* [a](b)\"",
    );
    env.file("evil.yaml", &evil);
    let html = render_in(env.path(), &["render", "evil.yaml", "--format", "html"]);
    html.code(0);
    assert!(!html.stdout.contains("<script"), "no script element");
    assert!(html
        .stdout
        .contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;&#x2f;script&gt;"));
    let md = render_in(env.path(), &["render", "evil.yaml"]);
    assert!(
        md.stdout
            .contains("\\<script\\>alert('x')\\</script\\> \\| \\*bold\\* \\[a\\](b)"),
        "{}",
        md.stdout
    );
}

#[test]
fn html_is_self_contained_accessible_and_made_for_a4() {
    let env = Env::new();
    env.file("p.yaml", complete_plan());
    let html = render_in(env.path(), &["render", "p.yaml", "--format", "html"]).stdout;
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nn\">"));
    assert!(!html.contains("None"), "absent values print nothing");
    for forbidden in [
        "<script", "<link", "src=", "http://", "https://", "@import", "url(",
    ] {
        assert!(!html.contains(forbidden), "found {forbidden}");
    }
    for needed in [
        "@page { size: A4",
        "break-inside: avoid",
        "display: table-header-group",
        "<th scope=\"col\">",
        "counter(page)",
        "<h1>",
        "<h2 id=\"consent\">",
    ] {
        assert!(html.contains(needed), "missing {needed}");
    }
}

#[test]
fn language_comes_from_flag_then_plan_then_ip_toml_then_bokmal() {
    let env = Env::new();
    env.file("p.yaml", complete_plan().replace("language: nn\n", ""));
    assert!(
        render_in(env.path(), &["render", "p.yaml"])
            .stdout
            .contains("Planeier"),
        "bokmål by default"
    );
    env.file("ip.toml", "language = \"en\"\n");
    let run = render_in(env.path(), &["render", "p.yaml"]);
    assert!(
        run.stdout.contains("# Individual plan: Kari Nordmann"),
        "ip.toml language: {}",
        run.stdout
    );
    env.file("p.yaml", complete_plan());
    assert!(
        render_in(env.path(), &["render", "p.yaml"])
            .stdout
            .contains("Deltakarar"),
        "the plan's own language wins over ip.toml"
    );
    assert!(
        render_in(env.path(), &["render", "p.yaml", "--lang", "nb"])
            .stdout
            .contains("Deltakere"),
        "--lang wins"
    );
}

#[test]
fn an_extract_shows_only_what_the_participant_may_see() {
    let env = Env::new();
    env.file("p.yaml", complete_plan());
    let run = render_in(
        env.path(),
        &[
            "render",
            "p.yaml",
            "--for",
            "heimeteneste",
            "--format",
            "html",
        ],
    );
    run.code(0);
    let html = run.stdout;
    assert!(
        html.contains("Utdrag for Heimetenesta"),
        "the page says whose extract it is"
    );
    assert!(html.contains("<h2 id=\"goals\">") && html.contains("<h2 id=\"measures\">"));
    for hidden in [
        "id=\"resources\"",
        "id=\"needs\"",
        "id=\"participants\"",
        "id=\"consent\"",
        "id=\"cooperation\"",
        "+47 900 00 000",
        "Per Nordmann",
    ] {
        assert!(
            !html.contains(hidden),
            "{hidden} is not for this participant"
        );
    }
    let run = render_in(env.path(), &["render", "p.yaml", "--for", "heimetenesta"]);
    run.code(2);
    assert!(
        run.stderr.contains("no participant `heimetenesta`") && run.stderr.contains("heimeteneste"),
        "{}",
        run.stderr
    );
}

#[test]
fn invalid_plans_are_refused_unless_draft() {
    let env = Env::new();
    env.file(
        "p.yaml",
        complete_plan().replace("responsible: heimeteneste", "responsible: x"),
    );
    let run = render_in(env.path(), &["render", "p.yaml"]);
    run.code(1);
    assert!(
        run.stdout.contains("IP030"),
        "the validation report: {}",
        run.stdout
    );
    let run = render_in(env.path(), &["render", "p.yaml", "--draft"]);
    run.code(0);
    assert!(
        run.stdout
            .starts_with("> **UTKAST** – Planen har feil som må rettast."),
        "{}",
        &run.stdout[..200]
    );
}

#[test]
fn out_dir_names_files_safely_and_refuses_clashes() {
    let env = Env::new();
    env.file(
        "a.yaml",
        complete_plan().replace("id: \"2026-017\"", "id: \"../../escape\""),
    );
    env.file(
        "b.yaml",
        complete_plan().replace("id: \"2026-017\"", "id: \"2026-018\""),
    );
    let run = render_in(
        env.path(),
        &[
            "render",
            "a.yaml",
            "b.yaml",
            "--format",
            "html",
            "--out-dir",
            "out",
        ],
    );
    run.code(0);
    let mut names: Vec<String> = std::fs::read_dir(env.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["2026-018.html", "_._.._escape.html"]);
    assert!(
        !env.path().join("escape.html").exists()
            && !env.path().parent().unwrap().join("escape.html").exists()
    );
    // Two plans with one id: refused before anything is written.
    env.file("c.yaml", complete_plan());
    env.file("d.yaml", complete_plan());
    let run = render_in(
        env.path(),
        &["render", "c.yaml", "d.yaml", "--out-dir", "out2"],
    );
    run.code(2);
    assert!(!env.path().join("out2").exists());
    // Several plans need --out-dir; -o never overwrites a plan.
    render_in(env.path(), &["render", "c.yaml", "d.yaml"]).code(2);
    let run = render_in(env.path(), &["render", "c.yaml", "-o", "c.yaml"]);
    run.code(2);
    assert_eq!(env.read("c.yaml"), complete_plan());
}

#[test]
fn the_stamp_names_the_commit_and_marks_drafts() {
    let env = Env::new();
    env.file("p.yaml", complete_plan());
    let outside = render_in(env.path(), &["render", "p.yaml"]).stdout;
    assert!(
        outside.contains("**UTKAST** – Fila ligg ikkje i git."),
        "{outside}"
    );
    let repo = git2::Repository::init(env.path()).unwrap();
    let mut index = repo.index().unwrap();
    index.add_path(std::path::Path::new("p.yaml")).unwrap();
    index.write().unwrap();
    let tree = repo.find_tree(index.write_tree().unwrap()).unwrap();
    let sig = git2::Signature::new(
        "Ola Hansen",
        "ola@example.no",
        &git2::Time::new(1_768_478_400, 0),
    )
    .unwrap(); // 2026-01-15
    let oid = repo
        .commit(Some("HEAD"), &sig, &sig, "Add plan", &tree, &[])
        .unwrap();
    let short = &oid.to_string()[..7];
    let clean = render_in(env.path(), &["render", "p.yaml"]).stdout;
    assert!(
        clean.contains(&format!(
            // Dates are values too: `15\.` cannot start a numbered list.
            "Versjon: {short}, 15\\. januar 2026. Utskriftsdato: 18\\. november 2026."
        )),
        "{clean}"
    );
    assert!(!clean.contains("UTKAST"));
    env.file(
        "p.yaml",
        complete_plan().replace("extent: 2 timar", "extent: 3 timar"),
    );
    let dirty = render_in(env.path(), &["render", "p.yaml"]).stdout;
    assert!(
        dirty.contains("Fila har endringar som ikkje er lagra i git."),
        "{dirty}"
    );
}

#[test]
fn templates_can_be_overridden_file_by_file_and_cannot_hang() {
    let env = Env::new();
    env.file("p.yaml", complete_plan());
    env.file(
        "tpl/plan.md",
        "Plan {{ plan.id }} for {{ plan.person.name }}\n",
    );
    let run = render_in(env.path(), &["render", "p.yaml", "--templates", "tpl"]);
    assert_eq!(run.stdout, "Plan 2026-017 for Kari Nordmann\n");
    let html = render_in(
        env.path(),
        &["render", "p.yaml", "--templates", "tpl", "--format", "html"],
    );
    assert!(
        html.stdout.contains("<!DOCTYPE html>"),
        "HTML falls back to the built-in template"
    );
    env.file("ip.toml", "[render]\ntemplates = \"tpl\"\n");
    assert_eq!(
        render_in(env.path(), &["render", "p.yaml"]).stdout,
        "Plan 2026-017 for Kari Nordmann\n"
    );
    env.file("tpl/plan.md", "{% for a in range(10000) %}{% for b in range(10000) %}{% for c in range(10000) %}x{% endfor %}{% endfor %}{% endfor %}");
    let run = render_in(env.path(), &["render", "p.yaml"]);
    run.code(2);
    assert!(run.stderr.contains("cannot render"), "{}", run.stderr);
}

/// Prints every example to PDF with headless Chromium and reads it back with pdftotext.
/// Skipped with a notice when Chromium or poppler is missing, unless IP_REQUIRE_BROWSER is
/// set (CI sets it, and `scripts/test` installs both).
#[test]
fn examples_print_to_a4_pdf_in_a_real_browser() {
    let chromium = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            std::process::Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        });
    let poppler = std::process::Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_ok();
    let Some(chromium) = chromium.filter(|_| poppler) else {
        assert!(
            std::env::var_os("IP_REQUIRE_BROWSER").is_none(),
            "IP_REQUIRE_BROWSER is set but chromium or pdftotext is missing"
        );
        eprintln!("notice: chromium or pdftotext missing; skipping the browser print test");
        return;
    };
    let env = Env::new();
    for (name, text) in examples() {
        env.file(&format!("{name}.yaml"), &text);
        render_in(
            env.path(),
            &[
                "render",
                &format!("{name}.yaml"),
                "--format",
                "html",
                "-o",
                &format!("{name}.html"),
            ],
        )
        .code(0);
        let html = env.path().join(format!("{name}.html"));
        let pdf = env.path().join(format!("{name}.pdf"));
        let profile = env.path().join(format!("profile-{name}"));
        crate::harness::chromium_print(chromium, &html, &pdf, &profile);
        let text_out = std::process::Command::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap();
        let pdf_text = String::from_utf8_lossy(&text_out.stdout)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let mut plan: serde_json::Value = serde_saphyr::from_str_with_options(
            &text,
            serde_saphyr::options! { strict_booleans: true },
        )
        .unwrap();
        // Settings for the validator, not the plan's content: not printed.
        plan.as_object_mut().unwrap().remove("accept_warnings");
        let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            pdf_text.contains(plan["person"]["name"].as_str().unwrap()),
            "{name}: the person's name"
        );
        // A coordinator without a plan has no measures; its participants are printed.
        let measures = plan["measures"]
            .as_array()
            .or(plan["participants"].as_array());
        for measure in measures.unwrap() {
            let description = if measure.get("description").is_some() {
                &measure["description"]
            } else {
                &measure["name"]
            };
            let description = squash(description.as_str().unwrap());
            assert!(
                pdf_text.contains(&description),
                "{name}: measure {description}"
            );
        }
        let consent = match plan["language"].as_str() {
            Some("en") => "Consent",
            _ => "Samtykke",
        };
        assert!(pdf_text.contains(consent), "{name}: the consent section");
        let info = std::process::Command::new("pdfinfo")
            .arg(&pdf)
            .output()
            .unwrap();
        let info = String::from_utf8_lossy(&info.stdout);
        let pages: u32 = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        assert!((1..=6).contains(&pages), "{name}: {pages} pages");
        assert!(info.contains("(A4)"), "{name}: A4 page size\n{info}");
    }
}

#[test]
fn render_reads_stdin() {
    let run = {
        let env = Env::new();
        let mut cmd = crate::harness::command(env.path());
        cmd.env("SOURCE_DATE_EPOCH", EPOCH)
            .args(["render", "-"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(complete_plan().as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    assert!(String::from_utf8_lossy(&run.stdout).contains("# Individuell plan: Kari Nordmann"));
}

#[test]
fn cooperation_none_needed_comes_from_the_plan_not_from_its_text() {
    let env = Env::new();
    let block = "cooperation:\n  - with: NAV Ørskog\n    about: Arbeidsretta bistand.\n";
    env.file(
        "none.yaml",
        complete_plan().replace(block, "cooperation: []\n"),
    );
    let run = render_in(env.path(), &["render", "none.yaml"]);
    run.code(0);
    assert!(
        run.stdout
            .contains("Det er vurdert at samarbeid med andre ikkje trengst no."),
        "{}",
        run.stdout
    );
    // No key at all (IP029, so only as a draft); the words stand only inside a note.
    env.file(
        "absent.yaml",
        complete_plan().replace(block, "").replace(
            "  note: null\n",
            "  note: |\n    cooperation: [] vart drøfta på møtet\n",
        ),
    );
    let run = render_in(env.path(), &["render", "absent.yaml", "--draft"]);
    run.code(0);
    assert!(
        !run.stdout.contains("trengst no"),
        "text in a value is not the key: {}",
        run.stdout
    );
}

/// Values that would open a Markdown block at the start of a line or list item, or act as
/// Markdown or HTML anywhere. Fictional text only.
const HOSTILE: &[&str] = &[
    "- ikkje ei liste",
    "+ ikkje ei liste",
    "* ikkje ei liste",
    "1. ikkje ei nummerert liste",
    "1) ikkje ei nummerert liste",
    "> ikkje eit sitat",
    "# ikkje ei overskrift",
    "    ikkje kode",
    "\tikkje kode",
    "---",
    "===",
    "-",
    "a | b | c",
    "*ikkje feit* og _ikkje kursiv_",
    "<b>ikkje html</b> &amp; &lt;",
    "back\\slash \\* \\\\ slutt\\",
    "`ikkje kode` ~~ikkje strek~~ [ikkje lenke](x) ![ikkje bilete](y)",
];

/// The complete plan with `values` in every place a template can put a value: list items
/// (resources, needs), table cells, bold text, the heading, and ip.toml's organisation at
/// the start of a line.
fn plan_with_values(env: &Env, values: &[String]) -> String {
    let yaml = |v: &String| serde_json::to_string(v).unwrap(); // JSON strings are YAML
    let list = |vs: &[String]| {
        vs.iter()
            .map(|v| format!("  - {}\n", yaml(v)))
            .collect::<String>()
    };
    let n = values.len();
    let (resources, rest) = values.split_at(n / 2);
    let plan = complete_plan()
        .replace(
            "resources:\n  - God kontakt med familien.\n",
            &format!("resources:\n{}", list(resources)),
        )
        .replace(
            "needs:\n  - Praktisk bistand i heimen.\n",
            &format!("needs:\n{}", list(rest)),
        )
        .replace(
            "  name: Kari Nordmann\n  born",
            &format!("  name: {}\n  born", yaml(&values[0])),
        )
        .replace(
            "description: Bu i eigen leilegheit innan sommaren 2027.",
            &format!("description: {}", yaml(&values[1])),
        )
        .replace(
            "description: Praktisk bistand\n",
            &format!("description: {}\n", yaml(&values[2])),
        )
        .replace(
            "how: Heimetenesta kjem tysdag og fredag.",
            &format!("how: {}", yaml(&values[3])),
        )
        .replace(
            "    title: Ansvarsgruppemøte",
            &format!(
                "    title: {}\n    place: {}\n    note: {}",
                yaml(&values[4]),
                yaml(&values[7]),
                yaml(&values[8])
            ),
        )
        .replace("  note: null\n", &format!("  note: {}\n", yaml(&values[9])));
    env.file(
        "ip.toml",
        format!(
            "[organisation]\nname = {}\nunit = {}\n",
            yaml(&values[5]),
            yaml(&values[10])
        ),
    );
    plan
}

/// The blocks of a CommonMark document (lists, items, quotes, headings, code, rules,
/// tables, HTML), and its text with a NUL between blocks.
fn markdown_blocks_and_text(md: &str) -> (Vec<String>, String) {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut blocks = Vec::new();
    let mut text = String::new();
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Start(
                tag @ (Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::HtmlBlock
                | Tag::List(_)
                | Tag::Item
                | Tag::Table(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::TableCell),
            ) => {
                blocks.push(format!("{tag:?}"));
                text.push('\0');
            }
            Event::End(
                end @ (TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::HtmlBlock
                | TagEnd::List(_)
                | TagEnd::Item
                | TagEnd::Table
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::TableCell),
            ) => {
                blocks.push(format!("{end:?}"));
                text.push('\0');
            }
            Event::Rule => blocks.push("Rule".to_owned()),
            Event::Html(h) | Event::InlineHtml(h) => blocks.push(format!("Html {h}")),
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    (blocks, text)
}

/// Rendered Markdown read back by a CommonMark parser (pulldown-cmark) gives every value
/// as written, and the same blocks as a plan of plain words: a value never makes a list,
/// quote, heading, code block, rule, table or HTML.
#[test]
fn markdown_values_round_trip_through_a_commonmark_parser() {
    let env = Env::new();
    let hostile: Vec<String> = HOSTILE.iter().map(|v| (*v).to_owned()).collect();
    let plain: Vec<String> = (0..HOSTILE.len()).map(|i| format!("verdi{i}")).collect();
    let mut rendered = Vec::new();
    for values in [&plain, &hostile] {
        env.file("p.yaml", plan_with_values(&env, values));
        let run = render_in(env.path(), &["render", "p.yaml", "--format", "md"]);
        run.code(0);
        rendered.push(run.stdout);
    }
    let (plain_blocks, plain_text) = markdown_blocks_and_text(&rendered[0]);
    for value in &plain {
        assert!(plain_text.contains(value.as_str()), "{value} is placed");
    }
    let (blocks, text) = markdown_blocks_and_text(&rendered[1]);
    for value in &hostile {
        assert!(
            text.contains(value.as_str()),
            "`{value}` is not in the text as written:\n{}",
            rendered[1]
        );
    }
    assert_eq!(
        blocks, plain_blocks,
        "a value changed the document's blocks:\n{}",
        rendered[1]
    );
    assert!(!blocks.iter().any(|b| b.starts_with("Html")));
}

/// `Ab` and `ab` are one file on Windows and macOS: the second plan would replace the first
/// in a shared folder. Refused before anything is written; device names get a `_`.
#[test]
fn out_dir_refuses_names_that_differ_only_in_case() {
    let env = Env::new();
    env.file("a.yaml", plan_with_id("Ab"));
    env.file("b.yaml", plan_with_id("ab"));
    let run = render_in(
        env.path(),
        &["render", "a.yaml", "b.yaml", "--out-dir", "out"],
    );
    run.code(2);
    assert!(
        run.stderr.contains("Ab.md") && run.stderr.contains("ab.md"),
        "{}",
        run.stderr
    );
    assert!(!env.path().join("out").exists(), "nothing is written");
    env.file("b.yaml", plan_with_id("nul"));
    render_in(
        env.path(),
        &["render", "a.yaml", "b.yaml", "--out-dir", "out"],
    )
    .code(0);
    let mut names: Vec<String> = std::fs::read_dir(env.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["Ab.md", "_nul.md"]);
}

/// Format v2's item-level access: an extract leaves out each goal, measure, meeting and
/// note that lists who may see it and does not list the participant, and a measure names
/// only goals the reader may see. The full plan shows everything; why the plan was made
/// (`background`) is in the full plan only.
#[test]
fn an_extract_honours_item_level_access() {
    let env = Env::new();
    for (name, text) in examples() {
        env.file(&format!("{name}.yaml"), text);
    }
    let render = |file: &str, args: &[&str]| {
        let mut all = vec!["render", file, "--format", "html", "--lang", "en"];
        all.extend_from_slice(args);
        let run = render_in(env.path(), &all);
        run.code(0);
        run.stdout
    };
    let emma = "2026-031-emma-lind.yaml";
    let treatment = "Anxiety treatment at BUP";
    let full = render(emma, &[]);
    assert!(full.contains(treatment) && full.contains("Emma has epilepsy"));
    let school = render(emma, &["--for", "school"]);
    assert!(
        !school.contains(treatment),
        "the family's note: not for the school"
    );
    assert!(school.contains("Adapted school day") && school.contains("Expert assessment"));
    assert!(
        !school.contains("Emma has epilepsy"),
        "background is not in an extract"
    );
    let bup = render(emma, &["--for", "bup"]);
    assert!(bup.contains(treatment), "listed in the measure's access");

    let jonas = "2026-004-jonas-berg.yaml";
    let nav_measure = "Arbeidsavklaringspenger og arbeidsutprøving";
    let mother = render(jonas, &["--for", "mor"]);
    assert!(!mother.contains(nav_measure) && mother.contains("Fysioterapi"));
    assert!(render(jonas, &["--for", "nav"]).contains(nav_measure));

    // A goal limited to one participant: gone from the other's extract, and from the
    // goals named beside a measure.
    let limited = std::fs::read_to_string(root().join("examples").join(emma))
        .unwrap()
        .replacen(
            "    horizon: long\n",
            "    horizon: long\n    access: [bup]\n",
            1,
        );
    env.file("limited.yaml", limited);
    let goal = "Take part in football practice with her friends.";
    assert!(render("limited.yaml", &["--for", "bup"]).contains(goal));
    let for_ppt = render("limited.yaml", &["--for", "ppt"]);
    assert!(!for_ppt.contains(goal), "{for_ppt}");
    assert!(
        render("limited.yaml", &[]).contains(goal),
        "the full plan shows it"
    );
}

/// A declined offer (v2 `kind: declined`) needs no plan content and no consent, and prints
/// as what it is: titled as declined, with the person confirming the offer and the answer,
/// never consenting to a plan that was not made.
#[test]
fn a_declined_offer_is_valid_and_printed_as_declined() {
    let env = Env::new();
    let text = std::fs::read_to_string(root().join("tests/fixtures/valid/declined-v2.yaml"));
    env.file("d.yaml", text.unwrap());
    let run = render_in(env.path(), &["validate", "d.yaml", "--format", "json"]);
    run.code(0);
    assert_eq!(run.json()["files"][0]["diagnostics"], serde_json::json!([]));
    let run = render_in(
        env.path(),
        &["render", "d.yaml", "--format", "html", "--lang", "nb"],
    );
    run.code(0);
    let page = &run.stdout;
    assert!(
        page.contains("Tilbud om individuell plan – takket nei"),
        "{page}"
    );
    assert!(page.contains("har fått tilbud om individuell plan og har takket nei"));
    assert!(!page.contains("samtykker jeg til at denne individuelle planen"));
    assert!(
        !page.contains("Planen er utarbeidet etter"),
        "no plan was prepared"
    );
    assert!(page.contains("Personen kan når som helst be om individuell plan"));
}
