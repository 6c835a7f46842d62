//! `ip-bench-floor FOLDER`: reads every .yaml file under FOLDER and parses it to YAML
//! events with granit-parser (the parser `ip` uses), on all cores; prints the number of
//! files and of events. No tree, no checks, no report: the least any validator built on
//! this parser must do, so `ip validate` can be measured against it (bench/run).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use granit_parser::Parser;
use rayon::prelude::*;

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        let path = entry.path();
        if kind.is_dir() {
            walk(&path, out)?;
        } else if kind.is_file() && path.extension().is_some_and(|e| e == "yaml") {
            out.push(path);
        }
    }
    Ok(())
}

fn main() {
    let Some(root) = std::env::args_os().nth(1) else {
        eprintln!("usage: ip-bench-floor FOLDER");
        std::process::exit(2);
    };
    let mut files = Vec::new();
    if let Err(e) = walk(Path::new(&root), &mut files) {
        eprintln!("ip-bench-floor: {e}");
        std::process::exit(2);
    }
    let errors = AtomicUsize::new(0);
    let events: usize = files
        .par_iter()
        .map(|path| {
            let Ok(bytes) = std::fs::read(path) else {
                errors.fetch_add(1, Ordering::Relaxed);
                return 0;
            };
            let Ok(text) = std::str::from_utf8(&bytes) else {
                errors.fetch_add(1, Ordering::Relaxed);
                return 0;
            };
            let mut n = 0;
            for event in Parser::new_from_str(text) {
                if event.is_err() {
                    errors.fetch_add(1, Ordering::Relaxed);
                    break;
                }
                n += 1;
            }
            n
        })
        .sum();
    println!(
        "{} files, {events} events, {} unreadable or not YAML",
        files.len(),
        errors.load(Ordering::Relaxed)
    );
}
