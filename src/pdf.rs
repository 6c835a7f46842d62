//! PDF from the printable HTML, made by a program already on the machine: WeasyPrint
//! (preferred: it writes PDF/A-2b, the archival form, with every font embedded) or headless
//! Chromium. `ip` draws no PDF itself: both engines lay out the same A4 print CSS
//! (`@page` margin boxes) that the HTML output has, so the HTML and the PDF are one design.
//!
//! The plan is health data, so the HTML goes only where the engine reads it: a private
//! temporary folder (0700), removed afterwards, also when the engine fails. Chromium runs
//! with its own empty profile there and with the switches that keep it off the network
//! (no background services, no updates, no host name resolves). The engine runs as a
//! child process with a time limit, so a hanging browser ends with an error.
//!
//! Metadata: the title, author and language come from the HTML (`<title>`,
//! `<meta name="author">`, `<html lang>`, which both engines write as the document's
//! `/Lang`). Chromium ignores the author, so its PDF gets a new
//! document information dictionary by an incremental update (objects appended after the
//! original file, as any PDF editor saves), leaving what Chromium wrote untouched.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::messages::msg;

/// Which program makes PDFs: `auto` is WeasyPrint when it is installed, else Chromium.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Choice {
    #[default]
    Auto,
    Weasyprint,
    Chromium,
}

/// A PDF engine found on this machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Engine {
    /// WeasyPrint's command line program; `tags`: it can tag the PDF (WeasyPrint 63+).
    WeasyPrint {
        program: PathBuf,
        tags: bool,
    },
    Chromium {
        program: PathBuf,
    },
}

/// What the PDF says about itself.
pub struct Meta<'a> {
    pub title: &'a str,
    pub author: &'a str,
}

/// Where WeasyPrint's web fetches are sent: a closed port on this machine.
const NO_NETWORK: &str = "http://127.0.0.1:9";

const CHROMIUM_NAMES: [&str; 3] = ["chromium", "chromium-browser", "google-chrome"];
/// Longer than any real plan takes; ends a browser that hangs.
const TIME_LIMIT: Duration = Duration::from_secs(180);

impl Engine {
    /// Finds the engine to use, or says what to install (exit 2).
    pub fn find(choice: Choice) -> Result<Engine> {
        let weasyprint = || {
            find_program("weasyprint").map(|program| {
                let tags = supports_tags(&program);
                Engine::WeasyPrint { program, tags }
            })
        };
        let chromium = || {
            CHROMIUM_NAMES
                .into_iter()
                .find_map(find_program)
                .map(|program| Engine::Chromium { program })
        };
        let found = match choice {
            Choice::Auto => weasyprint().or_else(chromium),
            Choice::Weasyprint => weasyprint(),
            Choice::Chromium => chromium(),
        };
        found.ok_or_else(|| {
            let what = match choice {
                Choice::Auto => "auto",
                Choice::Weasyprint => "weasyprint",
                Choice::Chromium => "chromium",
            };
            Error::usage(
                msg("error-no-pdf-engine", &[("engine", what.into())]),
                Some(&msg("error-no-pdf-engine-help", &[])),
            )
        })
    }

