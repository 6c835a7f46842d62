//! Reading and checking plans: the layer every command that reads plans stands on.
//!
//! [`check_bytes`] runs the whole pipeline on one file's bytes (UTF-8, YAML, the
//! structural check against the field table, then every content check) and returns a
//! [`Checked`]: the text, the model when the YAML parsed, and the findings in file order.
//! [`inputs`] resolves command-line paths to plan files. [`check_each`] checks many inputs
//! on all cores (rayon); commands take inputs in batches of [`BATCH`] so memory stays flat
//! for any number of plans.

use rayon::prelude::*;

use crate::checks;
use crate::diagnostic::{Finding, Pos, Severity};
use crate::error::Result;
use crate::messages::msg;
use crate::plan::Plan;
use crate::rules;
use crate::structure;
use crate::yaml;

pub mod inputs;
#[cfg(test)]
pub(crate) mod testing;

pub use inputs::{Content, Input};

/// Plans per batch: enough to keep both cores busy, few enough that memory stays flat.
pub const BATCH: usize = 1024;

/// A plan file read and checked: the text, the model (when the YAML parsed), and findings.
pub struct Checked {
    pub text: String,
    pub plan: Option<Plan>,
    pub findings: Vec<Finding>,
}

impl Checked {
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }
    pub fn warnings(&self) -> usize {
        self.findings.len() - self.errors()
    }
}

/// Reads, parses and checks one plan's bytes: YAML, structure, then every content rule.
pub fn check_bytes(bytes: &[u8]) -> Checked {
    if bytes.starts_with(b"\0GITCRYPT\0") {
        return Checked {
            text: String::new(),
            plan: None,
            findings: vec![Finding::new(
                &rules::format::NOT_UTF8,
                msg("finding-git-crypt", &[]),
                "",
                Pos::START,
            )
            .help(msg("finding-git-crypt-help", &[]))],
        };
    }
    let text = match yaml::decode(bytes) {
        Ok(text) => text.to_owned(),
        Err(finding) => {
            return Checked {
                text: String::from_utf8_lossy(bytes).into_owned(),
                plan: None,
                findings: vec![finding],
            }
        }
    };
    let parsed = yaml::parse(&text);
    let mut findings = parsed.findings;
    let mut plan = None;
    if let Some(root) = &parsed.root {
        structure::check(root, &mut findings);
        let model = Plan::from_node(root);
        checks::check_all(
            &checks::Context {
                plan: &model,
                text: &text,
                root,
            },
            &mut findings,
        );
        plan = Some(model);
    } else {
        // Even an unparseable file must not carry an identity number into git history.
        checks::identity_number::scan(&text, None, &mut findings);
    }
    if let Some(plan) = &plan {
        accept_warnings(plan, &mut findings);
    }
    findings.sort_by(|a, b| {
        (a.pos.offset, a.severity, a.code).cmp(&(b.pos.offset, b.severity, b.code))
    });
    findings.dedup();
    Checked {
        text,
        plan,
        findings,
    }
}

/// The plan model of some bytes, not checked: for bytes already checked (the second pass
/// of `ip render`, which checked every plan before writing anything). `None` when they
/// are not a plan. Only the YAML is parsed again; the structure and content rules, 40 %
/// of checking, are not run twice.
pub fn model_of(bytes: &[u8]) -> Option<Plan> {
    if bytes.starts_with(b"\0GITCRYPT\0") {
        return None;
    }
    let text = yaml::decode(bytes).ok()?;
    yaml::parse(text).root.as_ref().map(Plan::from_node)
}

