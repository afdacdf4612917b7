//! nixref against C++ Nix on the programs in `benches/programs/`:
//!
//! ```sh
//! NIXPKGS_LIB=/path/to/nixpkgs/lib cargo bench --bench compare [-- OPTIONS]
//! ```
//!
//! Each program is evaluated with `--eval --strict FILE` by C++ Nix and by nixref
//! alternately, `--runs` times each, with the same arguments, environment and working
//! directory (the crate root). Every child's CPU time (user + system) and peak resident
//! memory come from `wait4`'s resource usage. The table gives, per program, the **median**
//! CPU time and the **largest** peak memory over the runs of each, and the ratios
//! nixref / C++; then the geometric means of the ratios. Both evaluators must print the same
//! standard output with exit status 0 on every run: otherwise the row is flagged and left out
//! of the means, as it compares nothing.
//!
//! Options: `--runs N` (default 3), `--only NAME[,NAME...]`, `--json FILE` (the results,
//! machine-readable), `--nix PATH`. C++ Nix is `--nix`, else `$NIX_INSTANTIATE`, else
//! `../shared/tools/nix-oracle` next to the crate root, else `nix-instantiate` on `PATH`.
//!
//! Programs take their inputs from the environment: a program whose text names
//! `NIXPKGS_LIB` (a folder with nixpkgs lib's `default.nix`) is skipped when that is not
//! set; for one naming `NIXREF_BENCH_TREE` the runner creates a temporary folder `d0` ...
//! `d99`, each holding empty files `f0` ... `f99`.
//!
//! It is a benchmark, never a test: without the `--bench` flag that `cargo bench` passes
//! (e.g. under `cargo test --all-targets`) it only says how to run it.

use serde_json::json;
use std::ffi::OsString;
use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio, exit};

/// The nixref binary `cargo bench` built (release profile).
const NIXREF: &str = env!("CARGO_BIN_EXE_nixref");
/// The crate root: programs live under it, and every child runs in it.
const CRATE: &str = env!("CARGO_MANIFEST_DIR");

/// The command line after `--`.
struct Options {
    runs: usize,
    only: Option<Vec<String>>,
    json: Option<PathBuf>,
    nix: Option<PathBuf>,
}

