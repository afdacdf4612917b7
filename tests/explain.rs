//! `nixref explain`'s output format, pinned by hand-written fixtures in tests/explain:
//! `NAME.nix` is the program (given as `-E`, so positions say `«string»`), `NAME.flags`
//! optional arguments, `NAME.out` the expected standard output. The format is nixref's
//! own, so these expectations are written and reviewed by hand, not taken from C++ Nix.

use std::path::Path;
use std::process::Command;

fn run(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/explain");
    let program = std::fs::read_to_string(dir.join(format!("{name}.nix"))).expect("program");
    let flags = std::fs::read_to_string(dir.join(format!("{name}.flags"))).unwrap_or_default();
    let expected = std::fs::read_to_string(dir.join(format!("{name}.out"))).expect("expected");
    let out = Command::new(env!("CARGO_BIN_EXE_nixref"))
        .arg("explain")
        .args(flags.split_whitespace())
        .args(["-E", &program])
        .output()
        .expect("running nixref explain");
    pretty_assertions::assert_eq!(String::from_utf8_lossy(&out.stdout), expected, "{name}");
}

#[test]
fn if_and_not() {
    run("if-and-not");
}

#[test]
fn tryeval_catch() {
    run("tryeval-catch");
}

#[test]
fn with_lookup() {
    run("with-lookup");
}

#[test]
fn raise_type() {
    run("raise-type");
}

#[test]
fn max_steps_json() {
    run("max-steps-json");
}

/// Every fixture in the folder has a test above.
#[test]
fn every_fixture_is_run() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/explain");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("fixtures")
        .filter_map(|e| {
            let n = e.ok()?.file_name().into_string().ok()?;
            n.strip_suffix(".nix").map(str::to_string)
        })
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "if-and-not",
            "max-steps-json",
            "raise-type",
            "tryeval-catch",
            "with-lookup"
        ]
    );
}

/// An error goes to standard error as C++ Nix prints it, with exit status 1.
#[test]
fn error_is_rendered_on_stderr() {
    let out = Command::new(env!("CARGO_BIN_EXE_nixref"))
        .args(["explain", "-E", "1 + \"a\""])
        .output()
        .expect("running nixref explain");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("error: cannot add a string to an integer\n"),
        "{err}"
    );
}

/// Bad arguments are a usage error, not a panic.
#[test]
fn bad_arguments() {
    for args in [
        &["--max-steps"][..],
        &["--max-steps", "x", "-E", "1"],
        &["--bogus"],
        &[],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_nixref"))
            .arg("explain")
            .args(args)
            .output()
            .expect("running nixref explain");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("usage: nixref explain"));
    }
}

/// Every construct a step names is an entry of the semantics reference: a program with
/// every form, explained as JSON.
#[test]
fn every_step_names_an_entry_of_the_reference() {
    let program = r#"
      let a = 1; r = rec { x = 1; y = x; }; f = { p ? 2 }: p; g = x: x; s = "s"; in
      with { w = 1; };
      [ (a + 1) (a - 1) (a * 2) (a / 1) (a < 2) (a == 1) (a != 2) (!true) (true && false)
        (false || true) (false -> true) ({ b = 1; } // { c = 2; }) ([ 1 ] ++ [ 2 ])
        r.y (r.z or 3) (r ? x) (if a == 1 then 1 else 2) (assert true; 1) (f { })
        (g 1) w "${s}" ./p 1.5 __curPos (-a) null ]
    "#;
    let out = Command::new(env!("CARGO_BIN_EXE_nixref"))
        .args(["explain", "--json", "--strict", "-E", program])
        .output()
        .expect("running nixref explain");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let mut seen = std::collections::BTreeSet::new();
    for line in text.lines() {
        if let Some(rest) = line.split("\"construct\":\"").nth(1) {
            let id = &rest[..rest.find('"').expect("closing quote")];
            assert!(
                nixref::semantics::constructs::get(id).is_some(),
                "`{id}` is no entry of the reference"
            );
            seen.insert(id.to_string());
        }
    }
    assert!(
        seen.len() >= 25,
        "the program reaches most constructs: {seen:?}"
    );
}
