//! Raw bytes as a Nix file: parse, evaluate strictly, print. Any panic or native crash
//! is a bug (nixref must give an error for every input); a program that runs forever is
//! not, so evaluation stops after a fixed number of steps. The bytes need not be UTF-8:
//! C++ Nix reads source files as bytes (string literals and comments may hold any).
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let options = nixref::Builder::new().max_steps(200_000);
    let outcome =
        nixref::difftest::evaluate(data, Path::new("/nonexistent/fuzz/input.nix"), &options);
    std::hint::black_box(outcome);
});
