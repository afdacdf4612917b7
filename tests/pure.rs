//! Pure and restricted evaluation through the `nixref` binary: a program cannot read
//! outside what it is allowed to, and nixref writes nothing but its own temporary
//! folder (removed when it exits). The error texts are C++ Nix 2.26's.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/store")
}

/// Runs `nixref --eval --strict ARGS` in `cwd` with `TMPDIR` set to `tmp`.
fn nixref(args: &[&str], cwd: &Path, tmp: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nixref"))
        .args(["--eval", "--strict"])
        .args(args)
        .current_dir(cwd)
        .env("TMPDIR", tmp)
        .env("HOME", tmp)
        .env_remove("NIX_PATH")
        .env_remove("NIX_CONFIG")
        .output()
        .expect("running nixref")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).trim().to_string()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every file and folder below `dir`, sorted.
fn listing(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .map(|e| e.path().to_path_buf())
        .collect();
    v.sort();
    v
}

const PURE_MSG: &str = "is forbidden in pure evaluation mode (use '--impure' to override)";

#[test]
fn pure_mode_cannot_read_files() {
    let tmp = tempfile::tempdir().unwrap();
    let cases = [
        (
            "builtins.readFile /etc/passwd",
            "access to absolute path '/etc'",
        ),
        ("builtins.readDir /etc", "access to absolute path '/etc'"),
        ("import /etc/passwd", "access to absolute path '/etc'"),
        (
            "builtins.hashFile \"md5\" /etc/passwd",
            "access to absolute path '/etc'",
        ),
        (
            "builtins.readFileType /etc/passwd",
            "access to absolute path '/etc/passwd'",
        ),
        ("\"${/etc/passwd}\"", "access to absolute path '/etc'"),
        (
            "builtins.path { path = /etc/passwd; }",
            "access to absolute path '/etc'",
        ),
    ];
    for (expr, want) in cases {
        let o = nixref(&["--pure-eval", "-E", expr], tmp.path(), tmp.path());
        assert!(!o.status.success(), "{expr} succeeded: {}", stdout(&o));
        let err = stderr(&o);
        assert!(
            err.contains(&format!("{want} {PURE_MSG}")),
            "{expr}: unexpected error:\n{err}"
        );
    }
}

#[test]
fn pure_mode_cannot_evaluate_a_file_or_see_the_environment() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("a.nix"), "1").unwrap();
    let o = nixref(&["--pure-eval", "a.nix"], tmp.path(), tmp.path());
    assert!(!o.status.success());
    assert!(stderr(&o).contains(PURE_MSG), "{}", stderr(&o));

    let o = nixref(
        &[
            "--pure-eval",
            "-E",
            "[ (builtins.getEnv \"HOME\") (builtins ? currentTime) (builtins ? currentSystem) \
             (builtins.pathExists /etc/passwd) builtins.nixPath (builtins.tryEval <nixpkgs>).success ]",
        ],
        tmp.path(),
        tmp.path(),
    );
    assert_eq!(
        stdout(&o),
        r#"[ "" false false false [ ] false ]"#,
        "{}",
        stderr(&o)
    );

    let o = nixref(&["--pure-eval", "-E", "<nixpkgs>"], tmp.path(), tmp.path());
    assert!(
        stderr(&o).contains(
            "cannot look up '<nixpkgs>' in pure evaluation mode (use '--impure' to override)"
        ),
        "{}",
        stderr(&o)
    );
    let o = nixref(
        &[
            "--pure-eval",
            "-E",
            "builtins.fetchurl \"file:///etc/passwd\"",
        ],
        tmp.path(),
        tmp.path(),
    );
    assert!(
        stderr(&o).contains("in pure evaluation mode, 'fetchurl' requires a 'sha256' argument"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn pure_mode_writes_only_to_its_temporary_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tempfile::tempdir().unwrap();
    std::fs::write(cwd.path().join("keep.txt"), "unchanged").unwrap();
    let before = listing(cwd.path());
    let tarball = fixtures().join("tarballs/multi.tar");
    // Fetching with a hash is allowed in pure mode; the fetched tree may be read.
    let expr = format!(
        "let t = builtins.fetchTarball {{ url = \"file://{}\"; \
         sha256 = \"04m4rpy20n1ajdpns2c2132lzjkzhlmcg12arwwv9gplcb2v5s4i\"; }}; in \
         [ t (builtins.readFile (t + \"/b/c.txt\")) (builtins.toFile \"f\" \"x\") ]",
        tarball.display()
    );
    let o = nixref(&["--pure-eval", "-E", &expr], cwd.path(), tmp.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        r#"[ "/nix/store/l7mmcaz7a477y1vp4p4nd4mysjk9jczq-source" "C" "/nix/store/x93g3gvygaiq7h4b6zls3w7l5az1y526-f" ]"#
    );
    assert_eq!(listing(cwd.path()), before, "the working folder changed");
    assert_eq!(
        listing(tmp.path()),
        vec![tmp.path().to_path_buf()],
        "nixref left files in its temporary folder"
    );
}

#[test]
fn restricted_mode_reads_the_search_path_only() {
    let tmp = tempfile::tempdir().unwrap();
    let allowed = tempfile::tempdir().unwrap();
    std::fs::write(allowed.path().join("a.nix"), "\"allowed\"").unwrap();
    let dir = allowed.path().to_str().unwrap();
    let o = nixref(
        &[
            "--restrict-eval",
            "-I",
            &format!("x={dir}"),
            "-E",
            "import <x/a.nix>",
        ],
        tmp.path(),
        tmp.path(),
    );
    assert_eq!(stdout(&o), "\"allowed\"", "{}", stderr(&o));
    let o = nixref(
        &[
            "--restrict-eval",
            "-I",
            &format!("x={dir}"),
            "-E",
            "builtins.readFile /etc/passwd",
        ],
        tmp.path(),
        tmp.path(),
    );
    assert!(
        stderr(&o).contains("access to absolute path '/etc' is forbidden in restricted mode"),
        "{}",
        stderr(&o)
    );
    let o = nixref(
        &[
            "--restrict-eval",
            "-E",
            "builtins.fetchurl \"https://example.com/x\"",
        ],
        tmp.path(),
        tmp.path(),
    );
    assert!(
        stderr(&o)
            .contains("access to URI 'https://example.com/x' is forbidden in restricted mode"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn pure_mode_refuses_store_path() {
    let tmp = std::env::temp_dir().join(format!("nixref-pure-storepath-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temporary folder");
    let expr = r#"builtins.storePath "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x""#;
    let o = nixref(&["--pure-eval", "-E", expr], &tmp, &tmp);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("'builtins.storePath' is not allowed in pure evaluation mode"),
        "{}",
        stderr(&o)
    );
    std::fs::remove_dir_all(&tmp).ok();
}
