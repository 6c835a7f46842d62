//! Living beside iproute2's `ip`, which every Debian machine has.
//!
//! When this program runs as `ip` and its first argument is not one of its own commands
//! or options (`ip addr`, `ip -4 route`, `ip -j link`), it is a networking command meant
//! for iproute2: it hands over to the system's `ip` with the same arguments, so scripts
//! keep working whichever `ip` comes first on PATH. As `iplan` it never hands over.
//!
//! The system's `ip` is looked up at its usual places (`/usr/sbin/ip`, `/sbin/ip`,
//! `/usr/bin/ip`, `/bin/ip`), never on PATH (which may find this program), and never this
//! program itself. `IP_IPROUTE2` names another binary (used by the tests).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

const PLACES: &[&str] = &["/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip"];

/// iproute2's objects (`ip OBJECT`), each of which it also takes abbreviated (`ip a`,
/// `ip ro`), as listed by `ip help` in iproute2 6.x.
const OBJECTS: &[&str] = &[
    "address",
    "addrlabel",
    "fou",
    "ila",
    "ioam",
    "l2tp",
    "link",
    "macsec",
    "maddress",
    "monitor",
    "mptcp",
    "mroute",
    "mrule",
    "neighbor",
    "neighbour",
    "netconf",
    "netns",
    "nexthop",
    "ntable",
    "ntbl",
    "route",
    "rule",
    "sr",
    "stats",
    "tap",
    "tcpmetrics",
    "token",
    "tunnel",
    "tuntap",
    "vrf",
    "xfrm",
];

/// Whether the arguments are this program's: no argument, one of its commands or options
/// (`ours`: `validate`, `--color`, `-q`, …; `--long=value` counts), or anything that is
/// neither an iproute2 option (`-4`, `-j`, `-br`) nor an iproute2 object, whole or
/// abbreviated. So a mistyped command gets this program's "did you mean", not iproute2's
/// "Object … is unknown".
pub fn is_ours(args: &[OsString], ours: &[&str]) -> bool {
    let Some(first) = args.get(1).and_then(|a| a.to_str()) else {
        return true;
    };
    let option = first.split_once('=').map_or(first, |(name, _)| name);
    if ours.contains(&first)
        || ours.contains(&option)
        || matches!(first, "-h" | "--help" | "-V" | "--version" | "help")
    {
        return true;
    }
    let iproute2 = first.starts_with('-') || OBJECTS.iter().any(|object| object.starts_with(first));
    !iproute2
}

/// The system's `ip` (iproute2), if there is one and it is not this program.
pub fn system_ip() -> Option<PathBuf> {
    let me = std::env::current_exe().ok()?.canonicalize().ok()?;
    let candidates: Vec<PathBuf> = match std::env::var_os("IP_IPROUTE2") {
        Some(path) => vec![PathBuf::from(path)],
        None => PLACES.iter().map(PathBuf::from).collect(),
    };
    candidates
        .into_iter()
        .find(|p| p.is_file() && p.canonicalize().is_ok_and(|real| real != me) && is_executable(p))
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(_: &Path) -> bool {
    false
}

/// Whether this process was started under the name `ip` (not `iplan`).
pub fn invoked_as_ip(args: &[OsString]) -> bool {
    args.first()
        .and_then(|a| Path::new(a).file_stem())
        .is_some_and(|name| name == "ip")
}

/// Runs iproute2's `ip` with the arguments and returns its exit code (on Unix the process
/// is replaced, so this returns only when that fails).
pub fn hand_over(iproute2: &Path, args: &[OsString]) -> std::io::Result<u8> {
    let mut cmd = std::process::Command::new(iproute2);
    cmd.args(&args[1..]);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        let err = cmd.arg0("ip").exec();
        Err(err)
    }
    #[cfg(not(unix))]
    {
        let status = cmd.status()?;
        Ok(status.code().unwrap_or(1).clamp(0, 255) as u8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn networking_words_are_not_ours() {
        let ours = ["validate", "due", "--color", "-q"];
        assert!(is_ours(&args(&["ip"]), &ours));
        assert!(is_ours(&args(&["ip", "validate", "x"]), &ours));
        assert!(is_ours(&args(&["ip", "--color", "never", "due"]), &ours));
        assert!(is_ours(&args(&["ip", "--color=never", "due"]), &ours));
        assert!(is_ours(&args(&["ip", "-q", "due"]), &ours));
        assert!(is_ours(&args(&["ip", "--help"]), &ours));
        assert!(!is_ours(&args(&["ip", "addr"]), &ours));
        assert!(!is_ours(&args(&["ip", "-4", "route"]), &ours));
        assert!(!is_ours(&args(&["ip", "-j", "link"]), &ours));
        assert!(
            !is_ours(&args(&["ip", "a"]), &ours),
            "abbreviated, as iproute2 takes it"
        );
        assert!(!is_ours(&args(&["ip", "ro", "show"]), &ours));
        assert!(
            is_ours(&args(&["ip", "valdate"]), &ours),
            "a typo gets our did-you-mean"
        );
    }

    #[test]
    fn the_name_decides() {
        assert!(invoked_as_ip(&args(&["/usr/bin/ip", "addr"])));
        assert!(!invoked_as_ip(&args(&["/usr/bin/iplan", "addr"])));
    }
}
