//! `nixref diff --bench`: how fast generated programs are evaluated in-process, on one
//! core, and whether memory stays flat over many of them.
//!
//! Rates are per second of the benchmark thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`),
//! not of wall-clock time, so that other work on the machine does not change them much.
//! Generating a program and evaluating it are timed apart: the evaluation rate counts
//! only parsing, evaluating and printing the value (or rendering the error), which is what
//! a campaign spends in nixref; the generator's time is shown on its own, and the total.
//!
//! A program that takes much memory or time is named (its index and the seed), with its
//! text, on standard error: a watchdog thread names the program being evaluated when the
//! process's resident memory passes a bound, even if the program never finishes.

use super::generator::{GenConfig, generate};
use super::outcome::{eval_nixref_with, quiet_panics};
use super::rng::SplitMix64;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What `--bench` runs.
pub struct Bench {
    /// Programs `first .. first + count` of `seed`.
    pub seed: u64,
    pub first: u64,
    pub count: u64,
    pub generator: GenConfig,
    pub max_steps: u64,
}

/// Resident memory (KiB) past which the watchdog names the program being evaluated.
const WATCH_RSS_KIB: u64 = 512 * 1024;

/// A program that takes this much CPU time, or raises the peak resident memory this much
/// (KiB), is reported.
const HEAVY_CPU: Duration = Duration::from_secs(1);
const HEAVY_PEAK_KIB: u64 = 64 * 1024;

/// The program being evaluated, for the watchdog.
struct Current {
    index: u64,
    text: Arc<str>,
}

/// Runs the benchmark; returns the exit status.
pub fn run(b: &Bench) -> i32 {
    quiet_panics();
    let file = Path::new("/nonexistent/nixref-diff/prog.nix");
    let opts = crate::Builder::new().max_steps(b.max_steps);
    let current = Arc::new(Mutex::new(Current {
        index: b.first,
        text: Arc::from(""),
    }));
    let done = Arc::new(AtomicBool::new(false));
    let watchdog = spawn_watchdog(b.seed, current.clone(), done.clone());
    let (mut gen_time, mut eval_time) = (Duration::ZERO, Duration::ZERO);
    let step = (b.count / 10).max(1);
    println!("counted: eval/cpu-s = parse + evaluate + print (or render the error); gen apart");
    println!(
        "{:>10} {:>12} {:>12} {:>12} {:>10} {:>10}",
        "programs", "gen/cpu-s", "eval/cpu-s", "total/cpu-s", "RSS KiB", "peak KiB"
    );
    for n in 0..b.count {
        let i = b.first + n;
        let t = thread_cpu_time();
        let p = generate(&b.generator, &mut SplitMix64::for_program(b.seed, i));
        gen_time += thread_cpu_time() - t;
        let text: Arc<str> = Arc::from(p.text);
        {
            let mut c = current.lock().expect("the watchdog does not panic");
            c.index = i;
            c.text = text.clone();
        }
        let peak = peak_rss_kib();
        let t = thread_cpu_time();
        let o = eval_nixref_with(&text, file, &opts);
        let took = thread_cpu_time() - t;
        eval_time += took;
        std::hint::black_box(o);
        let grew = peak_rss_kib().saturating_sub(peak);
        if took >= HEAVY_CPU || grew >= HEAVY_PEAK_KIB {
            eprintln!(
                "heavy program {i} (seed {}): {:.2} cpu-s, peak RSS +{grew} KiB:\n{text}\n",
                b.seed,
                took.as_secs_f64()
            );
        }
        if (n + 1) % step == 0 || n + 1 == b.count {
            let per = |d: Duration| (n + 1) as f64 / d.as_secs_f64();
            println!(
                "{:>10} {:>12.0} {:>12.0} {:>12.0} {:>10} {:>10}",
                n + 1,
                per(gen_time),
                per(eval_time),
                per(gen_time + eval_time),
                rss_kib().map_or("?".to_string(), |k| k.to_string()),
                peak_rss_kib()
            );
        }
    }
    println!(
        "cpu-s: gen {:.2}, eval {:.2}",
        gen_time.as_secs_f64(),
        eval_time.as_secs_f64()
    );
    done.store(true, Ordering::Relaxed);
    let _ = watchdog.join();
    0
}

/// A thread that names the program being evaluated (once) when resident memory passes
/// [`WATCH_RSS_KIB`].
fn spawn_watchdog(
    seed: u64,
    current: Arc<Mutex<Current>>,
    done: Arc<AtomicBool>,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let mut named = None;
        while !done.load(Ordering::Relaxed) {
            std::thread::sleep(Duration::from_millis(100));
            let Some(rss) = rss_kib() else { return };
            if rss < WATCH_RSS_KIB {
                continue;
            }
            let c = current.lock().expect("the benchmark thread does not panic");
            if named != Some(c.index) {
                named = Some(c.index);
                eprintln!(
                    "RSS {rss} KiB during program {} (seed {seed}):\n{}\n",
                    c.index, c.text
                );
            }
        }
    })
}

/// The CPU time the calling thread has used.
fn thread_cpu_time() -> Duration {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes the timespec it is given; the clock always exists on Linux.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

/// The process's peak resident memory so far (`ru_maxrss`), in KiB.
fn peak_rss_kib() -> u64 {
    // SAFETY: getrusage fills the struct it is given; an all-zero rusage is valid.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: as above; RUSAGE_SELF always exists.
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) };
    u.ru_maxrss.max(0) as u64
}

/// Resident memory of this process (Linux), in KiB.
pub fn rss_kib() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    s.lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
}