/// What one evaluator did on one run of one program.
struct Run {
    /// User + system CPU seconds.
    cpu: f64,
    /// Peak resident set size, MiB.
    peak: f64,
    /// `exit N` or `signal N`.
    status: String,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// One program's runs in both evaluators.
struct Row {
    name: String,
    cpp: Vec<Run>,
    nixref: Vec<Run>,
}

impl Row {
    /// `None` when every run of both printed the same output with exit status 0, else
    /// what went wrong.
    fn problem(&self) -> Option<String> {
        let first = &self.cpp[0];
        let same = |r: &Run| r.status == first.status && r.stdout == first.stdout;
        if let Some(r) = self.nixref.iter().find(|r| !same(r)) {
            let what = if r.status == first.status {
                "OUTPUT"
            } else {
                "EXIT STATUS"
            };
            return Some(format!(
                "{what} DIFFERS (C++ Nix: {}, nixref: {})",
                first.status, r.status
            ));
        }
        if !self.cpp.iter().all(same) {
            return Some("C++ NIX DIFFERS BETWEEN RUNS".into());
        }
        (first.status != "exit 0").then(|| format!("BOTH FAILED ({})", first.status))
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !args.iter().any(|a| a == "--bench") {
        println!("compare is a benchmark: run it with `cargo bench --bench compare`");
        return;
    }
    let opts = parse_args(args.into_iter().filter(|a| a != "--bench")).unwrap_or_else(|e| {
        eprintln!("compare: {e}\nusage: cargo bench --bench compare -- [--runs N] [--only NAME[,NAME]] [--json FILE] [--nix PATH]");
        exit(2)
    });
    let nix = find_nix(opts.nix.clone());
    println!("C++ Nix: {} ({})", nix.display(), version(&nix));
    println!("nixref:  {NIXREF} (nixref {})", env!("CARGO_PKG_VERSION"));

    let mut programs = programs();
    if let Some(only) = &opts.only {
        for name in only {
            if !programs.iter().any(|(n, _)| n == name) {
                let known: Vec<&str> = programs.iter().map(|(n, _)| n.as_str()).collect();
                eprintln!(
                    "compare: no program {name:?}; there are: {}",
                    known.join(", ")
                );
                exit(2);
            }
        }
        programs.retain(|(n, _)| only.contains(n));
    }

    // The environment every child gets, on top of this process's own.
    let mut env: Vec<(&str, OsString)> = Vec::new();
    let lib = nixpkgs_lib();
    if let Some(lib) = &lib {
        env.push(("NIXPKGS_LIB", lib.clone().into()));
    }
    let needs =
        |var: &str, file: &Path| std::fs::read_to_string(file).is_ok_and(|t| t.contains(var));
    let _tree = programs
        .iter()
        .any(|(_, f)| needs("NIXREF_BENCH_TREE", f))
        .then(|| {
            let tree = file_tree();
            env.push(("NIXREF_BENCH_TREE", tree.path().into()));
            tree
        });

    println!(
        "{} run(s) each, alternately; CPU = user + sys, median of the runs; peak = largest RSS\n",
        opts.runs
    );
    println!(
        "{:<16} {:^27} {:^29}",
        "", "CPU s (median)", "peak MiB (largest)"
    );
    println!(
        "{:<16} {:>9} {:>9} {:>8} {:>10} {:>10} {:>8}  check",
        "program", "C++", "nixref", "ratio", "C++", "nixref", "ratio"
    );
    let mut rows = Vec::new();
    let mut skipped = Vec::new();
    for (name, file) in &programs {
        if lib.is_none() && needs("NIXPKGS_LIB", file) {
            println!(
                "{name:<16} skipped: needs NIXPKGS_LIB (a folder with nixpkgs lib's default.nix)"
            );
            skipped.push(name.clone());
            continue;
        }
        let mut row = Row {
            name: name.clone(),
            cpp: Vec::new(),
            nixref: Vec::new(),
        };
        for _ in 0..opts.runs {
            row.cpp.push(run(&nix, file, &env));
            row.nixref.push(run(Path::new(NIXREF), file, &env));
        }
        print_row(&row);
        rows.push(row);
    }

    let valid: Vec<&Row> = rows.iter().filter(|r| r.problem().is_none()).collect();
    let cpu_mean = geomean(valid.iter().map(|r| cpu(&r.nixref) / cpu(&r.cpp)));
    let mem_mean = geomean(valid.iter().map(|r| peak(&r.nixref) / peak(&r.cpp)));
    println!(
        "\ngeometric mean over {} valid program(s): CPU {} nixref / C++, peak memory {}",
        valid.len(),
        ratio(cpu_mean),
        ratio(mem_mean)
    );
    for row in rows.iter().filter(|r| r.problem().is_some()) {
        print_problem(row);
    }
    if let Some(path) = &opts.json {
        let json = to_json(&nix, &opts, &rows, &skipped, (cpu_mean, mem_mean));
        std::fs::write(path, json).unwrap_or_else(|e| {
            eprintln!("compare: writing {}: {e}", path.display());
            exit(1)
        });
        println!("results written to {}", path.display());
    }
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut opts = Options {
        runs: 3,
        only: None,
        json: None,
        nix: None,
    };
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--runs" => {
                opts.runs = value()?
                    .parse()
                    .map_err(|_| "--runs takes a number".to_string())?;
                if opts.runs == 0 {
                    return Err("--runs must be at least 1".into());
                }
            }
            "--only" => opts.only = Some(value()?.split(',').map(str::to_string).collect()),
            "--json" => opts.json = Some(value()?.into()),
            "--nix" => opts.nix = Some(value()?.into()),
            _ => return Err(format!("unknown argument {arg:?}")),
        }
    }
    Ok(opts)
}