    pub fn name(&self) -> &'static str {
        match self {
            Engine::WeasyPrint { .. } => "WeasyPrint",
            Engine::Chromium { .. } => "Chromium",
        }
    }

    /// The PDF of one HTML page. `file` names the plan in errors.
    pub fn print(&self, html: &str, meta: &Meta, file: &str) -> Result<Vec<u8>> {
        let fail = |message: String| Error::Render {
            file: file.to_owned(),
            message,
        };
        // Private (0700) and removed when dropped, whatever happens below.
        let dir = tempfile::Builder::new()
            .prefix("ip-pdf-")
            .tempdir()
            .map_err(|e| fail(msg("error-pdf-temp", &[("err", e.to_string().into())])))?;
        let input = dir.path().join("plan.html");
        let output = dir.path().join("plan.pdf");
        std::fs::write(&input, html).map_err(|e| {
            fail(msg(
                "error-write",
                &[
                    ("path", input.display().to_string().into()),
                    ("err", e.to_string().into()),
                ],
            ))
        })?;
        let mut command = match self {
            Engine::WeasyPrint { program, tags } => {
                let mut c = Command::new(program);
                c.args(["--quiet", "--pdf-variant", "pdf/a-2b"]);
                if *tags {
                    c.arg("--pdf-tags");
                }
                c.arg("--base-url").arg(dir.path()).arg(&input).arg(&output);
                // `ip` never uses the network. WeasyPrint would fetch any web address a
                // user's own template names: every such fetch is sent to a closed port on
                // this machine (discard, 127.0.0.1:9) and fails there.
                for var in ["http_proxy", "https_proxy", "ftp_proxy", "all_proxy"] {
                    c.env(var, NO_NETWORK).env(var.to_uppercase(), NO_NETWORK);
                }
                c.env_remove("no_proxy").env_remove("NO_PROXY");
                c
            }
            Engine::Chromium { program } => {
                let mut c = Command::new(program);
                c.args([
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-extensions",
                    "--disable-default-apps",
                    "--host-resolver-rules=MAP * ~NOTFOUND",
                    "--no-pdf-header-footer",
                ])
                .arg(format!(
                    "--user-data-dir={}",
                    dir.path().join("profile").display()
                ))
                .arg(format!("--print-to-pdf={}", output.display()))
                .arg(file_url(&input));
                c
            }
        };
        // Nothing of the engine's lands in the user's home (caches, crash reports).
        command
            .env("HOME", dir.path())
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .env("XDG_CACHE_HOME", dir.path().join("cache"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let (status, stderr) = run(command, TIME_LIMIT).map_err(|e| {
            fail(msg(
                "error-pdf-did-not-run",
                &[
                    ("engine", self.name().into()),
                    ("err", e.to_string().into()),
                ],
            ))
        })?;
        let pdf = std::fs::read(&output)
            .ok()
            .filter(|b| b.starts_with(b"%PDF-"));
        let Some(pdf) = pdf.filter(|_| status == Some(true)) else {
            let why = match status {
                None => msg(
                    "error-pdf-timeout",
                    &[("seconds", (TIME_LIMIT.as_secs() as usize).into())],
                ),
                Some(_) => last_lines(&stderr, 5),
            };
            return Err(fail(msg(
                "error-pdf-no-pdf",
                &[("engine", self.name().into()), ("why", why.into())],
            )));
        };
        Ok(match self {
            Engine::WeasyPrint { .. } => pdf,
            Engine::Chromium { .. } => with_info(pdf, meta, self.name()),
        })
    }
}

/// A program on PATH, as the shell would find it.
fn find_program(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| is_executable(p))
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(path: &Path) -> bool {
    path.is_file()
}

/// Whether this WeasyPrint can tag its PDF (for screen readers): `--pdf-tags`, new in 63.
fn supports_tags(program: &Path) -> bool {
    let mut command = Command::new(program);
    command
        .arg("--help")
        .stdin(Stdio::null())
        .stderr(Stdio::null());
    command
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("--pdf-tags"))
}

fn file_url(path: &Path) -> String {
    let mut url = String::from("file://");
    for byte in path.to_string_lossy().bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => {
                url.push(char::from(byte))
            }
            _ => url.push_str(&format!("%{byte:02X}")),
        }
    }
    url
}

/// Runs a command to its end or the time limit: (success, or `None` when stopped; stderr).
fn run(mut command: Command, limit: Duration) -> std::io::Result<(Option<bool>, String)> {
    let mut child = command.spawn()?;
    let mut stderr_pipe = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(pipe) = stderr_pipe.as_mut() {
            let _ = pipe.read_to_string(&mut text);
        }
        text
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status.success());
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let stderr = reader.join().unwrap_or_default();
    Ok((status, stderr))
}

fn last_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let tail = lines[lines.len().saturating_sub(n)..].join("\n");
    if tail.is_empty() {
        "it said nothing".to_owned()
    } else {
        tail
    }
}

/// The PDF with a new document information dictionary (title, author, creator), added as
/// an incremental update. A file whose end is not a classic cross-reference table is
/// returned as it is.
fn with_info(mut pdf: Vec<u8>, meta: &Meta, engine: &str) -> Vec<u8> {
    let Some(trailer) = last_trailer(&pdf) else {
        return pdf;
    };
    let dates: Vec<String> = ["/CreationDate", "/ModDate"]
        .into_iter()
        .filter_map(|key| {
            let value = info_value(&pdf, key)?;
            Some(format!("{key} {value}"))
        })
        .collect();
    let offset = pdf.len() + 1;
    let number = trailer.size;
    let mut update = format!(
        "\n{number} 0 obj\n<</Title {}\n/Author {}\n/Creator {}\n/Producer {}\n{}>>\nendobj\n",
        pdf_text(meta.title),
        pdf_text(meta.author),
        pdf_text(&format!("ip {}", env!("CARGO_PKG_VERSION"))),
        pdf_text(engine),
        dates.join("\n"),
    );
    let xref = offset + update.len() - 1;
    update.push_str(&format!(
        "xref\n0 1\n0000000000 65535 f \n{number} 1\n{offset:010} 00000 n \ntrailer\n<</Size {}\n/Root {}\n/Info {number} 0 R\n/Prev {}>>\nstartxref\n{xref}\n%%EOF\n",
        number + 1,
        trailer.root,
        trailer.startxref,
    ));
    pdf.extend_from_slice(update.as_bytes());
    pdf
}

