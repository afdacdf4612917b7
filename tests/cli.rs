//! nixref as `nix-instantiate`: flags, output forms and messages. Every expected text
//! here was printed by C++ Nix 2.26's `nix-instantiate` for the same command.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run_in(dir: &std::path::Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_nixref"));
    c.args(args)
        .current_dir(dir)
        .env("NIX_REMOTE", "dummy://")
        .env("NIX_STORE_DIR", "/nix/store")
        .env_remove("NIX_PATH")
        .env_remove("NIX_CONFIG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().expect("running nixref");
    let mut input = child.stdin.take().expect("piped");
    input
        .write_all(stdin.unwrap_or("").as_bytes())
        .expect("writing stdin");
    drop(input);
    child.wait_with_output().expect("nixref ran")
}

fn run(args: &[&str]) -> Output {
    run_in(&std::env::temp_dir(), args, None)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn common_options_are_accepted() {
    // modules.sh's own command line, and the logging/building options C++ Nix ignores
    // when evaluating.
    let o = run(&[
        "--timeout",
        "1",
        "--eval-only",
        "--show-trace",
        "-vvv",
        "--quiet",
        "--debug",
        "-Q",
        "-j3",
        "--max-jobs",
        "auto",
        "--cores",
        "2",
        "--max-silent-time",
        "1k",
        "-k",
        "-K",
        "--fallback",
        "--repair",
        "--dry-run",
        "--indirect",
        "--no-gc-warning",
        "--log-format",
        "raw",
        "--sandbox",
        "--no-sandbox",
        "--option",
        "sandbox",
        "relaxed",
        "--extra-substituters",
        "x",
        "--build-cores",
        "2",
        "--eval-store",
        "dummy://",
        "--allow-import-from-derivation",
        "--no-use-sqlite-wal",
        "--json",
        "-E",
        "{ a = 1; }",
    ]);
    assert_eq!(stderr(&o), "");
    assert_eq!(stdout(&o), "{\"a\":1}\n");
    assert!(o.status.success());
}

#[test]
fn bad_options_fail_as_in_cxx_nix() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["--eval", "--foo-bar", "-E", "1"],
            "error: unrecognised flag '--foo-bar'\nTry 'nix-instantiate --help' for more information.\n",
        ),
        (
            &["--eval", "--arg"],
            "error: flag '--arg' requires 2 argument(s), but only 0 were given\nTry 'nix-instantiate --help' for more information.\n",
        ),
        (
            &["--eval", "-A"],
            "error: '-A' requires an argument\nTry 'nix-instantiate --help' for more information.\n",
        ),
        (
            &["--eval", "--max-jobs", "foo", "-E", "1"],
            "error: configuration setting 'max-jobs' should be 'auto' or an integer\nTry 'nix-instantiate --help' for more information.\n",
        ),
        (
            &["--eval", "--max-call-depth", "x", "-E", "1"],
            "error: setting 'max-call-depth' has invalid value 'x'\nTry 'nix-instantiate --help' for more information.\n",
        ),
        (
            &["--eval", "--cores", "x", "-E", "1"],
            "error: invalid unit specifier 'X'\nTry 'nix-instantiate --help' for more information.\n",
        ),
        (
            &["--eval", "--accept-flake-config", "-E", "1"],
            "error: experimental Nix feature 'flakes' is disabled; add '--extra-experimental-features flakes' to enable it\n",
        ),
        (
            &["--eval", "--log-format", "multiline", "-E", "1"],
            "error: option 'log-format' has an invalid value 'multiline'\n",
        ),
        (
            &["--eval", "--store", "foo://", "-E", "1"],
            "error: don't know how to open Nix store with scheme 'foo'\n",
        ),
    ];
    for (args, want) in cases {
        let o = run(args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert_eq!(stderr(&o), *want, "{args:?}");
    }
}