/// `--nix`, else `$NIX_INSTANTIATE`, else `../shared/tools/nix-oracle` from the crate root,
/// else `nix-instantiate` on `PATH`.
fn find_nix(given: Option<PathBuf>) -> PathBuf {
    let oracle = Path::new(CRATE).join("../shared/tools/nix-oracle");
    given
        .or_else(|| std::env::var_os("NIX_INSTANTIATE").map(PathBuf::from))
        .or_else(|| std::fs::canonicalize(oracle).ok())
        .or_else(|| {
            let path = std::env::var_os("PATH")?;
            std::env::split_paths(&path)
                .map(|d| d.join("nix-instantiate"))
                .find(|p| p.exists())
        })
        .unwrap_or_else(|| {
            eprintln!("compare: no C++ Nix found: pass --nix PATH or set NIX_INSTANTIATE");
            exit(2)
        })
}

/// What `nix --version` prints.
fn version(nix: &Path) -> String {
    match Command::new(nix)
        .arg("--version")
        .stderr(Stdio::inherit())
        .output()
    {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).trim().to_string(),
        Ok(out) => format!("--version failed: {}", out.status),
        Err(e) => {
            eprintln!("compare: cannot run {}: {e}", nix.display());
            exit(2)
        }
    }
}

/// `benches/programs/*.nix` by name.
fn programs() -> Vec<(String, PathBuf)> {
    let dir = Path::new(CRATE).join("benches/programs");
    let mut found: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.expect("reading benches/programs").path())
        .filter_map(|p| {
            Some((
                p.file_name()?.to_str()?.strip_suffix(".nix")?.to_string(),
                p.clone(),
            ))
        })
        .collect();
    found.sort();
    found
}

/// `$NIXPKGS_LIB`, absolute, if it is a folder with a `default.nix`.
fn nixpkgs_lib() -> Option<PathBuf> {
    let lib = std::env::var_os("NIXPKGS_LIB")?;
    match std::fs::canonicalize(&lib) {
        Ok(dir) if dir.join("default.nix").is_file() => Some(dir),
        _ => {
            println!(
                "NIXPKGS_LIB={} has no default.nix: ignoring it",
                Path::new(&lib).display()
            );
            None
        }
    }
}

/// A temporary folder of 100 folders `dN` of 100 empty files `fN` each (removed on drop).
fn file_tree() -> tempfile::TempDir {
    let tree = tempfile::Builder::new()
        .prefix("nixref-bench-")
        .tempdir()
        .expect("a temporary folder");
    for d in 0..100 {
        let dir = tree.path().join(format!("d{d}"));
        std::fs::create_dir(&dir).expect("creating the file tree");
        for f in 0..100 {
            std::fs::write(dir.join(format!("f{f}")), "").expect("creating the file tree");
        }
    }
    tree
}

/// Runs `exe --eval --strict file` and measures it.
#[expect(clippy::zombie_processes, reason = "the child is reaped with `wait4`")]
fn run(exe: &Path, file: &Path, env: &[(&str, OsString)]) -> Run {
    let mut child = Command::new(exe)
        .args(["--eval", "--strict"])
        .arg(file)
        .current_dir(CRATE)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("running {}: {e}", exe.display()));
    let mut err = child.stderr.take().expect("piped stderr");
    let stderr = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        err.read_to_end(&mut bytes).map(|_| bytes)
    });
    let mut stdout = Vec::new();
    child
        .stdout
        .take()
        .expect("piped stdout")
        .read_to_end(&mut stdout)
        .expect("reading stdout");
    let stderr = stderr
        .join()
        .expect("the stderr reader")
        .expect("reading stderr");

    // Reap the child ourselves: `wait4` gives its resource usage, which `Child::wait` drops.
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: `rusage` is plain old data, for which all zeroes is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: both pointers are to live locals; `pid` is our unreaped child.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            break;
        }
        let e = std::io::Error::last_os_error();
        assert_eq!(e.kind(), std::io::ErrorKind::Interrupted, "wait4: {e}");
    }
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Run {
        cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime),
        // Linux gives `ru_maxrss` in KiB.
        peak: usage.ru_maxrss as f64 / 1024.0,
        status: if libc::WIFEXITED(status) {
            format!("exit {}", libc::WEXITSTATUS(status))
        } else {
            format!("signal {}", libc::WTERMSIG(status))
        },
        stdout,
        stderr,
    }
}

