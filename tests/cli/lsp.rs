//! `ip lsp`, driven over stdio as an editor drives it: initialize, open a plan, read the
//! published findings, ask for completion, shut down.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{ChildStdin, ChildStdout, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{json, Value};

use crate::harness::{command, complete_plan, Env};

fn send(stdin: &mut ChildStdin, message: &Value) {
    let body = message.to_string();
    write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
    stdin.flush().unwrap();
}

/// Reads framed messages on a thread, so a silent server fails the test instead of
/// hanging it.
fn reader(stdout: ChildStdout) -> mpsc::Receiver<Value> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut out = BufReader::new(stdout);
        loop {
            let mut length = 0;
            loop {
                let mut line = String::new();
                if out.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                let line = line.trim_end();
                if line.is_empty() {
                    break;
                }
                if let Some(n) = line.strip_prefix("Content-Length: ") {
                    length = n.parse().unwrap();
                }
            }
            let mut body = vec![0; length];
            out.read_exact(&mut body).unwrap();
            if tx.send(serde_json::from_slice(&body).unwrap()).is_err() {
                return;
            }
        }
    });
    rx
}

/// The next message that satisfies `wanted`, within five seconds.
fn next(rx: &mpsc::Receiver<Value>, wanted: impl Fn(&Value) -> bool) -> Value {
    loop {
        let message = rx
            .recv_timeout(Duration::from_secs(5))
            .expect("the server answers within 5 s");
        if wanted(&message) {
            return message;
        }
    }
}

#[test]
fn findings_as_you_type_and_completion_of_the_plans_own_ids() {
    let env = Env::new();
    let mut child = command(env.path())
        .arg("lsp")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let rx = reader(child.stdout.take().unwrap());
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"capabilities": {}, "processId": null, "rootUri": null}}),
    );
    let init = next(&rx, |m| m["id"] == 1);
    assert_eq!(init["result"]["capabilities"]["textDocumentSync"], 1);
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
    );

    // A plan with a measure whose responsible is no participant (IP030, item e).
    let uri = "file:///plans/kari.yaml";
    let text = complete_plan().replace("responsible: heimeteneste", "responsible: heimetenesta");
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}}),
    );
    let published = next(&rx, |m| m["method"] == "textDocument/publishDiagnostics");
    let diagnostics = published["params"]["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 1, "{published}");
    let d = &diagnostics[0];
    assert_eq!(d["code"], "IP030");
    assert_eq!(d["severity"], 1);
    assert_eq!(d["source"], "ip");
    assert!(d["message"].as_str().unwrap().contains("innhold bokstav e"));
    // `ip validate` says line 63, column 18; the protocol counts from 0.
    assert_eq!(d["range"]["start"], json!({"line": 62, "character": 17}));
    assert_eq!(d["range"]["end"], json!({"line": 62, "character": 29}));

    // Fixed: the findings go away.
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"text": complete_plan()}]}}),
    );
    let published = next(&rx, |m| m["method"] == "textDocument/publishDiagnostics");
    assert_eq!(published["params"]["diagnostics"], json!([]));

    // Completion at a column of the line holding `text` in the plan: the labels offered.
    let mut complete = |id: u64, text: &str, character: u32| -> Vec<String> {
        let line = complete_plan()
            .lines()
            .position(|l| l.contains(text))
            .unwrap();
        send(
            &mut stdin,
            &json!({"jsonrpc": "2.0", "id": id, "method": "textDocument/completion",
            "params": {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}}),
        );
        let answer = next(&rx, |m| m["id"] == id);
        answer["result"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["label"].as_str().unwrap().to_owned())
            .collect()
    };
    // After `responsible: `, the participants and the coordinator.
    assert_eq!(
        complete(2, "responsible: heimeteneste", 17),
        ["kari", "heimeteneste", "coordinator"]
    );
    // In a measure's `goals: [g1, g2]`, the goals.
    assert_eq!(complete(3, "goals: [g1, g2]", 12), ["g1", "g2"]);

    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "id": 4, "method": "shutdown", "params": null}),
    );
    next(&rx, |m| m["id"] == 4);
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "method": "exit", "params": null}),
    );
    drop(stdin);
    let status = child.wait().unwrap();
    assert!(status.success(), "exit 0 after shutdown and exit");
}
