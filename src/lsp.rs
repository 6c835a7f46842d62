//! `ip lsp`: a language server for plans, over stdio (the Language Server Protocol).
//!
//! What an editor gets: `ip validate`'s own findings for the open plan as the user types
//! (every rule, with the law's letter in the message and the help line), and completion of
//! the plan's own ids where the format takes one: participant ids (and `coordinator`) after
//! `responsible:`, goal ids in a measure's `goals`, section names in `access`. The JSON
//! Schema gives the YAML language server the keys; this server gives what only `ip` knows.
//!
//! Documents are synced whole (a plan is a few kilobytes). Positions are converted from
//! the findings' line and character column to the protocol's UTF-16 columns. Nothing is
//! read from or written to disk: the editor sends the text.

use std::collections::HashMap;

use lsp_server::{Connection, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, Notification as _,
    PublishDiagnostics,
};
use lsp_types::request::{Completion, Request as _};
use lsp_types::{
    CompletionItem, CompletionItemKind, CompletionOptions, CompletionParams, CompletionResponse,
    Diagnostic, DiagnosticSeverity, NumberOrString, Position, PublishDiagnosticsParams, Range,
    ServerCapabilities, TextDocumentSyncCapability, TextDocumentSyncKind,
};

use crate::check::check_bytes;
use crate::diagnostic::{Finding, LineIndex, Severity};
use crate::fields::SECTIONS;
use crate::plan::Plan;

/// Runs the server on a connection until the client says `exit`.
pub fn serve(connection: &Connection) -> Result<(), Box<dyn std::error::Error + Sync + Send>> {
    let capabilities = ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![":".into(), " ".into(), "[".into(), ",".into()]),
            ..CompletionOptions::default()
        }),
        ..ServerCapabilities::default()
    };
    connection.initialize(serde_json::to_value(capabilities)?)?;
    let mut documents = Documents::default();
    for message in &connection.receiver {
        match message {
            Message::Request(request) => {
                if connection.handle_shutdown(&request)? {
                    return Ok(());
                }
                connection
                    .sender
                    .send(Message::Response(documents.answer(request)))?;
            }
            Message::Notification(notification) => {
                if let Some(published) = documents.notice(notification) {
                    let note = Notification::new(PublishDiagnostics::METHOD.into(), published);
                    connection.sender.send(Message::Notification(note))?;
                }
            }
            Message::Response(_) => {}
        }
    }
    Ok(())
}

/// The open plans: their text and the last model that parsed (kept while the user types
/// something that does not parse yet, so completion still knows the ids).
#[derive(Default)]
struct Documents {
    open: HashMap<String, Document>,
}

struct Document {
    text: String,
    plan: Option<Plan>,
}

impl Documents {
    fn notice(&mut self, notification: Notification) -> Option<PublishDiagnosticsParams> {
        let (uri, text, version) = match notification.method.as_str() {
            DidOpenTextDocument::METHOD => {
                let params: lsp_types::DidOpenTextDocumentParams =
                    serde_json::from_value(notification.params).ok()?;
                let doc = params.text_document;
                (doc.uri, doc.text, Some(doc.version))
            }
            DidChangeTextDocument::METHOD => {
                let params: lsp_types::DidChangeTextDocumentParams =
                    serde_json::from_value(notification.params).ok()?;
                let text = params.content_changes.into_iter().last()?.text;
                (
                    params.text_document.uri,
                    text,
                    Some(params.text_document.version),
                )
            }
            DidCloseTextDocument::METHOD => {
                let params: lsp_types::DidCloseTextDocumentParams =
                    serde_json::from_value(notification.params).ok()?;
                self.open.remove(params.text_document.uri.as_str());
                // Clear what was shown for it.
                return Some(PublishDiagnosticsParams::new(
                    params.text_document.uri,
                    Vec::new(),
                    None,
                ));
            }
            _ => return None,
        };
        let checked = check_bytes(text.as_bytes());
        let index = LineIndex::new(&checked.text);
        let diagnostics = checked
            .findings
            .iter()
            .map(|f| diagnostic(&index, f))
            .collect();
        let entry = self
            .open
            .entry(uri.as_str().to_owned())
            .or_insert(Document {
                text: String::new(),
                plan: None,
            });
        entry.text = text;
        if checked.plan.is_some() {
            entry.plan = checked.plan;
        }
        Some(PublishDiagnosticsParams::new(uri, diagnostics, version))
    }

