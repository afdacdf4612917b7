//! In-process speed of nixref on generated programs (one core): how many programs per
//! second the differential tester's generator writes and nixref evaluates, and the
//! process's resident memory at the end. `cargo bench --bench generated [-- COUNT]`.
//! (`nixref diff --bench --count N` prints the same, with memory along the way.)

use nixref::difftest::{GenConfig, SplitMix64, eval_nixref_with, generate};
use std::path::Path;
use std::time::{Duration, Instant};

fn main() {
    // The same stack as nixref's own evaluation thread.
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(run)
        .expect("spawning the benchmark thread")
        .join()
        .expect("the benchmark thread");
}

fn run() {
    let count: u64 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(50_000);
    let mut cfg = GenConfig::for_nixref();
    // `genList` with a huge length makes nixref abort on a failed allocation (C++ Nix says
    // "out of memory"), which would end the benchmark; leave it out until that is fixed.
    cfg.skip.insert("genList".to_string());
    let file = Path::new("/nonexistent/nixref-bench/prog.nix");
    let opts = nixref::Builder::new().max_steps(20_000_000);
    let programs: Vec<String> = (0..count)
        .map(|i| generate(&cfg, &mut SplitMix64::for_program(0, i)).text)
        .collect();
    let t = Instant::now();
    for p in &programs {
        std::hint::black_box(eval_nixref_with(p, file, &opts));
    }
    let eval: Duration = t.elapsed();
    println!(
        "{count} generated programs: {:.0} programs/s evaluated in-process (strict, printed), \
         {:.1} µs each; RSS {} KiB",
        count as f64 / eval.as_secs_f64(),
        eval.as_secs_f64() * 1e6 / count as f64,
        rss_kib().map_or("?".into(), |k| k.to_string())
    );
}

fn rss_kib() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    s.lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
}
