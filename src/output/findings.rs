//! Formatting of findings: miette's graphical report for people, the spec's JSON for
//! scripts, GitHub workflow commands for CI annotations. Findings carry everything; this
//! module only formats. miette's own JSON handler reports byte offsets, so the JSON shape
//! of `cli.md` is defined here as typed structs and written by serde_json, streamed: the
//! `files` array is serialized batch by batch as the plans are checked, so memory stays
//! flat for any number of plans.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::fmt::Write as _;
use std::ops::Range;
use std::sync::Arc;

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, MietteError,
    MietteSpanContents, NamedSource, SourceCode, SourceSpan, SpanContents,
};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use crate::check::FileResult;
use crate::diagnostic::{self, Finding, Severity};
use crate::messages::msg;
use crate::rules;

use crate::terminal;

#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Totals {
    pub files: usize,
    pub valid: usize,
    pub errors: usize,
    pub warnings: usize,
}

pub fn totals(files: &[FileResult], deny_warnings: bool) -> Totals {
    Totals {
        files: files.len(),
        valid: files.iter().filter(|f| f.valid(deny_warnings)).count(),
        errors: files.iter().map(|f| f.checked.errors()).sum(),
        warnings: files.iter().map(|f| f.checked.warnings()).sum(),
    }
}

/// The one-line summary after a text report, in the person's language.
pub fn summary_line(t: &Totals) -> String {
    msg(
        "validate-summary",
        &[
            ("plans", t.files.into()),
            ("valid", t.valid.into()),
            ("invalid", (t.files - t.valid).into()),
            ("errors", t.errors.into()),
            ("warnings", t.warnings.into()),
        ],
    )
}

/// The law's citation for a finding's label.
fn label(finding: &Finding) -> String {
    match finding.item {
        Some(letter) => msg(
            "finding-label-law",
            &[("letter", letter.to_string().into())],
        ),
        None => msg("finding-label-here", &[]),
    }
}

/// Lines around a finding longer than this (in characters) are not shown. miette pads the
/// underline of a label with `{:width$}`, and a width past 65,535 panics inside it
/// ("Formatting argument out of range"): a finding far along a one-line plan (JSON style,
/// or a minified file) stopped the whole run, and the other plans went unreported. Such a
/// line is unreadable in a terminal anyway, so the finding is reported without its snippet:
/// `file:line:col`, the message, the code, the law's letter and the help all remain.
const LONGEST_SHOWN_LINE: usize = 1_000;

/// One plan's text as shown (see [`terminal::VisibleSource`]) with its line starts: the
/// source miette reads a finding's snippet from. miette's own `str` source counts lines
/// from the start of the file for every finding, so a plan with 50,000 findings took
/// minutes to report; here the lines around a finding are found by binary search and
/// miette is handed only those, so each snippet costs its own lines.
#[derive(Clone)]
struct ShownSource {
    text: Arc<str>,
    starts: Arc<[usize]>,
}

impl ShownSource {
    fn new(text: &str) -> ShownSource {
        ShownSource {
            starts: diagnostic::line_starts(text).into(),
            text: text.into(),
        }
    }

    /// The 0-based line that holds byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// The byte range of 0-based lines `first..=last` (clamped to the text), with its `\n`s.
    fn lines(&self, first: usize, last: usize) -> Range<usize> {
        let from = self.starts.get(first).copied().unwrap_or(self.text.len());
        let to = self
            .starts
            .get(last.saturating_add(1))
            .copied()
            .unwrap_or(self.text.len());
        from..to.max(from)
    }

    /// The 0-based first and last lines of `span` (an empty span is on the line it is at).
    fn span_lines(&self, span: &Range<usize>) -> (usize, usize) {
        let start = span.start.min(self.text.len());
        let end = span.end.clamp(start, self.text.len());
        (
            self.line_of(start),
            self.line_of(end.saturating_sub(1).max(start)),
        )
    }

    /// Whether the lines miette would show for `span` (its own lines and one line of
    /// context either side) are all short enough to show.
    fn fits(&self, span: Range<usize>) -> bool {
        let (first, last) = self.span_lines(&span);
        (first.saturating_sub(1)..=last.saturating_add(1)).all(|line| {
            let text = &self.text[self.lines(line, line)];
            // Bytes bound characters: a short line in bytes needs no count.
            text.len() <= LONGEST_SHOWN_LINE
                || text
                    .trim_end_matches('\n')
                    .chars()
                    .nth(LONGEST_SHOWN_LINE)
                    .is_none()
        })
    }
}

