//! `ip`: individual plans (individuell plan) as YAML files in git. The program is
//! `ip::cmd::run`; this file only calls it.

fn main() -> std::process::ExitCode {
    ip::cmd::run()
}
