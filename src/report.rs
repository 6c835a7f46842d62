//! Formatting of findings: miette's graphical report for people, the spec's JSON for
//! scripts, GitHub workflow commands for CI annotations. Findings carry everything; this
//! module only formats. miette's own JSON handler reports byte offsets, so the JSON shape
//! of `cli.md` is written here.

use std::fmt::Write as _;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource};
use serde::Serialize;

use crate::diagnostic::{Finding, Severity};
use crate::plan::Checked;

/// One checked input and the name to show for it.
pub struct FileResult {
    pub path: String,
    pub checked: Checked,
}

impl FileResult {
    /// Valid means no errors, and no warnings either under `--deny-warnings`.
    pub fn valid(&self, deny_warnings: bool) -> bool {
        self.checked.errors() == 0 && !(deny_warnings && self.checked.warnings() > 0)
    }
}

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

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The one-line summary after a text report.
pub fn summary_line(t: &Totals) -> String {
    let invalid = t.files - t.valid;
    format!(
        "{} checked: {} valid, {} invalid; {}, {}.",
        plural(t.files, "plan", "plans"),
        t.valid,
        invalid,
        plural(t.errors, "error", "errors"),
        plural(t.warnings, "warning", "warnings"),
    )
}

/// The law's citation for a finding's label.
fn label(finding: &Finding) -> String {
    match finding.item {
        Some(letter) => format!("forskrift om individuell plan, innhold bokstav {letter}"),
        None => "here".to_owned(),
    }
}

/// The findings of `files` as miette reports, without the summary line.
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
        let source = std::sync::Arc::new(file.checked.text.clone());
        for finding in &file.checked.findings {
            let mut diag = MietteDiagnostic::new(format!(
                "{}:{}:{}: {}",
                file.path, finding.pos.line, finding.pos.column, finding.message
            ))
            .with_code(finding.code)
            .with_severity(match finding.severity {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
            })
            .with_label(LabeledSpan::at(
                finding.pos.offset..finding.pos.offset + finding.pos.len,
                label(finding),
            ));
            if let Some(help) = &finding.help {
                diag = diag.with_help(help.clone());
            }
            let report = miette::Report::new(diag)
                .with_source_code(NamedSource::new(file.path.clone(), source.clone()));
            // Rendering into a String cannot fail for lack of I/O.
            let _ = handler.render_report(&mut out, report.as_ref());
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

/// A report written batch by batch, so memory stays flat for any number of plans.
pub struct Stream {
    format: StreamFormat,
    color: bool,
    deny_warnings: bool,
    totals: Totals,
}

#[derive(Clone, Copy)]
pub enum StreamFormat {
    Text,
    Json,
    Github,
}

impl Stream {
    pub fn new(format: StreamFormat, color: bool, deny_warnings: bool) -> Stream {
        Stream {
            format,
            color,
            deny_warnings,
            totals: Totals {
                files: 0,
                valid: 0,
                errors: 0,
                warnings: 0,
            },
        }
    }

    /// The output for the next batch of files.
    pub fn batch(&mut self, files: &[FileResult]) -> String {
        let first = self.totals.files == 0;
        let t = totals(files, self.deny_warnings);
        self.totals.files += t.files;
        self.totals.valid += t.valid;
        self.totals.errors += t.errors;
        self.totals.warnings += t.warnings;
        match self.format {
            StreamFormat::Text => text_findings(files, self.color),
            StreamFormat::Github => github(files),
            StreamFormat::Json => {
                let mut out = String::new();
                if first {
                    out.push_str("{\n  \"files\": [");
                }
                for (i, file) in files.iter().enumerate() {
                    if !(first && i == 0) {
                        out.push(',');
                    }
                    out.push_str("\n    ");
                    let json = serde_json::to_string_pretty(&json_file(file, self.deny_warnings))
                        .expect("plain data serializes");
                    out.push_str(&json.replace('\n', "\n    "));
                }
                out
            }
        }
    }

    /// The closing output: the summary.
    pub fn finish(&self) -> String {
        let t = &self.totals;
        match self.format {
            StreamFormat::Text => format!("{}\n", summary_line(t)),
            StreamFormat::Github => String::new(),
            StreamFormat::Json => {
                let summary = serde_json::to_string_pretty(&JsonSummary {
                    files: t.files,
                    valid: t.valid,
                    errors: t.errors,
                    warnings: t.warnings,
                })
                .expect("plain data serializes")
                .replace('\n', "\n  ");
                let open = if t.files == 0 {
                    "{\n  \"files\": ["
                } else {
                    "\n  "
                };
                format!("{open}],\n  \"summary\": {summary}\n}}\n")
            }
        }
    }

    pub fn all_valid(&self) -> bool {
        self.totals.valid == self.totals.files
    }
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    id: Option<&'a str>,
    valid: bool,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'a str,
    severity: Severity,
    message: &'a str,
    pointer: &'a str,
    line: u32,
    column: u32,
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
            .map(|d| JsonDiagnostic {
                code: d.code,
                severity: d.severity,
                message: &d.message,
                pointer: &d.pointer,
                line: d.pos.line,
                column: d.pos.column,
                item: d.item.map(String::from),
                help: d.help.as_deref(),
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

pub fn github(files: &[FileResult]) -> String {
    let mut out = String::new();
    for file in files {
        for f in &file.checked.findings {
            let level = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let _ = writeln!(
                out,
                "::{level} file={},line={},col={},title={}::{}",
                escape_property(&file.path),
                f.pos.line,
                f.pos.column,
                escape_property(f.code),
                escape_data(&f.message)
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_escapes_what_would_break_the_command() {
        assert_eq!(escape_property("a,b:c%"), "a%2Cb%3Ac%25");
        assert_eq!(escape_data("line1\nline2: 100%"), "line1%0Aline2: 100%25");
    }
}
