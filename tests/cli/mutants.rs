//! Mutants of real plans: the bundled examples and the complete fixture, broken in a few
//! thousand deterministic ways (lines deleted, doubled and swapped, indentation flipped,
//! YAML punctuation, anchors, merge keys, tabs, quotes, control characters, a BOM, huge
//! numbers, very long lines, truncation), each run through the real `ip`.
//!
//! Whatever the input, `ip` must answer as documented: exit 0, 1 or 2 (never a panic's
//! 101 or a signal), JSON on stdout for `--format json`, and within 5 seconds. Commands:
//! `validate --format json` on every mutant; `render --draft`, `due --format json` and
//! `revise` (on a copy) on a share of them. The PRNG is written here (a SplitMix64) so the
//! mutants are the same on every run and a failure names the seed that makes it.
//!
//! Timing is only a guard against hangs here: the whole test takes well under two minutes
//! in a debug build on two cores (mutants run on two threads).

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::harness;

/// Mutants per source plan (4 sources).
const PER_SOURCE: u64 = 600;
const DEADLINE: Duration = Duration::from_secs(5);
const THREADS: u64 = 2;

/// SplitMix64: small, fast, and the same sequence everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Text put into a line at a random place.
const INSERTS: &[&str] = &[
    ": ",
    "- ",
    "{",
    "[",
    "}",
    "]",
    "&a ",
    "*a",
    "<<: *a",
    "<<: ",
    "\t",
    "\"",
    "'",
    "#",
    "|",
    ">-",
    "? ",
    "!!str ",
    "!!binary ",
    "%YAML 1.2",
    "---",
    "...",
    "\0",
    "\u{1b}[31m",
    "\u{7}",
    "\r",
    "\u{202e}",
    "\u{feff}",
    "\u{85}",
    "æøå",
    "😀",
    "01820012301",
    "99999999999999999999999999",
    "-9223372036854775809",
    "1e99999",
    "0x7fffffffffffffffff",
    ".nan",
    "~",
    "null",
    "2026-02-30",
    "15.01.2026",
    "coordinator",
];

/// Whole lines put between others.
const LINES: &[&str] = &[
    "revision: { last: 2026-01-01, next: 2026-07-01 }",
    "revision:",
    "  last:",
    "  next: 2026-13-01",
    "goals: &a [{id: g1, description: x}]",
    "measures: *a",
    "<<: {id: x}",
    "a: &a [*a]",
    "---",
    "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -",
    "version: 2",
    "id: [1, 2]",
    "  ? [a, b]\n  : c",
    "notes: |\n  block\n\n  text",
    "cooperation: []",
    "participants: {}",
];

/// One mutation of `lines`, described in `log`.
fn mutate(rng: &mut Rng, lines: &mut Vec<String>, log: &mut String) {
    if lines.is_empty() {
        lines.push(String::new());
    }
    let i = rng.below(lines.len());
    match rng.below(14) {
        0 => {
            lines.remove(i);
            let _ = write!(log, "delete {i}; ");
        }
        1 => {
            let line = lines[i].clone();
            lines.insert(i, line);
            let _ = write!(log, "duplicate {i}; ");
        }
        2 => {
            let j = rng.below(lines.len());
            lines.swap(i, j);
            let _ = write!(log, "swap {i} {j}; ");
        }
        3 => {
            let line = &mut lines[i];
            let indent = line.len() - line.trim_start_matches(' ').len();
            match rng.below(3) {
                0 => line.insert_str(0, "  "),
                1 => line.insert(0, ' '),
                _ => drop(line.drain(..indent.min(2))),
            }
            let _ = write!(log, "indent {i}; ");
        }
        4..=7 => {
            let insert = *rng.pick(INSERTS);
            let line = &mut lines[i];
            let mut at = rng.below(line.len() + 1);
            while !line.is_char_boundary(at) {
                at -= 1;
            }
            line.insert_str(at, insert);
            let _ = write!(log, "insert {insert:?} at {i}:{at}; ");
        }
        8 => {
            let line = *rng.pick(LINES);
            lines.insert(i, line.to_owned());
            let _ = write!(log, "line {line:?} at {i}; ");
        }
        9 => {
            let n = [1_000, 70_000, 300_000][rng.below(3)];
            let filler = *rng.pick(&["x", "a: ", "[", "{a: 1, ", "- ", "ø"]);
            lines[i].push_str(&filler.repeat(n / filler.len()));
            let _ = write!(log, "long {filler:?}×{n} at {i}; ");
        }
        10 => {
            // A value replaced: the text after the first `: `.
            let value = *rng.pick(INSERTS);
            if let Some(colon) = lines[i].find(": ") {
                lines[i].truncate(colon + 2);
                lines[i].push_str(value);
            }
            let _ = write!(log, "value {value:?} at {i}; ");
        }
        11 => {
            let line = &mut lines[i];
            if line.contains('\t') || !line.starts_with(' ') {
                line.insert(0, '\t');
            } else {
                *line = line.replacen(' ', "\t", 1);
            }
            let _ = write!(log, "tab {i}; ");
        }
        12 => {
            let from = rng.below(lines.len());
            let to = (from + 1 + rng.below(8)).min(lines.len());
            let block: Vec<String> = lines[from..to].to_vec();
            let at = rng.below(lines.len() + 1);
            for (k, line) in block.into_iter().enumerate() {
                lines.insert(at + k, line);
            }
            let _ = write!(log, "copy {from}..{to} to {at}; ");
        }
        _ => {
            let keep = rng.below(lines.len() + 1);
            lines.truncate(keep);
            let _ = write!(log, "truncate to {keep} lines; ");
        }
    }
}

