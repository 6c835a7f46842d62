//! Reports for CI systems, each a typed document written by a serializer: SARIF 2.1.0
//! (GitHub code scanning and most security dashboards), GitLab Code Quality, and JUnit XML
//! (test report views of Jenkins, GitLab, Azure). They are documents, not streams, so the
//! findings of every file are gathered first; only paths and findings are kept, never a
//! plan's text or model, so memory stays small for any number of plans.

use serde::Serialize;

use crate::check::FileResult;
use crate::diagnostic::{Finding, Severity};
use crate::rules::{self, Rule};

/// One file's findings with their end positions, kept for a CI report.
pub struct FileFindings {
    pub path: String,
    pub valid: bool,
    pub findings: Vec<Located>,
}

/// A finding with where it ends (line and column, 1-based, in characters).
pub struct Located {
    pub finding: Finding,
    pub end_line: u32,
    pub end_column: u32,
}

impl FileFindings {
    pub fn of(file: &FileResult, deny_warnings: bool) -> FileFindings {
        FileFindings {
            path: file.path.clone(),
            valid: file.valid(deny_warnings),
            findings: file
                .checked
                .findings
                .iter()
                .map(|f| {
                    let (end_line, end_column) = f.pos.end_in(&file.checked.text);
                    Located {
                        finding: f.clone(),
                        end_line: end_line.max(f.pos.line),
                        end_column,
                    }
                })
                .collect(),
        }
    }
}

/// The law's letter, for messages in reports that have no label of their own.
fn with_letter(f: &Finding) -> String {
    match f.item {
        Some(letter) => format!(
            "{} (forskrift om individuell plan, innhold bokstav {letter})",
            f.message
        ),
        None => f.message.clone(),
    }
}

// ---------------------------------------------------------------------------------------------
// SARIF 2.1.0