struct Trailer {
    size: u64,
    root: String,
    startxref: u64,
}

/// The last trailer of a PDF with a classic cross-reference table.
fn last_trailer(pdf: &[u8]) -> Option<Trailer> {
    let tail_start = pdf.len().saturating_sub(4096);
    let tail = String::from_utf8_lossy(&pdf[tail_start..]);
    let startxref: u64 = tail
        .rsplit_once("startxref")?
        .1
        .split_whitespace()
        .next()?
        .parse()
        .ok()?;
    // The offset must point at a classic table, not a cross-reference stream.
    let at = usize::try_from(startxref).ok()?;
    if !pdf.get(at..)?.starts_with(b"xref") {
        return None;
    }
    let dict = tail.rsplit_once("trailer")?.1;
    let after = |key: &str| -> Option<&str> { Some(dict.split_once(key)?.1.trim_start()) };
    let size = after("/Size")?
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()?;
    let root: Vec<&str> = after("/Root")?.split_whitespace().take(3).collect();
    let root = root.join(" ");
    let root = root.split('>').next()?.trim().to_owned();
    if !root.ends_with('R') {
        return None;
    }
    Some(Trailer {
        size,
        root,
        startxref,
    })
}

/// A date the engine wrote (`(D:2026…)`), kept in the new dictionary.
fn info_value(pdf: &[u8], key: &str) -> Option<String> {
    let head = String::from_utf8_lossy(&pdf[..pdf.len().min(4096)]);
    let rest = head.split_once(&format!("{key} ("))?.1;
    let value = rest.split_once(')')?.0;
    value
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"+-':".contains(&b))
        .then(|| format!("({value})"))
}

/// A PDF text string: UTF-16BE with a byte order mark, in hex, so any text is safe.
fn pdf_text(text: &str) -> String {
    let mut out = String::from("<FEFF");
    for unit in text.encode_utf16() {
        out.push_str(&format!("{unit:04X}"));
    }
    out.push('>');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal PDF as Chromium writes it: Info first, a classic xref table, a trailer.
    fn small_pdf() -> Vec<u8> {
        let mut pdf = String::from("%PDF-1.4\n");
        let info = pdf.len();
        pdf.push_str("1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20261118000000+00'00')>>\nendobj\n");
        let catalog = pdf.len();
        pdf.push_str("2 0 obj\n<</Type /Catalog /Pages 3 0 R /Lang (nb)>>\nendobj\n");
        let pages = pdf.len();
        pdf.push_str("3 0 obj\n<</Type /Pages /Kids [] /Count 0>>\nendobj\n");
        let xref = pdf.len();
        pdf.push_str(&format!(
            "xref\n0 4\n0000000000 65535 f \n{info:010} 00000 n \n{catalog:010} 00000 n \n{pages:010} 00000 n \ntrailer\n<</Size 4\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n{xref}\n%%EOF"
        ));
        pdf.into_bytes()
    }

    #[test]
    fn the_info_update_points_at_itself_and_keeps_the_original() {
        let original = small_pdf();
        let meta = Meta {
            title: "Individuell plan – Kari (x) – 2026-017",
            author: "Fjordvik kommune",
        };
        let pdf = with_info(original.clone(), &meta, "Chromium");
        assert!(pdf.starts_with(&original), "an update only appends");
        let text = String::from_utf8_lossy(&pdf);
        let trailer = last_trailer(&pdf).expect("a classic trailer at the end");
        assert_eq!(trailer.size, 5);
        assert_eq!(trailer.root, "2 0 R");
        let xref = usize::try_from(trailer.startxref).unwrap();
        assert!(pdf[xref..].starts_with(b"xref\n0 1\n"));
        let entry = text[xref..].lines().nth(4).unwrap();
        let object = entry[..10].parse::<usize>().unwrap();
        assert!(pdf[object..].starts_with(b"4 0 obj"), "{entry}");
        assert!(text.contains("/Prev "));
        assert!(text.contains(&pdf_text("Fjordvik kommune")));
        assert!(text.contains("/CreationDate (D:20261118000000+00'00')"));
    }

    #[test]
    fn a_pdf_without_a_classic_table_is_left_alone() {
        let pdf =
            b"%PDF-1.7\n1 0 obj <</Type /XRef>> stream\nendstream\nstartxref\n9\n%%EOF".to_vec();
        let meta = Meta {
            title: "t",
            author: "a",
        };
        assert_eq!(with_info(pdf.clone(), &meta, "Chromium"), pdf);
    }

    #[test]
    fn text_and_urls_are_encoded() {
        assert_eq!(pdf_text("Å"), "<FEFF00C5>");
        assert_eq!(
            file_url(Path::new("/tmp/a b/ø.html")),
            "file:///tmp/a%20b/%C3%B8.html"
        );
    }
}