impl SourceCode for ShownSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        if span.offset() > self.text.len() {
            return Err(MietteError::OutOfBounds);
        }
        let range = span.offset()..span.offset() + span.len();
        let (first, last) = self.span_lines(&range);
        // One line more each side than asked: miette's reader then sees the line breaks
        // around the context it keeps, as it would in the whole text.
        let from_line = first.saturating_sub(before.saturating_add(1));
        let window = self.lines(from_line, last.saturating_add(after).saturating_add(1));
        let within = SourceSpan::new((range.start - window.start).into(), span.len());
        let inner = self.text[window.clone()].read_span(&within, before, after)?;
        Ok(Box::new(MietteSpanContents::new(
            inner.data(),
            SourceSpan::new(
                (inner.span().offset() + window.start).into(),
                inner.span().len(),
            ),
            inner.line() + from_line,
            inner.column(),
            inner.line_count() + from_line,
        )))
    }
}

/// How many findings of one plan the text report draws in full (snippet, label, help);
/// the rest are listed one line each (`path:line:col: message [code]`) after a note
/// saying so. Drawing one costs about 20 µs (miette wraps and segments every line), so a
/// hostile plan of 100,000 unknown keys took 2.4 s to report in full; and no one reads a
/// hundred snippets of one file in a terminal. Every finding is still reported, and the
/// machine formats (json, sarif, …) give each one whole.
const DRAWN_PER_PLAN: usize = 100;

/// The findings of `files` as miette reports, without the summary line. Plan text (messages,
/// help, paths and the source snippet) is shown through [`terminal::visible`].
pub fn text_findings(files: &[FileResult], color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_links(false)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
        .with_context_lines(1);
    let mut out = String::new();
    for file in files {
        if file.checked.findings.is_empty() {
            continue;
        }
        let path = terminal::visible(&file.path).into_owned();
        let shown = terminal::VisibleSource::new(&file.checked.text);
        let source = ShownSource::new(&shown.text);
        let (drawn, listed) = file
            .checked
            .findings
            .split_at(file.checked.findings.len().min(DRAWN_PER_PLAN));
        for finding in drawn {
            let mut diag = MietteDiagnostic::new(format!(
                "{path}:{}:{}: {}",
                finding.pos.line,
                finding.pos.column,
                terminal::visible(&finding.message)
            ))
            .with_code(finding.code)
            .with_severity(match finding.severity {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
            });
            let help = finding.help.as_deref().map(terminal::visible);
            let start = shown.offset(finding.pos.offset);
            let end = shown.offset(finding.pos.offset + finding.pos.len);
            let report = if source.fits(start..end) {
                diag = diag.with_label(LabeledSpan::at(start..end, label(finding)));
                if let Some(help) = help {
                    diag = diag.with_help(help);
                }
                miette::Report::new(diag)
                    .with_source_code(NamedSource::new(path.clone(), source.clone()))
            } else {
                let citation = finding.item.map(|_| label(finding));
                let help: Vec<String> = [help.map(Cow::into_owned), citation]
                    .into_iter()
                    .flatten()
                    .chain([format!(
                        "the line is not shown: it is longer than {LONGEST_SHOWN_LINE} characters"
                    )])
                    .collect();
                miette::Report::new(diag.with_help(help.join("\n")))
            };
            // Rendering into a String cannot fail for lack of I/O.
            let _ = handler.render_report(&mut out, report.as_ref());
            out.push('\n');
        }
        if !listed.is_empty() {
            let _ = writeln!(
                out,
                "{}\n",
                msg(
                    "findings-listed",
                    &[
                        ("path", path.as_str().into()),
                        ("drawn", DRAWN_PER_PLAN.into()),
                        ("listed", listed.len().into()),
                    ],
                )
            );
            for finding in listed {
                let mark = match finding.severity {
                    Severity::Error => "×",
                    Severity::Warning => "⚠",
                };
                let _ = writeln!(
                    out,
                    "  {mark} {path}:{}:{}: {} [{}]",
                    finding.pos.line,
                    finding.pos.column,
                    terminal::visible(&finding.message),
                    finding.code
                );
            }
            out.push('\n');
        }
    }
    out
}

/// A complete text report: every finding, then the summary line.
pub fn text(files: &[FileResult], color: bool, deny_warnings: bool) -> String {
    let mut out = text_findings(files, color);
    let _ = writeln!(out, "{}", summary_line(&totals(files, deny_warnings)));
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Github,
}

impl Totals {
    fn add(&mut self, other: &Totals) {
        self.files += other.files;
        self.valid += other.valid;
        self.errors += other.errors;
        self.warnings += other.warnings;
    }

    pub fn all_valid(&self) -> bool {
        self.valid == self.files
    }
}

