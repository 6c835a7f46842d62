//! `iplan`: the same program as `ip`, under a name that clashes with nothing. It never
//! hands over to iproute2's `ip`.

// mimalloc: a quarter of checking and rendering time was glibc's malloc and free
// (bench/RESULTS.md has the measurement).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    ip::cmd::run()
}
