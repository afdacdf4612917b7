//! Structured fuzzing: the fuzzer's bytes drive nixref's own program generator (every
//! choice it makes reads two bytes), so mutations explore well-formed, mostly well-typed
//! programs instead of syntax errors. Evaluation is bounded in steps, as in `eval_bytes`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nixref::difftest::{ByteEntropy, GenConfig, generate};
use std::path::Path;
use std::sync::OnceLock;

fn config() -> &'static GenConfig {
    static CONFIG: OnceLock<GenConfig> = OnceLock::new();
    CONFIG.get_or_init(GenConfig::for_nixref)
}

fuzz_target!(|data: &[u8]| {
    let program = generate(config(), &mut ByteEntropy::new(data));
    let options = nixref::Builder::new().max_steps(200_000);
    let outcome = nixref::difftest::evaluate(
        &program.text,
        Path::new("/nonexistent/fuzz/input.nix"),
        &options,
    );
    std::hint::black_box(outcome);
});
