//! nixref's writes to a real store, checked by C++ Nix's own tools: after nixref adds
//! paths (`--read-write-mode`, and instantiation without `--eval`), C++ Nix 2.26's
//! `nix-store` must find them valid (`--verify-path`, `--verify --check-contents`), with
//! the references, NAR hashes and contents (`--dump`) C++ Nix's own `nix-instantiate`
//! gives the same expression in a store of its own.
//!
//! C++ Nix is the one `../shared/tools/nix-oracle` (or `.ci/nix-2.26`) unpacks; when it
//! is not unpacked the test says so and passes without checking.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The unpacked Debian tree holding C++ Nix 2.26, if there is one.
fn oracle_tree() -> Option<PathBuf> {
    let home = std::env::var("HOME").unwrap_or_default();
    let mut candidates = Vec::new();
    if let Ok(h) = std::env::var("NIX_ORACLE_HOME") {
        candidates.push(PathBuf::from(h).join("trixie"));
    }
    if let Ok(h) = std::env::var("NIXREF_NIX_HOME") {
        candidates.push(PathBuf::from(h).join("trixie"));
    }
    candidates.push(Path::new(&home).join(".cache/nix-oracle/trixie"));
    candidates.push(Path::new(&home).join(".cache/nixref-nix-2.26/trixie"));
    candidates
        .into_iter()
        .find(|t| t.join("usr/bin/nix-store").exists())
}

/// A fresh store environment under a temporary folder, as nixpkgs' lib tests set one up.
struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn store_dir(&self) -> PathBuf {
        self.root().join("store")
    }

    fn apply(&self, c: &mut Command) {
        let r = self.root();
        c.env_remove("NIX_REMOTE")
            .env("HOME", r.join("home"))
            .env("NIX_CONF_DIR", r.join("etc"))
            .env("NIX_LOCALSTATE_DIR", r.join("var"))
            .env("NIX_LOG_DIR", r.join("var/log/nix"))
            .env("NIX_STATE_DIR", r.join("var/nix"))
            .env("NIX_STORE_DIR", self.store_dir())
            .current_dir(r);
    }

    /// Removes everything, store objects (read-only) included, for a second run at the
    /// same place.
    fn wipe(&self) {
        let _ = Command::new("chmod")
            .args(["-R", "u+w"])
            .arg(self.root())
            .status();
        for e in std::fs::read_dir(self.root()).expect("readable") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                std::fs::remove_dir_all(&p).expect("removable");
            } else {
                std::fs::remove_file(&p).expect("removable");
            }
        }
    }
}

fn cxx(tree: &Path, tool: &str, env: &Env, args: &[&str]) -> Output {
    let mut c = Command::new(tree.join("usr/lib64/ld-linux-x86-64.so.2"));
    c.arg("--library-path")
        .arg(format!(
            "{}:{}",
            tree.join("usr/lib/x86_64-linux-gnu").display(),
            tree.join("lib/x86_64-linux-gnu").display()
        ))
        .args(["--argv0", tool])
        .arg(tree.join("usr/bin").join(tool))
        .args(args);
    env.apply(&mut c);
    c.output().expect("running C++ Nix")
}

fn nixref(env: &Env, args: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_nixref"));
    c.args(args);
    env.apply(&mut c);
    c.output().expect("running nixref")
}

