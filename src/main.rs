//! `ip`: individual plans (individuell plan) as YAML files in git. The program is
//! `ip::cmd::run`; this file only calls it.

// mimalloc: a quarter of checking and rendering time was glibc's malloc and free
// (bench/RESULTS.md has the measurement).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    ip::cmd::run()
}
