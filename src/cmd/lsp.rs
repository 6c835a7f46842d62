//! `ip lsp`: the language server (`lsp.rs`) on standard input and output, for editors.

use super::Outcome;
use crate::error::{Error, Result};
use crate::messages::msg;

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
            message: msg("error-lsp-stopped", &[("message", message.into())]),
            help: Some(msg("error-lsp-stopped-help", &[])),
        })?;
    Ok(Outcome::Clean)
}
