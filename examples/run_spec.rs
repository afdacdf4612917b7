//! Runs a folder of tests in Nix's own format (`eval-okay-*.nix` with `.exp`,
//! `eval-fail-*.nix` with `.err.exp`, `parse-fail-*.nix` …) with the `nixref` binary,
//! as `nixref test` does, and prints one line per failure and a summary.
//!
//! ```sh
//! cargo build && cargo run --example run_spec -- spec-tests/attrs
//! cargo run --example run_spec -- /path/to/nix/tests/functional/lang target/debug/nixref
//! ```
//!
//! The tests run the binary (not the library in-process), so that a test's standard
//! error, exit status and crash are its own, as with C++ Nix.

use nixref::conformance::{Outcome, Runner, discover};
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(folder) = args.next().map(PathBuf::from) else {
        eprintln!("usage: run_spec FOLDER [NIXREF]");
        std::process::exit(2);
    };
    // The runner replaces the test's folder by `/pwd` in what it reads, so it wants the
    // folder as the evaluator sees it: absolute, without symbolic links.
    let folder = std::fs::canonicalize(&folder).unwrap_or_else(|e| {
        eprintln!("{}: {e}", folder.display());
        std::process::exit(2);
    });
    // By default the binary built next to this example (`target/debug/examples/..`).
    let nixref = args.next().map(PathBuf::from).unwrap_or_else(|| {
        let exe = std::env::current_exe().unwrap_or_default();
        exe.parent()
            .and_then(|examples| examples.parent())
            .map(|dir| dir.join("nixref"))
            .unwrap_or_else(|| PathBuf::from("nixref"))
    });
    let runner = Runner::new(nixref);
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    for test in discover(&folder) {
        match runner.run(&test) {
            Outcome::Pass => passed += 1,
            Outcome::Skip(_) => skipped += 1,
            Outcome::Fail(report) => {
                failed += 1;
                println!("FAIL {}\n{report}", test.display());
            }
        }
    }
    println!("{passed} passed, {failed} failed, {skipped} skipped");
    std::process::exit(i32::from(failed > 0));
}
