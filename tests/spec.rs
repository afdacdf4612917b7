//! One test per fixture in `spec-tests/`, run through the `nixref` binary by the same
//! runner as `nixref test` (see `nixref::conformance`).

use nixref::conformance::{Outcome, Runner};
use std::path::{Path, PathBuf};

fn spec(path: &Path) -> datatest_stable::Result<()> {
    let runner = Runner::new(PathBuf::from(env!("CARGO_BIN_EXE_nixref")));
    let path = std::fs::canonicalize(path)?;
    match runner.run(&path) {
        Outcome::Pass | Outcome::Skip(_) => Ok(()),
        Outcome::Fail(report) => Err(report.into()),
    }
}

datatest_stable::harness! {
    { test = spec, root = "spec-tests", pattern = r"(eval-okay|eval-fail|parse-fail|parse-okay)-.*\.nix$" },
}