/// Writes a whole report, batch by batch as `batches` yields them (each batch is checked
/// only when it is asked for), and returns the totals.
pub fn write(
    format: Format,
    color: bool,
    deny_warnings: bool,
    batches: impl Iterator<Item = Vec<FileResult>>,
) -> Totals {
    let mut totals = Totals::default();
    match format {
        Format::Text | Format::Github => {
            for files in batches {
                totals.add(&self::totals(&files, deny_warnings));
                super::print(&match format {
                    Format::Text => text_findings(&files, color),
                    _ => github(&files),
                });
            }
            if format == Format::Text {
                super::print(&format!("{}\n", summary_line(&totals)));
            }
        }
        Format::Json => {
            let report = JsonReport::new(batches, deny_warnings);
            super::print_json(&report);
            totals = report.totals.get();
        }
    }
    totals
}

/// The JSON report of `batches` into `out`, and the totals.
pub fn write_json(
    out: &mut impl std::io::Write,
    deny_warnings: bool,
    batches: impl Iterator<Item = Vec<FileResult>>,
) -> std::io::Result<Totals> {
    let report = JsonReport::new(batches, deny_warnings);
    super::write_json(out, &report)?;
    Ok(report.totals.get())
}

/// `{"files": [...], "summary": {...}}`: the files are serialized as the batches come, and
/// the summary after them, from the totals counted on the way.
struct JsonReport<I> {
    batches: RefCell<Option<I>>,
    totals: Cell<Totals>,
    deny_warnings: bool,
}

struct JsonFiles<'a, I>(&'a JsonReport<I>);

impl<I> JsonReport<I> {
    fn new(batches: I, deny_warnings: bool) -> Self {
        JsonReport {
            batches: RefCell::new(Some(batches)),
            totals: Cell::new(Totals::default()),
            deny_warnings,
        }
    }
}

impl<I: Iterator<Item = Vec<FileResult>>> Serialize for JsonReport<I> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(3))?;
        map.serialize_entry("version", &JSON_VERSION)?;
        map.serialize_entry("files", &JsonFiles(self))?;
        let t = self.totals.get();
        map.serialize_entry(
            "summary",
            &JsonSummary {
                files: t.files,
                valid: t.valid,
                errors: t.errors,
                warnings: t.warnings,
            },
        )?;
        map.end()
    }
}

impl<I: Iterator<Item = Vec<FileResult>>> Serialize for JsonFiles<'_, I> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let report = self.0;
        let mut seq = s.serialize_seq(None)?;
        let batches = report.batches.borrow_mut().take();
        for files in batches.into_iter().flatten() {
            let mut t = report.totals.get();
            t.add(&totals(&files, report.deny_warnings));
            report.totals.set(t);
            for file in &files {
                seq.serialize_element(&json_file(file, report.deny_warnings))?;
            }
        }
        seq.end()
    }
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    id: Option<&'a str>,
    valid: bool,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

/// The version of the JSON report's shape (docs/json-report.md). Fields are only ever
/// added within a version; a change that could break a reader raises it.
pub const JSON_VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'a str,
    /// The rule's name, e.g. `unknown-responsible`.
    name: &'a str,
    severity: Severity,
    message: &'a str,
    pointer: &'a str,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    item: Option<String>,
    help: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonSummary {
    files: usize,
    valid: usize,
    errors: usize,
    warnings: usize,
}

fn rule_name(code: &str) -> &'static str {
    rules::find(code).map_or("", |r| r.name)
}

fn json_file(f: &FileResult, deny_warnings: bool) -> JsonFile<'_> {
    JsonFile {
        path: &f.path,
        id: f
            .checked
            .plan
            .as_ref()
            .and_then(|p| p.id.as_ref())
            .map(|id| id.value.as_str()),
        valid: f.valid(deny_warnings),
        diagnostics: f
            .checked
            .findings
            .iter()
            .map(|d| {
                let (end_line, end_column) = d.pos.end_in(&f.checked.text);
                JsonDiagnostic {
                    code: d.code,
                    name: rule_name(d.code),
                    severity: d.severity,
                    message: &d.message,
                    pointer: &d.pointer,
                    line: d.pos.line,
                    column: d.pos.column,
                    end_line,
                    end_column,
                    item: d.item.map(String::from),
                    help: d.help.as_deref(),
                }
            })
            .collect(),
    }
}

