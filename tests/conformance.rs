//! `nixref test` as a tool: its exit statuses, and `--against CMD` with its per-area
//! conformance report, against nixref itself and against a wrapper around nixref that is
//! wrong in known ways. The little suite is written here; its expectations are what C++
//! Nix 2.26 prints for these programs (`1`, `[ 1 2 ]`, `true`, and the errors' kinds).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("nixref-conf-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn nixref_test(args: &[&str], extra: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nixref"))
        .arg("test")
        .args(args)
        .args(extra)
        .env_remove("NIX_PATH")
        .output()
        .expect("running nixref test")
}

fn write(dir: &Path, name: &str, text: &str) {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

/// Two areas: `numbers` (two values, one failure of `throw`) and `lists` (one value, one
/// failed assertion).
fn suite(root: &Path) {
    write(root, "numbers/eval-okay-one.nix", "1\n");
    write(root, "numbers/eval-okay-one.exp", "1\n");
    write(root, "numbers/eval-okay-and.nix", "true && true\n");
    write(root, "numbers/eval-okay-and.exp", "true\n");
    write(root, "numbers/eval-fail-throw.nix", "throw \"no\"\n");
    write(
        root,
        "numbers/eval-fail-throw.err.exp",
        "error:\n       … while calling the 'throw' builtin\n         at /pwd/eval-fail-throw.nix:1:1:\n            1| throw \"no\"\n             | ^\n            2|\n\n       error: no\n",
    );
    write(root, "lists/eval-okay-list.nix", "[ 1 2 ]\n");
    write(root, "lists/eval-okay-list.exp", "[ 1 2 ]\n");
    write(root, "lists/eval-fail-assert.nix", "assert 1 == 2; 3\n");
    write(
        root,
        "lists/eval-fail-assert.err.exp",
        "error:\n       … while evaluating the condition of the assertion '(1 == 2)'\n         at /pwd/eval-fail-assert.nix:1:1:\n            1| assert 1 == 2; 3\n             | ^\n            2|\n\n       error: an integer with value '1' is not equal to an integer with value '2'\n",
    );
}

/// A shell script standing for another evaluator: nixref with `true` read as `false`, whose
/// errors are all worded differently (`oops: ...` with the class in a code), so that only a
/// profile can read them.
fn odd_evaluator(dir: &Path) -> (PathBuf, PathBuf) {
    let script = dir.join("odd-eval.sh");
    let body = format!(
        "#!/bin/sh\nfor a; do f=$a; done\nsed 's/true/false/g' \"$f\" | {} --eval --strict - 2>/tmp/odd-eval-$$.err\nrc=$?\nif [ $rc -ne 0 ]; then\n  if grep -q 'throw' /tmp/odd-eval-$$.err; then echo 'oops[T]: it threw' >&2; else echo 'oops[X]: something else' >&2; fi\nfi\nrm -f /tmp/odd-eval-$$.err\nexit $rc\n",
        env!("CARGO_BIN_EXE_nixref")
    );
    std::fs::write(&script, body).unwrap();
    Command::new("chmod")
        .arg("+x")
        .arg(&script)
        .status()
        .unwrap();
    let profile = dir.join("odd.toml");
    std::fs::write(
        &profile,
        "name = 'odd'\nmessage = '(?m)^oops\\[.\\]: (.*)$'\ncode = '(?m)^oops\\[(.)\\]'\n[[rule]]\nclass = 'throw'\ncode = '^T$'\n[[rule]]\nclass = 'assert'\ncode = '^A$'\n",
    )
    .unwrap();
    (script, profile)
}

#[test]
fn usage_errors_exit_2() {
    let dir = scratch("usage");
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    for (args, why) in [
        (vec!["/nonexistent/folder"], "is not a folder"),
        (vec!["--bogus", "."], "unknown flag '--bogus'"),
        (vec![empty.to_str().unwrap()], "no tests"),
        (vec![], "no folder of tests given"),
        (
            vec![
                "--against",
                "/nonexistent/evaluator",
                empty.to_str().unwrap(),
            ],
            "no tests",
        ),
    ] {
        let out = nixref_test(&args, &[]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(why), "{args:?}: {err}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_broken_evaluator_stops_before_any_test() {
    let dir = scratch("broken");
    suite(&dir);
    for cmd in ["/nonexistent/evaluator", "false", "echo 2"] {
        let out = nixref_test(&["--against", cmd], &[&dir]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{cmd}: {err}");
        assert!(
            err.contains("pre-flight check failed") && err.contains("evaluating `1`"),
            "{cmd}: {err}"
        );
        assert!(out.stdout.is_empty(), "{cmd}: tests ran");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn nixref_against_itself_passes_everything() {
    let dir = scratch("self");
    suite(&dir);
    let json = dir.join("report.json");
    let out = nixref_test(
        &[
            "--against",
            env!("CARGO_BIN_EXE_nixref"),
            "--json",
            json.to_str().unwrap(),
        ],
        &[&dir],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("passes 5 of 5 tests (100.0%); nixref passes 5"),
        "{stdout}"
    );
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(report["total"]["subject"]["passed"], 5);
    assert_eq!(report["areas"].as_array().unwrap().len(), 2);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn conformance_report_counts_failures_by_outcome_and_area() {
    let dir = scratch("odd");
    let suite_dir = dir.join("suite");
    suite(&suite_dir);
    let (script, profile) = odd_evaluator(&dir);
    let (json, md) = (dir.join("r.json"), dir.join("r.md"));
    let out = nixref_test(
        &[
            "--against",
            script.to_str().unwrap(),
            "--classify",
            profile.to_str().unwrap(),
            "--json",
            json.to_str().unwrap(),
            "--markdown",
            md.to_str().unwrap(),
        ],
        &[&suite_dir],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    // `true && true` prints false; the failed assertion is an error of no known kind (its
    // wording is not the profile's), which counts as the expected error; `throw` is one.
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("passes 4 of 5 tests (80.0%)"), "{stdout}");
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let areas = report["areas"].as_array().unwrap();
    let area = |name: &str| {
        areas
            .iter()
            .find(|a| a["area"] == name)
            .unwrap_or_else(|| panic!("no area {name}: {report}"))
    };
    assert_eq!(area("numbers")["subject"]["passed"], 2);
    assert_eq!(area("numbers")["subject"]["failures"]["wrong-value"], 1);
    assert_eq!(area("lists")["subject"]["passed"], 2);
    assert_eq!(area("lists")["nixref"]["passed"], 2);
    let markdown = std::fs::read_to_string(&md).unwrap();
    assert!(
        markdown.contains("## By area") && markdown.contains("| numbers | 3 |"),
        "{markdown}"
    );
    assert!(markdown.contains("`suite/numbers/eval-okay-and.nix`: wrong value"));
    // Held to the messages, the worded-differently errors fail too.
    let strict = nixref_test(
        &[
            "--against",
            script.to_str().unwrap(),
            "--classify",
            profile.to_str().unwrap(),
            "--compare",
            "message",
        ],
        &[&suite_dir],
    );
    let stdout = String::from_utf8_lossy(&strict.stdout);
    assert!(stdout.contains("passes 2 of 5 tests"), "{stdout}");
    assert!(stdout.contains("other message"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}