/// Removes the warnings a plan accepts (`accept_warnings`, each with a reason). Only
/// warnings: an entry naming an error rule, and so any item of the law's content list, is
/// itself reported, as is one naming no rule.
fn accept_warnings(plan: &Plan, findings: &mut Vec<Finding>) {
    for accepted in &plan.accept_warnings {
        let Some(rule_name) = &accepted.rule else {
            continue;
        };
        match rules::find(&rule_name.value) {
            Some(rule) if rule.severity == Severity::Warning => {
                findings.retain(|f| f.code != rule.code);
            }
            Some(rule) => findings.push(
                Finding::new(
                    &rules::format::INVALID_VALUE,
                    msg(
                        "finding-accept-error",
                        &[("code", rule.code.into()), ("name", rule.name.into())],
                    ),
                    rule_name.pointer.clone(),
                    rule_name.pos,
                )
                .help(msg("finding-accept-error-help", &[])),
            ),
            None => {
                let words = rules::REGISTRY.iter().flat_map(|r| [r.code, r.name]);
                let listed = msg("finding-not-a-rule-help", &[]);
                let help = match crate::values::nearest(&rule_name.value, words) {
                    Some(near) => format!(
                        "{} {listed}",
                        msg("finding-did-you-mean", &[("word", near.into())])
                    ),
                    None => listed,
                };
                findings.push(
                    Finding::new(
                        &rules::format::INVALID_VALUE,
                        msg(
                            "finding-not-a-rule",
                            &[("rule", rule_name.value.as_str().into())],
                        ),
                        rule_name.pointer.clone(),
                        rule_name.pos,
                    )
                    .help(help),
                );
            }
        }
    }
}

/// A file over the size limit, refused unread.
pub fn too_large(size: u64) -> Checked {
    // One decimal, with the decimal mark of the language (Fluent's NUMBER would need
    // the ICU data this binary does without).
    let mib = |b: u64| {
        let text = format!("{:.1}", b as f64 / (1024.0 * 1024.0));
        match crate::messages::current() {
            crate::i18n::Lang::En => text,
            _ => text.replace('.', ","),
        }
    };
    Checked {
        text: String::new(),
        plan: None,
        findings: vec![Finding::new(
            &rules::format::TOO_LARGE,
            msg(
                "finding-file-too-large",
                &[
                    ("size", mib(size).into()),
                    (
                        "limit",
                        (yaml::MAX_FILE_BYTES / (1024 * 1024)).to_string().into(),
                    ),
                ],
            ),
            "",
            Pos::START,
        )
        .help(msg("finding-file-too-large-help", &[]))],
    }
}

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

/// Plan ids seen so far in one run: the second file with an id, and every later one, gets
/// an IP054 finding naming the first (files are checked in batches, so the first file's
/// report may already be out).
#[derive(Default)]
pub struct DuplicateIds {
    first: std::collections::HashMap<String, String>,
}

impl DuplicateIds {
    /// Notes the id of `file` and adds the finding when another file had it first.
    pub fn note(&mut self, file: &FileResult) -> Option<Finding> {
        let id = file.checked.plan.as_ref()?.id.as_ref()?;
        match self.first.get(&id.value) {
            Some(first) if *first != file.path => Some(
                Finding::new(
                    &rules::duplicate_plan_id::RULE,
                    msg(
                        "finding-duplicate-plan-id",
                        &[
                            ("id", id.value.as_str().into()),
                            ("first", first.as_str().into()),
                        ],
                    ),
                    id.pointer.clone(),
                    id.pos,
                )
                .help(msg("finding-duplicate-plan-id-help", &[])),
            ),
            Some(_) => None,
            None => {
                self.first.insert(id.value.clone(), file.path.clone());
                None
            }
        }
    }

    /// [`DuplicateIds::note`], with the finding added to the file's findings.
    pub fn check(&mut self, file: &mut FileResult) {
        if let Some(finding) = self.note(file) {
            file.checked.findings.push(finding);
            file.checked
                .findings
                .sort_by_key(|f| (f.pos.offset, f.severity, f.code));
        }
    }
}

/// Reads and checks one input; a file over the size limit becomes a finding.
pub fn check_input(input: &Input) -> Result<Checked> {
    Ok(match inputs::read(input)? {
        Content::Bytes(bytes) => check_bytes(&bytes),
        Content::TooLarge(size) => too_large(size),
    })
}

/// Checks every input on all cores; results come back in input order.
pub fn check_each(inputs: &[Input]) -> Vec<Result<Checked>> {
    par_map(inputs, check_input)
}

/// Checks every input; the first unreadable one is the error.
pub fn check_all(inputs: &[Input]) -> Result<Vec<Checked>> {
    check_each(inputs).into_iter().collect()
}

/// Maps `f` over `items` on all cores (rayon), results in order. A handful of items stays
/// on this thread, where handing work out would cost more than it saves.
pub fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    if items.len() < 16 {
        return items.iter().map(f).collect();
    }
    items.par_iter().map(f).collect()
}