    fn answer(&self, request: Request) -> Response {
        if request.method != Completion::METHOD {
            return Response::new_err(
                request.id,
                lsp_server::ErrorCode::MethodNotFound as i32,
                format!("`ip lsp` does not answer {}", request.method),
            );
        }
        let items = serde_json::from_value::<CompletionParams>(request.params)
            .ok()
            .and_then(|params| {
                let at = params.text_document_position;
                let doc = self.open.get(at.text_document.uri.as_str())?;
                Some(complete(doc, at.position))
            })
            .unwrap_or_default();
        Response::new_ok(request.id, CompletionResponse::Array(items))
    }
}

/// A finding as the protocol has it.
fn diagnostic(index: &LineIndex, finding: &Finding) -> Diagnostic {
    let start = position(index, finding.pos.line, finding.pos.column);
    let (end_line, end_column) = finding.pos.end_in(index.text);
    let end = position(index, end_line, end_column);
    let mut message = finding.message.clone();
    if let Some(letter) = finding.item {
        message.push_str(&format!(
            " (forskrift om individuell plan, innhold bokstav {letter})"
        ));
    }
    if let Some(help) = &finding.help {
        message.push_str(&format!("\nhelp: {help}"));
    }
    Diagnostic {
        range: Range::new(start, end),
        severity: Some(match finding.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
        }),
        code: Some(NumberOrString::String(finding.code.to_owned())),
        source: Some("ip".into()),
        message,
        ..Diagnostic::default()
    }
}

/// A 1-based line and character column as the protocol's 0-based line and UTF-16 column.
fn position(index: &LineIndex, line: u32, column: u32) -> Position {
    let line_text = index.line(line);
    let utf16: usize = line_text
        .chars()
        .take(column.saturating_sub(1) as usize)
        .map(char::len_utf16)
        .sum();
    Position::new(line.saturating_sub(1), utf16 as u32)
}

/// The ids that fit where the cursor is.
fn complete(doc: &Document, at: Position) -> Vec<CompletionItem> {
    let Some(plan) = &doc.plan else {
        return Vec::new();
    };
    let line = doc.text.split('\n').nth(at.line as usize).unwrap_or("");
    let before: String = {
        let mut units = 0;
        line.chars()
            .take_while(|c| {
                units += c.len_utf16();
                units <= at.character as usize
            })
            .collect()
    };
    let trimmed = before.trim_start().trim_start_matches("- ");
    let key = trimmed.split(':').next().unwrap_or("").trim();
    let in_list_of = |name: &str| {
        // `goals: [g1, ` on this line, or a `- ` item under `goals:` above it.
        if key == name && trimmed.contains(':') {
            return true;
        }
        let is_item = before.trim_start().starts_with("- ") && !trimmed.contains(':');
        is_item
            && doc
                .text
                .split('\n')
                .take(at.line as usize)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .find(|l| !l.trim_start().starts_with("- ") && !l.trim().is_empty())
                .is_some_and(|l| l.trim_start().starts_with(&format!("{name}:")))
    };
    let (kind, words, detail): (CompletionItemKind, Vec<(String, String)>, &str) =
        if key == "responsible" {
            let mut words: Vec<(String, String)> = plan
                .participants
                .iter()
                .filter_map(|p| {
                    let id = p.id.as_ref()?.value.clone();
                    Some((id, p.name.clone().unwrap_or_default()))
                })
                .collect();
            words.push(("coordinator".into(), plan.coordinator_name().to_owned()));
            (CompletionItemKind::REFERENCE, words, "participant")
        } else if in_list_of("goals") {
            let words = plan
                .goals
                .iter()
                .filter_map(|g| {
                    Some((
                        g.id.as_ref()?.value.clone(),
                        g.description.clone().unwrap_or_default(),
                    ))
                })
                .collect();
            (CompletionItemKind::REFERENCE, words, "goal")
        } else if in_list_of("access") {
            let words = SECTIONS
                .iter()
                .map(|s| ((*s).to_owned(), String::new()))
                .collect();
            (CompletionItemKind::ENUM_MEMBER, words, "section")
        } else {
            return Vec::new();
        };
    words
        .into_iter()
        .map(|(label, about)| CompletionItem {
            label,
            kind: Some(kind),
            detail: Some(if about.is_empty() {
                detail.to_owned()
            } else {
                format!("{detail}: {about}")
            }),
            ..CompletionItem::default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_utf16() {
        let index = LineIndex::new("a: æ😀b\nc: 😀d");
        // `b` is the 6th character: a, :, space, æ, 😀 (two UTF-16 units), b.
        assert_eq!(position(&index, 1, 6), Position::new(0, 6));
        assert_eq!(position(&index, 1, 1), Position::new(0, 0));
        assert_eq!(position(&index, 2, 5), Position::new(1, 5), "the last line");
        assert_eq!(position(&index, 3, 1), Position::new(2, 0), "past the end");
    }
}