/// Escaping of workflow command data and properties (GitHub's `toCommandValue` rules).
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// GitHub workflow commands, one a line. The runner prints them in the job log as they
/// come, so plan text in them is made [`terminal::visible`] first.
///
/// Each annotation has its end (`endLine`; `col`/`endColumn` only when it is on one line,
/// as GitHub requires), the rule's code and name as title, and the message with the law's
/// letter and the fix (help) on lines of their own.
pub fn github(files: &[FileResult]) -> String {
    let mut out = String::new();
    for file in files {
        for f in &file.checked.findings {
            let level = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let (end_line, end_column) = f.pos.end_in(&file.checked.text);
            let columns = if end_line == f.pos.line {
                format!(
                    ",col={},endColumn={}",
                    f.pos.column,
                    end_column.max(f.pos.column)
                )
            } else {
                String::new()
            };
            let mut message = terminal::visible(&f.message).into_owned();
            if let Some(letter) = f.item {
                message.push_str(&format!(
                    "\n(forskrift om individuell plan, innhold bokstav {letter})"
                ));
            }
            if let Some(help) = &f.help {
                message.push_str(&format!("\nhelp: {}", terminal::visible(help)));
            }
            let _ = writeln!(
                out,
                "::{level} file={},line={},endLine={end_line}{columns},title={}::{}",
                escape_property(&terminal::visible(&file.path)),
                f.pos.line,
                escape_property(&format!("{} {}", f.code, rule_name(f.code))),
                escape_data(&message)
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_of(batches: Vec<Vec<FileResult>>) -> serde_json::Value {
        let mut out = Vec::new();
        write_json(&mut out, false, batches.into_iter()).unwrap();
        serde_json::from_slice(&out).expect("the report is one JSON document")
    }

    fn file(name: &str, plan: &str) -> FileResult {
        FileResult {
            path: name.to_owned(),
            checked: crate::check::check_bytes(plan.as_bytes()),
        }
    }

    /// `ip validate --format json` on one unreadable file: its only batch is empty. The
    /// hand-written report printed the `{"files": [` opener twice here.
    #[test]
    fn a_report_without_readable_files_is_still_json() {
        let json = json_of(vec![vec![]]);
        assert_eq!(json["files"], serde_json::json!([]));
        assert_eq!(json["summary"]["files"], 0);
        let json = json_of(vec![]);
        assert_eq!(json["summary"]["files"], 0);
    }

    #[test]
    fn batches_make_one_files_array_and_the_summary_counts_them_all() {
        let complete = crate::check::testing::COMPLETE;
        let json = json_of(vec![
            vec![file("a.yaml", complete), file("b.yaml", "version: 1\n")],
            vec![],
            vec![file("c.yaml", complete)],
        ]);
        let paths: Vec<&str> = json["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["path"].as_str().unwrap())
            .collect();
        assert_eq!(paths, ["a.yaml", "b.yaml", "c.yaml"]);
        assert_eq!(json["summary"]["files"], 3);
        assert_eq!(json["summary"]["valid"], 2);
        assert!(json["summary"]["errors"].as_u64().unwrap() > 0);
    }

    #[test]
    fn only_short_lines_around_a_finding_are_shown() {
        let fits = |text: &str, span| ShownSource::new(text).fits(span);
        let long = "x".repeat(LONGEST_SHOWN_LINE + 1);
        let text = format!("a: 1\nb: 2\nc: 3\n{long}\n");
        assert!(fits(&text, 5..9), "b's line and its neighbours are short");
        assert!(!fits(&text, 10..14), "c's next line is long");
        assert!(!fits(&text, 20..20));
        assert!(fits("", 0..0));
        assert!(fits("a: 1", 4..400), "past the end is the end");
        let text = format!("{long}\na: 1\nb: 2\n");
        assert!(!fits(&text, text.len() - 9..text.len() - 8));
        assert!(fits(&text, text.len() - 4..text.len() - 3));
        let exactly = "ø".repeat(LONGEST_SHOWN_LINE);
        assert!(
            fits(&format!("a: 1\n{exactly}\n"), 0..1),
            "characters, not bytes"
        );
    }

    /// The windowed source hands miette the same lines, line numbers and columns as the
    /// whole text would: every span of a plan with CRLF and LF lines, wide characters and
    /// lines at both ends renders the same report either way.
    #[test]
    fn the_windowed_source_shows_what_the_whole_text_shows() {
        let text = "id: x\r\nname: Kåre\n\nlist:\n  - 李 one\n  - two\nlast: ø";
        let windowed = ShownSource::new(text);
        let whole = text.to_owned();
        let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
            .with_width(100)
            .with_context_lines(1);
        fn report<S: SourceCode + 'static>(
            handler: &GraphicalReportHandler,
            source: S,
            span: Range<usize>,
        ) -> String {
            let diag = MietteDiagnostic::new("m").with_label(LabeledSpan::at(span, "here"));
            let report =
                miette::Report::new(diag).with_source_code(NamedSource::new("p.yaml", source));
            let mut out = String::new();
            handler.render_report(&mut out, report.as_ref()).unwrap();
            out
        }
        let offsets: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for &start in &offsets {
            for &end in offsets.iter().filter(|&&e| e >= start).take(12) {
                assert_eq!(
                    report(&handler, windowed.clone(), start..end),
                    report(&handler, whole.clone(), start..end),
                    "{start}..{end}"
                );
            }
        }
    }

    #[test]
    fn github_escapes_what_would_break_the_command() {
        assert_eq!(escape_property("a,b:c%"), "a%2Cb%3Ac%25");
        assert_eq!(escape_data("line1\nline2: 100%"), "line1%0Aline2: 100%25");
    }
}