#[test]
fn settings_given_with_option_only_warn() {
    let o = run(&[
        "--eval",
        "--option",
        "foo",
        "bar",
        "--option",
        "max-jobs",
        "foo",
        "--option",
        "pure-eval",
        "x",
        "--option",
        "experimental-features",
        "foo",
        "-E",
        "1",
    ]);
    assert_eq!(
        stderr(&o),
        "warning: unknown setting 'foo'\n\
         warning: error: configuration setting 'max-jobs' should be 'auto' or an integer\n\
         warning: error: Boolean setting 'pure-eval' has invalid value 'x'\n\
         warning: unknown experimental feature 'foo'\n"
    );
    assert_eq!(stdout(&o), "1\n");
}

#[test]
fn a_boolean_flag_takes_no_value() {
    // `--show-trace false`: `false` is the first expression.
    let o = run(&["--eval", "--show-trace", "false", "-E", "1"]);
    assert_eq!(stdout(&o), "false\n1\n");
}

#[test]
fn output_forms() {
    let o = run(&["--eval", "--raw", "-E", r#""a${toString 1}""#]);
    assert_eq!(stdout(&o), "a1");
    let o = run(&["--eval", "--raw", "-E", "[1]"]);
    assert_eq!(
        stderr(&o),
        "error:\n       … while generating the nix-instantiate output\n\n       error: cannot coerce a list to a string: [ 1 ]\n"
    );
    let o = run(&["--eval", "--json", "-E", "1+1"]);
    assert_eq!(stdout(&o), "2\n");
    let o = run(&["--eval", "--json", "-E", "{a = 1 + 1; b = 2;}"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "error:\n       … while evaluating attribute 'a'\n         at «string»:1:2:\n            1| {a = 1 + 1; b = 2;}\n             |  ^\n\n       error: cannot convert a thunk to JSON\n       at «string»:1:2:\n            1| {a = 1 + 1; b = 2;}\n             |  ^\n"
    );
    let o = run(&["--eval", "--json", "-E", "[ (1+1) ]"]);
    assert_eq!(
        stderr(&o),
        "error:\n       … while evaluating list element at index 0\n\n       error: cannot convert a thunk to JSON\n"
    );
    let o = run(&["--eval", "--xml", "-E", "{ a = x: x; }"]);
    assert_eq!(
        stdout(&o),
        "<?xml version='1.0' encoding='utf-8'?>\n<expr>\n  <attrs>\n    <attr column=\"3\" line=\"1\" name=\"a\">\n      <unevaluated />\n    </attr>\n  </attrs>\n</expr>\n"
    );
    let o = run(&["--version"]);
    assert!(stdout(&o).starts_with("nix-instantiate (Nix) 2.26.3"));
    let o = run(&["--help"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("--read-write-mode"));
}

#[test]
fn xml_locations_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("x.nix"),
        "{ a = 1; f = x: x; g = {y, z ? 1}: y; }\n",
    )
    .unwrap();
    let o = run_in(dir.path(), &["--eval", "--xml", "--strict", "x.nix"], None);
    let p = dir.path().join("x.nix").display().to_string();
    let want = format!(
        "<?xml version='1.0' encoding='utf-8'?>\n<expr>\n  <attrs>\n    <attr column=\"3\" line=\"1\" name=\"a\" path=\"{p}\">\n      <int value=\"1\" />\n    </attr>\n    <attr column=\"10\" line=\"1\" name=\"f\" path=\"{p}\">\n      <function column=\"14\" line=\"1\" path=\"{p}\">\n        <varpat name=\"x\" />\n      </function>\n    </attr>\n    <attr column=\"20\" line=\"1\" name=\"g\" path=\"{p}\">\n      <function column=\"24\" line=\"1\" path=\"{p}\">\n        <attrspat>\n          <attr name=\"y\" />\n          <attr name=\"z\" />\n        </attrspat>\n      </function>\n    </attr>\n  </attrs>\n</expr>\n"
    );
    assert_eq!(stdout(&o), want);
}

#[test]
fn arguments_from_files_and_stdin() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("arg"), "from a file").unwrap();
    let o = run_in(
        dir.path(),
        &[
            "--eval",
            "--arg-from-file",
            "a",
            "arg",
            "--arg-from-stdin",
            "b",
            "-E",
            "{ a, b }: a + \" / \" + b",
        ],
        Some("from stdin"),
    );
    assert_eq!(stdout(&o), "\"from a file / from stdin\"\n");
}