#[derive(Serialize)]
pub struct SarifLog {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<SarifRun>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifRun {
    tool: SarifTool,
    results: Vec<SarifResult>,
    column_kind: &'static str,
}

#[derive(Serialize)]
struct SarifTool {
    driver: SarifDriver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifDriver {
    name: &'static str,
    semantic_version: &'static str,
    rules: Vec<SarifRule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifRule {
    id: &'static str,
    name: &'static str,
    short_description: SarifText,
    full_description: SarifText,
    help: SarifText,
    default_configuration: SarifConfiguration,
}

#[derive(Serialize)]
struct SarifText {
    text: String,
}

#[derive(Serialize)]
struct SarifConfiguration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: SarifText,
    locations: Vec<SarifLocation>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifLocation {
    physical_location: SarifPhysical,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifPhysical {
    artifact_location: SarifArtifact,
    region: SarifRegion,
}

#[derive(Serialize)]
struct SarifArtifact {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifRegion {
    start_line: u32,
    start_column: u32,
    end_line: u32,
    end_column: u32,
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// A path as a relative URI reference (`/` separators, spaces and `%` escaped).
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.replace('\\', "/").chars() {
        match c {
            ' ' => out.push_str("%20"),
            '%' => out.push_str("%25"),
            '#' => out.push_str("%23"),
            '?' => out.push_str("%3F"),
            c => out.push(c),
        }
    }
    out
}

/// Every rule, and every finding as a result pointing at its region.
pub fn sarif(files: &[FileFindings]) -> SarifLog {
    let registry: &[&Rule] = rules::REGISTRY;
    let rules = registry
        .iter()
        .map(|r| SarifRule {
            id: r.code,
            name: r.name,
            short_description: SarifText {
                text: crate::explain::summary(r).to_owned(),
            },
            full_description: SarifText {
                text: crate::explain::explain(r),
            },
            help: SarifText {
                text: format!("ip explain {}", r.code),
            },
            default_configuration: SarifConfiguration {
                level: level(r.severity),
            },
        })
        .collect();
    let mut results = Vec::new();
    for file in files {
        for l in &file.findings {
            let f = &l.finding;
            let mut text = with_letter(f);
            if let Some(help) = &f.help {
                text.push_str(&format!("\nhelp: {help}"));
            }
            results.push(SarifResult {
                rule_id: f.code,
                rule_index: registry.iter().position(|r| r.code == f.code).unwrap_or(0),
                level: level(f.severity),
                message: SarifText { text },
                locations: vec![SarifLocation {
                    physical_location: SarifPhysical {
                        artifact_location: SarifArtifact {
                            uri: uri(&file.path),
                        },
                        region: SarifRegion {
                            start_line: f.pos.line,
                            start_column: f.pos.column,
                            end_line: l.end_line,
                            end_column: l.end_column.max(1),
                        },
                    },
                }],
            });
        }
    }
    SarifLog {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: vec![SarifRun {
            tool: SarifTool {
                driver: SarifDriver {
                    name: "ip",
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules,
                },
            },
            results,
            column_kind: "unicodeCodePoints",
        }],
    }
}

// ---------------------------------------------------------------------------------------------
// GitLab Code Quality

#[derive(Serialize)]
pub struct CodeQualityIssue {
    description: String,
    check_name: &'static str,
    /// Stable across runs for the same finding in the same place (GitLab compares them
    /// between branches): a hash of path, code, pointer and message.
    fingerprint: String,
    severity: &'static str,
    location: CodeQualityLocation,
}

#[derive(Serialize)]
struct CodeQualityLocation {
    path: String,
    lines: CodeQualityLines,
}

#[derive(Serialize)]
struct CodeQualityLines {
    begin: u32,
    end: u32,
}

pub fn gitlab(files: &[FileFindings]) -> Vec<CodeQualityIssue> {
    let mut issues = Vec::new();
    for file in files {
        for l in &file.findings {
            let f = &l.finding;
            issues.push(CodeQualityIssue {
                description: format!("{}: {}", f.code, with_letter(f)),
                check_name: f.code,
                fingerprint: fingerprint(&[&file.path, f.code, &f.pointer, &f.message]),
                severity: match f.severity {
                    Severity::Error => "major",
                    Severity::Warning => "minor",
                },
                location: CodeQualityLocation {
                    path: file.path.clone(),
                    lines: CodeQualityLines {
                        begin: f.pos.line,
                        end: l.end_line,
                    },
                },
            });
        }
    }
    issues
}

/// 64-bit FNV-1a of the parts, as hex: stable across runs and machines (unlike std's
/// hasher, which is seeded per process).
fn fingerprint(parts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

// ---------------------------------------------------------------------------------------------
// JUnit XML

#[derive(Serialize)]
#[serde(rename = "testsuites")]
struct TestSuites {
    testsuite: TestSuite,
}

#[derive(Serialize)]
struct TestSuite {
    #[serde(rename = "@name")]
    name: &'static str,
    #[serde(rename = "@tests")]
    tests: usize,
    #[serde(rename = "@failures")]
    failures: usize,
    #[serde(rename = "@errors")]
    errors: usize,
    testcase: Vec<TestCase>,
}

#[derive(Serialize)]
struct TestCase {
    #[serde(rename = "@classname")]
    classname: &'static str,
    #[serde(rename = "@name")]
    name: String,
    #[serde(rename = "@file")]
    file: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    failure: Vec<Failure>,
}

#[derive(Serialize)]
struct Failure {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "@message")]
    message: String,
    #[serde(rename = "$text")]
    text: String,
}

/// One test case per plan; a plan that is not valid fails with one failure per finding.
pub fn junit(files: &[FileFindings]) -> String {
    let cases: Vec<TestCase> = files
        .iter()
        .map(|file| TestCase {
            classname: "ip.validate",
            name: file.path.clone(),
            file: file.path.clone(),
            failure: if file.valid {
                Vec::new()
            } else {
                file.findings
                    .iter()
                    .map(|l| {
                        let f = &l.finding;
                        Failure {
                            kind: f.code,
                            message: with_letter(f),
                            text: format!(
                                "{}:{}:{}: {} {}{}",
                                file.path,
                                f.pos.line,
                                f.pos.column,
                                f.code,
                                with_letter(f),
                                f.help
                                    .as_ref()
                                    .map_or(String::new(), |h| format!("\nhelp: {h}"))
                            ),
                        }
                    })
                    .collect()
            },
        })
        .collect();
    let failures = cases.iter().filter(|c| !c.failure.is_empty()).count();
    let doc = TestSuites {
        testsuite: TestSuite {
            name: "ip validate",
            tests: cases.len(),
            failures,
            errors: 0,
            testcase: cases,
        },
    };
    let body = quick_xml::se::to_string(&doc).unwrap_or_default();
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{body}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_stable_and_distinct() {
        assert_eq!(fingerprint(&["a", "b"]), fingerprint(&["a", "b"]));
        assert_ne!(fingerprint(&["a", "b"]), fingerprint(&["ab", ""]));
        assert_eq!(fingerprint(&[]), "cbf29ce484222325");
    }

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("plans/Kåre Ø.yaml"), "plans/Kåre%20Ø.yaml");
        assert_eq!(uri("a%b#c"), "a%25b%23c");
    }
}
