//! `ip lsp`: the language server (`lsp.rs`) on standard input and output, for editors.

use super::Outcome;
use crate::error::{Error, Result};

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn execute(_: &Args) -> Result<Outcome> {
    let (connection, io) = lsp_server::Connection::stdio();
    let served = crate::lsp::serve(&connection);
    drop(connection);
    let joined = io.join();
    served
        .map_err(|e| e.to_string())
        .and(joined.map_err(|e| e.to_string()))
        .map_err(|message| Error::Usage {
            message: format!("the language server stopped: {message}"),
            help: Some("`ip lsp` speaks the Language Server Protocol on stdin and stdout: start it from an editor".into()),
        })?;
    Ok(Outcome::Clean)
}