#[test]
fn find_file_and_search_path_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("x.nix"), "40 + 2").unwrap();
    let d = dir.path().display().to_string();
    let inc = format!("foo={d}");
    let o = run(&["-I", &inc, "--find-file", "foo", "foo/x.nix"]);
    assert_eq!(stdout(&o), format!("{d}\n{d}/x.nix\n"));
    let o = run(&["--find-file", "nixpkgs-nowhere"]);
    assert_eq!(
        stderr(&o),
        "error: file 'nixpkgs-nowhere' was not found in the Nix search path (add it using $NIX_PATH or -I)\n"
    );
    let o = run(&["--eval", "-I", &inc, "<foo/x.nix>"]);
    assert_eq!(stdout(&o), "42\n");
}

#[test]
fn abort_on_warn() {
    let o = run(&[
        "--eval",
        "--abort-on-warn",
        "-E",
        r#"builtins.warn "hey" 1"#,
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "evaluation warning: hey\nerror:\n       … while calling the 'warn' builtin\n         at «string»:1:1:\n            1| builtins.warn \"hey\" 1\n             | ^\n\n       error: aborting to reveal stack trace of warning, as abort-on-warn is set\n"
    );
    let o = run(&[
        "--eval",
        "--option",
        "abort-on-warn",
        "true",
        "-E",
        r#"builtins.warn "hey" 1"#,
    ]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn pipe_operators_with_the_feature() {
    let o = run(&[
        "--eval",
        "--extra-experimental-features",
        "pipe-operators",
        "-E",
        "[ (1 |> (x: x + 1)) ((x: x * 3) <| 2) ]",
        "--strict",
    ]);
    assert_eq!(stdout(&o), "[ 2 6 ]\n");
    let o = run(&["--eval", "-E", "1 |> (x: x)"]);
    assert!(stderr(&o).contains("experimental Nix feature 'pipe-operators' is disabled"));
}

#[test]
fn parse_prints_the_expression() {
    let o = run(&["--parse", "-E", "1 + 2 * 3 - 1"]);
    assert_eq!(stdout(&o), "(__sub (1 + (__mul 2 3)) 1)\n");
    let o = run_in(
        &std::env::temp_dir(),
        &["--parse", "-"],
        Some("{ x = { y = 3; z = 3; }; x.q = 3; a.b.c = 1; a.b.d = 2; }"),
    );
    assert_eq!(
        stdout(&o),
        "{ a = { b = { c = 1; d = 2; }; }; x = { q = 3; y = 3; z = 3; }; }\n"
    );
    let o = run(&["--parse", "-E", "1 + 2 * x"]);
    assert_eq!(
        stderr(&o),
        "error: undefined variable 'x'\n       at «string»:1:9:\n            1| 1 + 2 * x\n             |         ^\n"
    );
}

#[test]
fn messages_as_cxx_nix_prints_them() {
    // Names that are not identifiers are quoted.
    let o = run(&["--eval", "-E", r#"{ "a b" = 1; }."c d""#]);
    assert!(stderr(&o).contains("error: attribute '\"c d\"' missing"));
    let o = run(&[
        "--eval",
        "-E",
        r#"let f = { a }: 1; in f { a = 1; "b c" = 2; }"#,
    ]);
    assert!(stderr(&o).contains("called with unexpected argument '\"b c\"'"));
    // Escape sequences are removed and tabs expanded (as the whole message counts).
    let o = run(&[
        "--eval",
        "-E",
        r#"throw (builtins.fromJSON ''"\u001b[1;35mred\u001b[0m\tx"'')"#,
    ]);
    assert!(
        stderr(&o).ends_with("\n       error: red    x\n"),
        "{}",
        stderr(&o)
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    let o = run_in(dir.path(), &["--eval", "-E", "import ./empty"], None);
    assert!(
        stderr(&o).contains(&format!(
            "error: opening file '{}/empty/default.nix': No such file or directory",
            dir.path().display()
        )),
        "{}",
        stderr(&o)
    );
    let o = run(&["--eval", "-E", r#"throw "a  \n\n  b \n""#]);
    assert!(
        stderr(&o).ends_with("       error: a\n\n         b\n"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn fetch_mercurial_from_a_local_repository() {
    if Command::new("hg").arg("--version").output().is_err() {
        println!("skipped: Mercurial's hg is not installed");
        let o = run(&["--eval", "-E", "builtins.fetchMercurial /nonexistent"]);
        assert!(stderr(&o).contains("'hg' program, which is not on PATH"));
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("hgdet");
    std::fs::create_dir(&repo).unwrap();
    let hg = |args: &[&str]| {
        let s = Command::new("hg")
            .args(args)
            .current_dir(&repo)
            .env("HGPLAIN", "1")
            .env("HGUSER", "t")
            .output()
            .unwrap();
        assert!(
            s.status.success(),
            "hg {args:?}: {}",
            String::from_utf8_lossy(&s.stderr)
        );
    };
    hg(&["init", "-q"]);
    std::fs::write(repo.join("a"), "a\n").unwrap();
    std::fs::create_dir(repo.join("d")).unwrap();
    std::fs::write(repo.join("d/x"), "x\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(repo.join("d/x"), std::fs::Permissions::from_mode(0o755)).unwrap();
    hg(&["add", "-q"]);
    hg(&["commit", "-q", "-m", "one", "-u", "t", "-d", "0 0"]);
    hg(&["branch", "-q", "feat"]);
    std::fs::write(repo.join("b"), "b\n").unwrap();
    hg(&["add", "-q", "b"]);
    hg(&["commit", "-q", "-m", "two", "-u", "t", "-d", "0 0"]);
    hg(&["update", "-q", "default"]);
    let with_store = |args: &[&str]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_nixref"));
        c.args(args)
            .current_dir(&repo)
            .env("NIX_REMOTE", "dummy://")
            .env("NIX_STORE_DIR", "/nixref-hg-test/store");
        c.output().unwrap()
    };
    let o = with_store(&["--eval", "--strict", "-E", "builtins.fetchMercurial ./."]);
    assert_eq!(
        stdout(&o),
        "{ branch = \"default\"; outPath = \"/nixref-hg-test/store/y4vng6sadfk1r33prcn3bkips3vmrsy0-source\"; rev = \"4a8ca16353b3d53dfcb9de5f9dc55e2a41dfd566\"; revCount = 0; shortRev = \"4a8ca16353b3\"; }\n",
        "{}",
        stderr(&o)
    );
    let o = with_store(&[
        "--eval",
        "--strict",
        "-E",
        r#"builtins.fetchMercurial { url = ./.; rev = "feat"; name = "n"; }"#,
    ]);
    assert_eq!(
        stdout(&o),
        "{ branch = \"feat\"; outPath = \"/nixref-hg-test/store/hp5q6z7xv2igj46wxjbi9nr1c0rjwnwd-n\"; rev = \"3750d66bed94b55f66fa4df0065f86c7b18ab32f\"; revCount = 1; shortRev = \"3750d66bed94\"; }\n"
    );
    std::fs::write(repo.join("a"), "c\n").unwrap();
    let o = with_store(&["--eval", "--strict", "-E", "builtins.fetchMercurial ./."]);
    assert_eq!(
        stderr(&o),
        format!("warning: Mercurial tree '{}' is unclean\n", repo.display())
    );
    assert_eq!(
        stdout(&o),
        "{ branch = \"default\"; outPath = \"/nixref-hg-test/store/7xpzgic6b5r9rfiv74b59a74cq9m3smg-source\"; rev = \"0000000000000000000000000000000000000000\"; shortRev = \"000000000000\"; }\n"
    );
}