/// The bytes of one mutant: one to four mutations of the lines, then maybe a byte-level
/// change that lines cannot express.
fn mutant(rng: &mut Rng, source: &str, log: &mut String) -> Vec<u8> {
    let mut lines: Vec<String> = source.lines().map(str::to_owned).collect();
    for _ in 0..1 + rng.below(4) {
        mutate(rng, &mut lines, log);
    }
    let newline = if rng.below(10) == 0 { "\r\n" } else { "\n" };
    let mut bytes = lines.join(newline).into_bytes();
    if rng.below(2) == 0 {
        bytes.extend_from_slice(newline.as_bytes());
    }
    match rng.below(12) {
        0 => {
            bytes.splice(0..0, *b"\xEF\xBB\xBF");
            log.push_str("BOM; ");
        }
        1 => {
            // Anywhere, even inside a character: invalid UTF-8 is a finding, not a crash.
            let keep = rng.below(bytes.len() + 1);
            bytes.truncate(keep);
            let _ = write!(log, "truncate to {keep} bytes; ");
        }
        2 => {
            let at = rng.below(bytes.len() + 1);
            let byte = [0x00, 0x80, 0xC3, 0xFF, 0x1F, 0x7F][rng.below(6)];
            bytes.insert(at, byte);
            let _ = write!(log, "byte {byte:#04x} at {at}; ");
        }
        _ => {}
    }
    bytes
}

/// How one run of `ip` ended.
struct Ended {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
    took: Duration,
}

/// Runs `ip` in `dir` with a deadline: a run past it is killed and reported.
fn run(dir: &Path, name: &str, args: &[&str]) -> Result<Ended, String> {
    let out_path = dir.join(format!("{name}.stdout"));
    let err_path = dir.join(format!("{name}.stderr"));
    let started = Instant::now();
    let mut child = harness::command(dir)
        .args(args)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).expect("stdout file"))
        .stderr(std::fs::File::create(&err_path).expect("stderr file"))
        .spawn()
        .expect("ip runs");
    let mut pause = Duration::from_millis(1);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for ip") {
            break status;
        }
        if started.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("took over {DEADLINE:?}: ip {}", args.join(" ")));
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };
    Ok(Ended {
        code: status.code(),
        stdout: std::fs::read(&out_path).expect("stdout"),
        stderr: String::from_utf8_lossy(&std::fs::read(&err_path).expect("stderr")).into_owned(),
        took: started.elapsed(),
    })
}

/// The documented answers: exit 0, 1 or 2, no panic, JSON when asked for JSON.
fn check(ended: &Ended, args: &[&str], json: bool) -> Result<(), String> {
    let what = format!("ip {}", args.join(" "));
    match ended.code {
        Some(0..=2) => {}
        Some(code) => return Err(format!("{what}: exit {code}\n{}", ended.stderr)),
        None => return Err(format!("{what}: killed by a signal\n{}", ended.stderr)),
    }
    if ended.stderr.contains("panicked") {
        return Err(format!("{what}: panicked\n{}", ended.stderr));
    }
    if json {
        if let Err(e) = serde_json::from_slice::<serde_json::Value>(&ended.stdout) {
            return Err(format!(
                "{what}: stdout is not JSON ({e}), exit {:?}\n{}",
                ended.code, ended.stderr
            ));
        }
    }
    Ok(())
}

