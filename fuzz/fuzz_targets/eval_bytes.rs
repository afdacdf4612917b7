//! Raw bytes as a Nix file: parse, evaluate strictly, print. Any panic or native crash
//! is a bug (nixref must give an error for every input); a program that runs forever is
//! not, so evaluation stops after a fixed number of steps.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    // Files that are not UTF-8 are rejected before parsing, as C++ Nix rejects them.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let options = nixref::Builder::new().max_steps(200_000);
    let outcome =
        nixref::difftest::evaluate(text, Path::new("/nonexistent/fuzz/input.nix"), &options);
    std::hint::black_box(outcome);
});
