//! `iplan`: the same program as `ip`, under a name that clashes with nothing. It never
//! hands over to iproute2's `ip`.

fn main() -> std::process::ExitCode {
    ip::cmd::run()
}
