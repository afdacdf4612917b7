//! The settings of C++ Nix 2.26 (`nix config show`), as `nix-instantiate` takes them:
//! from `--option NAME VALUE`, from the flag every setting has (`--NAME VALUE`, for a
//! Boolean `--NAME` and `--no-NAME`, for a list `--extra-NAME VALUE` too, and the same
//! for each alias), and from `NIX_CONFIG`.
//!
//! nixref honours the settings that change what an evaluation prints (see
//! `crate::eval::setting_kind` and `cli::Args::set_option`); the others are accepted
//! and checked the way C++ Nix checks them, then ignored, as `nix-instantiate --eval`
//! ignores the settings of building, substituting and the daemon.

/// How a setting's value is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    /// `true`/`yes`/`1`, `false`/`no`/`0`; a flag without a value.
    Bool,
    /// An integer (C++'s `Setting<int>` and friends).
    Int,
    /// `max-jobs`: `auto` or an integer.
    Jobs,
    /// `sandbox`: a Boolean or `relaxed`; `--sandbox`/`--no-sandbox` flags.
    Sandbox,
    /// Any text.
    Text,
    /// A list of words (or `name=value` pairs): `extra-NAME` appends to it.
    List,
}

/// One setting: name, type, the experimental feature it needs, its aliases.
pub struct Setting {
    pub name: &'static str,
    pub ty: Type,
    pub feature: Option<&'static str>,
    pub aliases: &'static [&'static str],
}

const fn s(name: &'static str, ty: Type) -> Setting {
    Setting {
        name,
        ty,
        feature: None,
        aliases: &[],
    }
}