/// Every command for mutant number `n` (written as `file`); the slowest run's time, and
/// how many runs exited 0, 1 and 2.
fn exercise(dir: &Path, file: &str, n: u64) -> Result<(Duration, [u64; 3]), String> {
    let mut runs: Vec<(Vec<&str>, bool)> = vec![(vec!["validate", "--format", "json", file], true)];
    if n % 4 == 1 {
        runs.push((vec!["render", "--draft", file], false));
    }
    if n % 4 == 2 {
        runs.push((
            vec!["due", "--format", "json", "--as-of", "2026-11-23", file],
            true,
        ));
    }
    let copy = format!("revised-{file}");
    if n % 8 == 3 {
        std::fs::copy(dir.join(file), dir.join(&copy)).expect("copy");
        runs.push((
            vec![
                "revise",
                &copy,
                "--on",
                "2026-11-23",
                "--next",
                "2027-05-23",
            ],
            false,
        ));
    }
    let mut slowest = Duration::ZERO;
    let mut codes = [0; 3];
    for (args, json) in &runs {
        let ended = run(dir, file, args)?;
        check(&ended, args, *json)?;
        slowest = slowest.max(ended.took);
        codes[ended.code.unwrap_or_default() as usize] += 1;
    }
    Ok((slowest, codes))
}

/// Keeps a failing mutant where a person can find it after the temporary folder is gone.
fn keep(bytes: &[u8], name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join("ip-mutants-failed");
    std::fs::create_dir_all(&dir).expect("folder for failed mutants");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("failed mutant written");
    path
}

#[test]
fn mutants_of_real_plans_never_crash_hang_or_break_json() {
    let mut sources: Vec<(String, String)> = harness::examples();
    sources.push((
        "complete".to_owned(),
        std::fs::read_to_string(harness::root().join("tests/fixtures/valid/complete.yaml"))
            .expect("complete fixture"),
    ));
    let started = Instant::now();
    let results: Vec<(u64, Duration, [u64; 3], Vec<String>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..THREADS)
            .map(|thread| {
                let sources = &sources;
                scope.spawn(move || {
                    let env = harness::Env::new();
                    let mut ran = 0;
                    let mut slowest = Duration::ZERO;
                    let mut codes = [0; 3];
                    let mut failures = Vec::new();
                    for (s, (stem, source)) in sources.iter().enumerate() {
                        for k in (thread..PER_SOURCE).step_by(THREADS as usize) {
                            let seed = ((s as u64) << 32) | k;
                            let mut rng = Rng(seed);
                            let mut log = String::new();
                            let bytes = mutant(&mut rng, source, &mut log);
                            let file = format!("m{thread}.yaml");
                            std::fs::write(env.path().join(&file), &bytes).expect("mutant");
                            ran += 1;
                            match exercise(env.path(), &file, k) {
                                Ok((took, exits)) => {
                                    slowest = slowest.max(took);
                                    (0..3).for_each(|c| codes[c] += exits[c]);
                                }
                                Err(why) => {
                                    let kept = keep(&bytes, &format!("{stem}-{seed:#x}.yaml"));
                                    failures.push(format!(
                                        "{stem}, seed {seed:#x} ({log}), kept as {}:\n{why}",
                                        kept.display()
                                    ));
                                }
                            }
                        }
                    }
                    (ran, slowest, codes, failures)
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("worker"))
            .collect()
    });
    let ran: u64 = results.iter().map(|r| r.0).sum();
    let slowest = results.iter().map(|r| r.1).max().unwrap_or_default();
    let codes: Vec<u64> = (0..3)
        .map(|c| results.iter().map(|r| r.2[c]).sum())
        .collect();
    let failures: Vec<&String> = results.iter().flat_map(|r| &r.3).collect();
    // Straight to stderr, past the test harness's capture, so CI logs show it.
    let _ = writeln!(
        std::io::stderr(),
        "mutants: {ran} mutants of {} plans ran in {:.1} s (slowest single run {:.2} s; \
         runs exiting 0/1/2: {}/{}/{}), {} failed",
        sources.len(),
        started.elapsed().as_secs_f64(),
        slowest.as_secs_f64(),
        codes[0],
        codes[1],
        codes[2],
        failures.len()
    );
    assert_eq!(ran, PER_SOURCE * sources.len() as u64);
    assert!(
        failures.is_empty(),
        "{} of {ran} mutants failed; the first:\n{}",
        failures.len(),
        failures
            .iter()
            .take(5)
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    );
}