fn ok(o: &Output, what: &str) -> String {
    assert!(
        o.status.success(),
        "{what} failed: {}\n{}",
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The source tree the expressions copy: a file, an executable, a symbolic link.
fn make_source(env: &Env) {
    use std::os::unix::fs::PermissionsExt;
    let src = env.root().join("src");
    std::fs::create_dir_all(src.join("sub")).unwrap();
    std::fs::write(src.join("a"), "hello\n").unwrap();
    std::fs::write(src.join("sub/run"), "#!/bin/sh\n").unwrap();
    std::fs::set_permissions(src.join("sub/run"), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::os::unix::fs::symlink("a", src.join("link")).unwrap();
}

/// Everything an evaluation can add: a text file referring to a copied tree, the tree,
/// a flat file, a filtered tree, a derivation.
const EXPR: &str = r#"
let
  file = builtins.toFile "greeting" "hi from ${./src}";
  drv = derivation { name = "demo"; system = "x86_64-linux"; builder = file; args = [ ./src/a ]; };
in [
  file
  "${./src}"
  (builtins.path { path = ./src/a; recursive = false; name = "flat"; })
  (builtins.filterSource (p: t: t != "symlink") ./src)
  drv.drvPath
]
"#;

/// Per path: valid, its references, its NAR hash, the SHA-256 of its `--dump`.
fn describe(tree: &Path, env: &Env, paths: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for p in paths {
        ok(
            &cxx(tree, "nix-store", env, &["--verify-path", p]),
            "nix-store --verify-path",
        );
        let refs = ok(
            &cxx(tree, "nix-store", env, &["--query", "--references", p]),
            "nix-store --query --references",
        );
        let hash = ok(
            &cxx(tree, "nix-store", env, &["--query", "--hash", p]),
            "nix-store --query --hash",
        );
        let dump = cxx(tree, "nix-store", env, &["--dump", p]);
        ok(&dump, "nix-store --dump");
        let digest = {
            use sha2::Digest;
            let d: [u8; 32] = sha2::Sha256::digest(&dump.stdout).into();
            d.iter().map(|b| format!("{b:02x}")).collect::<String>()
        };
        out.push(format!(
            "{p}\n  refs: {}\n  hash: {}\n  dump: {digest}",
            refs.split_whitespace().collect::<Vec<_>>().join(" "),
            hash.trim()
        ));
    }
    out
}

fn paths_of(json: &str) -> Vec<String> {
    json.trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .split(',')
        .map(|s| s.trim().trim_matches('"').to_string())
        .collect()
}

#[test]
fn cxx_nix_accepts_what_nixref_writes() {
    let Some(tree) = oracle_tree() else {
        println!(
            "skipped: C++ Nix 2.26 is not unpacked (run ../shared/tools/nix-oracle --setup or .ci/nix-2.26 --setup)"
        );
        return;
    };
    let env = Env::new();
    let args = [
        "--eval",
        "--strict",
        "--json",
        "--read-write-mode",
        "-E",
        EXPR,
    ];

    // C++ Nix in its own fresh store, then nixref in another one at the same place.
    make_source(&env);
    let cxx_out = ok(
        &cxx(&tree, "nix-instantiate", &env, &args),
        "C++ nix-instantiate",
    );
    let expected = describe(&tree, &env, &paths_of(&cxx_out));
    env.wipe();
    make_source(&env);
    let ours = ok(&nixref(&env, &args), "nixref --read-write-mode");
    assert_eq!(ours, cxx_out, "the same store paths");
    let got = describe(&tree, &env, &paths_of(&ours));
    assert_eq!(got, expected);
    ok(
        &cxx(&tree, "nix-store", &env, &["--verify", "--check-contents"]),
        "nix-store --verify --check-contents",
    );
}

#[test]
fn instantiation_writes_the_drv_and_a_gc_root() {
    let Some(tree) = oracle_tree() else {
        println!("skipped: C++ Nix 2.26 is not unpacked");
        return;
    };
    let env = Env::new();
    let expr = r#"{ a = derivation { name = "a"; system = "x86_64-linux"; builder = "/bin/sh"; }; b = derivation { name = "b"; system = "x86_64-linux"; builder = "/bin/sh"; outputs = [ "dev" "out" ]; }; }"#;
    let cxx_out = cxx(&tree, "nix-instantiate", &env, &["-E", expr]);
    let expected = ok(&cxx_out, "C++ nix-instantiate");
    env.wipe();
    let ours = nixref(&env, &["-E", expr]);
    assert_eq!(ok(&ours, "nixref"), expected);
    assert_eq!(
        String::from_utf8_lossy(&ours.stderr),
        String::from_utf8_lossy(&cxx_out.stderr)
            .lines()
            .filter(|l| !l.contains("build-users-group"))
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    );
    for line in expected.lines() {
        let drv = line.split('!').next().unwrap();
        ok(
            &cxx(&tree, "nix-store", &env, &["--verify-path", drv]),
            "verify",
        );
        let outs = ok(
            &cxx(&tree, "nix-store", &env, &["--query", "--outputs", drv]),
            "nix-store --query --outputs",
        );
        assert!(!outs.trim().is_empty());
    }
    // --add-root: the link is printed instead, and registered.
    let root = env.root().join("result");
    let root_s = root.to_string_lossy().into_owned();
    let o = nixref(&env, &["--add-root", &root_s, "-E", expr, "-A", "a"]);
    assert_eq!(ok(&o, "nixref --add-root"), format!("{root_s}\n"));
    let roots = ok(
        &cxx(&tree, "nix-store", &env, &["--gc", "--print-roots"]),
        "nix-store --gc --print-roots",
    );
    assert!(roots.contains(&root_s), "{roots}");
}

#[test]
fn a_valid_store_path_may_be_read() {
    let Some(tree) = oracle_tree() else {
        println!("skipped: C++ Nix 2.26 is not unpacked");
        return;
    };
    let env = Env::new();
    // C++ Nix adds a file; nixref, read-only, reads it through its context.
    let added = ok(
        &cxx(
            &tree,
            "nix-instantiate",
            &env,
            &[
                "--eval",
                "--read-write-mode",
                "-E",
                r#"builtins.toFile "n" "42""#,
            ],
        ),
        "C++ nix-instantiate",
    );
    let path = added.trim().trim_matches('"').to_string();
    let expr = format!("builtins.readFile (builtins.storePath \"{path}\")");
    let o = nixref(&env, &["--eval", "--store", "local", "-E", &expr]);
    assert_eq!(ok(&o, "nixref --store local"), "\"42\"\n");
    // The modelled store (no store asked for) holds nothing.
    let o = nixref(&env, &["--eval", "-E", &expr]);
    assert!(!o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("is not valid"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}