const fn a(name: &'static str, ty: Type, aliases: &'static [&'static str]) -> Setting {
    Setting {
        name,
        ty,
        feature: None,
        aliases,
    }
}

const fn x(name: &'static str, ty: Type, feature: &'static str) -> Setting {
    Setting {
        name,
        ty,
        feature: Some(feature),
        aliases: &[],
    }
}

use Type::*;

/// Every setting of C++ Nix 2.26.
pub const SETTINGS: &[Setting] = &[
    s("abort-on-warn", Bool),
    x("accept-flake-config", Bool, "flakes"),
    s("access-tokens", List),
    s("allow-dirty", Bool),
    x("allow-dirty-locks", Bool, "flakes"),
    s("allow-import-from-derivation", Bool),
    s("allow-new-privileges", Bool),
    s("allow-symlinked-store", Bool),
    s("allow-unsafe-native-code-during-evaluation", Bool),
    s("allowed-impure-host-deps", List),
    s("allowed-uris", List),
    s("allowed-users", List),
    s("always-allow-substitutes", Bool),
    x("auto-allocate-uids", Bool, "auto-allocate-uids"),
    s("auto-optimise-store", Bool),
    s("bash-prompt", Text),
    s("bash-prompt-prefix", Text),
    s("bash-prompt-suffix", Text),
    s("build-dir", Text),
    s("build-hook", List),
    s("build-poll-interval", Int),
    s("build-users-group", Text),
    s("builders", Text),
    s("builders-use-substitutes", Bool),
    Setting {
        name: "commit-lock-file-summary",
        ty: Text,
        feature: Some("flakes"),
        aliases: &["commit-lockfile-summary"],
    },
    a("compress-build-log", Bool, &["build-compress-log"]),
    s("connect-timeout", Int),
    a("cores", Int, &["build-cores"]),
    s("debugger-on-trace", Bool),
    s("debugger-on-warn", Bool),
    s("diff-hook", Text),
    s("download-attempts", Int),
    s("download-buffer-size", Int),
    s("download-speed", Int),
    s("eval-cache", Bool),
    s("eval-system", Text),
    s("experimental-features", List),
    s("extra-platforms", List),
    a("fallback", Bool, &["build-fallback"]),
    s("filter-syscalls", Bool),
    x("flake-registry", Text, "flakes"),
    s("fsync-metadata", Bool),
    s("fsync-store-paths", Bool),
    s("gc-reserved-space", Int),
    s("hashed-mirrors", List),
    a(
        "http-connections",
        Int,
        &["binary-caches-parallel-connections"],
    ),
    s("http2", Bool),
    s("id-count", Int),
    s("ignore-try", Bool),
    s("ignored-acls", List),
    a(
        "impersonate-linux-26",
        Bool,
        &["build-impersonate-linux-26"],
    ),
    x("impure-env", List, "configurable-impure-env"),
    a("keep-build-log", Bool, &["build-keep-log"]),
    a("keep-derivations", Bool, &["gc-keep-derivations"]),
    a("keep-env-derivations", Bool, &["env-keep-derivations"]),
    s("keep-failed", Bool),
    s("keep-going", Bool),
    a("keep-outputs", Bool, &["gc-keep-outputs"]),
    s("log-lines", Int),
    a("max-build-log-size", Int, &["build-max-log-size"]),
    s("max-call-depth", Int),
    s("max-free", Int),
    a("max-jobs", Jobs, &["build-max-jobs"]),
    a("max-silent-time", Int, &["build-max-silent-time"]),
    a("max-substitution-jobs", Int, &["substitution-max-jobs"]),
    s("min-free", Int),
    s("min-free-check-interval", Int),
    s("nar-buffer-size", Int),
    s("narinfo-cache-negative-ttl", Int),
    s("narinfo-cache-positive-ttl", Int),
    s("netrc-file", Text),
    s("nix-path", List),
    s("nix-shell-always-looks-for-shell-nix", Bool),
    s("nix-shell-shebang-arguments-relative-to-script", Bool),
    s("plugin-files", List),
    s("post-build-hook", Text),
    s("pre-build-hook", Text),
    s("preallocate-contents", Bool),
    s("print-missing", Bool),
    s("pure-eval", Bool),
    s("require-drop-supplementary-groups", Bool),
    s("require-sigs", Bool),
    s("restrict-eval", Bool),
    s("run-diff-hook", Bool),
    a(
        "sandbox",
        Sandbox,
        &["build-use-chroot", "build-use-sandbox"],
    ),
    s("sandbox-build-dir", Text),
    s("sandbox-dev-shm-size", Text),
    s("sandbox-fallback", Bool),
    a(
        "sandbox-paths",
        List,
        &["build-chroot-dirs", "build-sandbox-paths"],
    ),
    s("secret-key-files", List),
    s("show-trace", Bool),
    s("ssl-cert-file", Text),
    s("stalled-download-timeout", Int),
    s("start-id", Int),
    s("store", Text),
    a("substitute", Bool, &["build-use-substitutes"]),
    a("substituters", List, &["binary-caches"]),
    s("sync-before-registering", Bool),
    s("system", Text),
    s("system-features", List),
    s("tarball-ttl", Int),
    a("timeout", Int, &["build-timeout"]),
    s("trace-function-calls", Bool),
    s("trace-verbose", Bool),
    s("trust-tarballs-from-git-forges", Bool),
    a("trusted-public-keys", List, &["binary-cache-public-keys"]),
    a("trusted-substituters", List, &["trusted-binary-caches"]),
    s("trusted-users", List),
    s("upgrade-nix-store-path-url", Text),
    s("use-case-hack", Bool),
    s("use-cgroups", Bool),
    x("use-registries", Bool, "flakes"),
    s("use-sqlite-wal", Bool),
    s("use-xdg-base-directories", Bool),
    s("user-agent-suffix", Text),
    s("warn-dirty", Bool),
    s("warn-large-path-threshold", Int),
];

/// The experimental features C++ Nix 2.26 knows.
pub const FEATURES: &[&str] = &[
    "auto-allocate-uids",
    "ca-derivations",
    "cgroups",
    "configurable-impure-env",
    "daemon-trust-override",
    "dynamic-derivations",
    "fetch-closure",
    "fetch-tree",
    "flakes",
    "git-hashing",
    "impure-derivations",
    "local-overlay-store",
    "mounted-ssh-store",
    "nix-command",
    "no-url-literals",
    "parse-toml-timestamps",
    "pipe-operators",
    "read-only-local-store",
    "recursive-nix",
    "verified-fetches",
];

/// The setting a name (or alias) stands for, and whether it was the `extra-` form of
/// a list setting.
pub fn lookup(name: &str) -> Option<(&'static Setting, bool)> {
    let find = |n: &str| {
        SETTINGS
            .iter()
            .find(|s| s.name == n || s.aliases.contains(&n))
    };
    if let Some(s) = find(name) {
        return Some((s, false));
    }
    let base = name.strip_prefix("extra-")?;
    let s = find(base)?;
    (s.ty == List).then_some((s, true))
}

/// A Boolean as C++ Nix's settings read it.
pub fn parse_bool(value: &str) -> Option<bool> {
    match value {
        "true" | "yes" | "1" => Some(true),
        "false" | "no" | "0" => Some(false),
        _ => None,
    }
}

/// Checks a value against its setting's type, with C++ Nix's message when it does not
/// fit.
pub fn check_value(setting: &Setting, name: &str, value: &str) -> Result<(), String> {
    match setting.ty {
        Bool if parse_bool(value).is_none() => Err(format!(
            "Boolean setting '{name}' has invalid value '{value}'"
        )),
        Int if value.trim().parse::<i64>().is_err() => {
            Err(format!("setting '{name}' has invalid value '{value}'"))
        }
        Jobs if value != "auto" && value.parse::<u64>().is_err() => Err(format!(
            "configuration setting '{name}' should be 'auto' or an integer"
        )),
        Sandbox if value != "relaxed" && parse_bool(value).is_none() => {
            Err(format!("option '{name}' has invalid value '{value}'"))
        }
        _ => Ok(()),
    }
}

/// C++ Nix's `string2IntWithUnitPrefix` (`--cores`, `--timeout`, `--max-silent-time`):
/// an integer with an optional `K`, `M`, `G` or `T` suffix.
pub fn int_with_unit(s: &str) -> Result<u64, String> {
    let mut digits = s;
    let mut multiplier: u64 = 1;
    if let Some(last) = s.chars().last() {
        let u = last.to_ascii_uppercase();
        if u.is_ascii_alphabetic() {
            multiplier = match u {
                'K' => 1 << 10,
                'M' => 1 << 20,
                'G' => 1 << 30,
                'T' => 1 << 40,
                _ => return Err(format!("invalid unit specifier '{u}'")),
            };
            digits = &s[..s.len() - 1];
        }
    }
    digits
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(multiplier))
        .ok_or_else(|| format!("'{digits}' is not an integer"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_aliases_and_extra_forms() {
        assert_eq!(
            lookup("sandbox").map(|(s, e)| (s.name, e)),
            Some(("sandbox", false))
        );
        assert_eq!(
            lookup("build-use-sandbox").map(|(s, _)| s.name),
            Some("sandbox")
        );
        assert_eq!(
            lookup("extra-substituters").map(|(s, e)| (s.name, e)),
            Some(("substituters", true))
        );
        assert_eq!(
            lookup("extra-binary-caches").map(|(s, e)| (s.name, e)),
            Some(("substituters", true))
        );
        // Only lists have an `extra-` form.
        assert!(lookup("extra-sandbox").is_none());
        assert!(lookup("no-such-setting").is_none());
    }

    #[test]
    fn values_are_checked_by_type() {
        let (jobs, _) = lookup("max-jobs").unwrap();
        assert!(check_value(jobs, "max-jobs", "auto").is_ok());
        assert_eq!(
            check_value(jobs, "max-jobs", "foo"),
            Err("configuration setting 'max-jobs' should be 'auto' or an integer".into())
        );
        let (cores, _) = lookup("cores").unwrap();
        assert_eq!(
            check_value(cores, "cores", "x"),
            Err("setting 'cores' has invalid value 'x'".into())
        );
        let (sandbox, _) = lookup("sandbox").unwrap();
        assert!(check_value(sandbox, "sandbox", "relaxed").is_ok());
        assert!(check_value(sandbox, "sandbox", "foo").is_err());
    }

    #[test]
    fn unit_prefixes() {
        assert_eq!(int_with_unit("3"), Ok(3));
        assert_eq!(int_with_unit("2k"), Ok(2048));
        assert_eq!(int_with_unit("1G"), Ok(1 << 30));
        assert_eq!(int_with_unit("x"), Err("invalid unit specifier 'X'".into()));
        assert_eq!(int_with_unit("1.5"), Err("'1.5' is not an integer".into()));
    }
}