/// The median CPU time of `runs` (the lower middle one for an even count).
fn cpu(runs: &[Run]) -> f64 {
    let mut times: Vec<f64> = runs.iter().map(|r| r.cpu).collect();
    times.sort_by(f64::total_cmp);
    times[(times.len() - 1) / 2]
}

/// The largest peak memory of `runs`, MiB.
fn peak(runs: &[Run]) -> f64 {
    runs.iter().map(|r| r.peak).fold(0.0, f64::max)
}

fn geomean(ratios: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = ratios.fold((0.0, 0), |(s, n), r| (s + r.ln(), n + 1));
    if n == 0 {
        f64::NAN
    } else {
        (sum / n as f64).exp()
    }
}

fn ratio(r: f64) -> String {
    if r.is_finite() {
        format!("{r:.2}x")
    } else {
        "-".into()
    }
}

fn print_row(row: &Row) {
    let (c, n) = (cpu(&row.cpp), cpu(&row.nixref));
    let (cm, nm) = (peak(&row.cpp), peak(&row.nixref));
    let check = row
        .problem()
        .map_or("ok".to_string(), |p| format!("<<< {p} >>>"));
    println!(
        "{:<16} {c:>9.3} {n:>9.3} {:>8} {cm:>10.1} {nm:>10.1} {:>8}  {check}",
        row.name,
        ratio(n / c),
        ratio(nm / cm)
    );
}

/// What each evaluator printed on its first run, for a row that is not a valid comparison.
fn print_problem(row: &Row) {
    println!("\n{}: {}", row.name, row.problem().unwrap_or_default());
    for (who, run) in [("C++ Nix", &row.cpp[0]), ("nixref", &row.nixref[0])] {
        println!("  {who} ({}), stdout: {}", run.status, excerpt(&run.stdout));
        println!("  {who} stderr: {}", excerpt(&run.stderr));
    }
}

/// At most 20 lines of 200 bytes of `bytes`, indented.
fn excerpt(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::new();
    for line in text.lines().take(20) {
        let cut: String = line.chars().take(200).collect();
        write!(out, "\n    {cut}").unwrap();
    }
    if out.is_empty() {
        "(empty)".into()
    } else {
        out
    }
}

/// The results as JSON.
fn to_json(
    nix: &Path,
    opts: &Options,
    rows: &[Row],
    skipped: &[String],
    means: (f64, f64),
) -> String {
    let runs = |runs: &[Run]| {
        json!({
            "cpu": cpu(runs),
            "peak": peak(runs),
            "cpu_runs": runs.iter().map(|r| r.cpu).collect::<Vec<_>>(),
            "peak_runs": runs.iter().map(|r| r.peak).collect::<Vec<_>>(),
        })
    };
    let programs: Vec<_> = rows
        .iter()
        .map(|row| {
            json!({
                "name": row.name,
                "valid": row.problem().is_none(),
                "problem": row.problem(),
                "output": String::from_utf8_lossy(&row.cpp[0].stdout),
                "cpp": runs(&row.cpp),
                "nixref": runs(&row.nixref),
                "cpu_ratio": cpu(&row.nixref) / cpu(&row.cpp),
                "peak_ratio": peak(&row.nixref) / peak(&row.cpp),
            })
        })
        .collect();
    let results = json!({
        "nix": nix.display().to_string(),
        "nix_version": version(nix),
        "nixref": NIXREF,
        "runs": opts.runs,
        "cpu": "user + sys seconds, the median of the runs",
        "peak": "peak resident memory in MiB, the largest of the runs",
        "programs": programs,
        "skipped": skipped,
        "geomean_cpu_ratio": means.0,
        "geomean_peak_ratio": means.1,
    });
    serde_json::to_string_pretty(&results).expect("results as JSON")
}
