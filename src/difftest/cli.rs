//! `nixref diff`: the differential tester's command line.
//!
//! ```text
//! nixref diff --against CMD [OPTIONS] [FILE|DIR]...   compare nixref with CMD
//! nixref diff --stats [--count N] [--seed S] [--size N] [--exclude TAG]...
//! nixref diff --bench [--count N] [--seed S] [--first I] [--size N] [--skip-builtin NAME]...
//! ```
//! CMD is any command taking `nix-instantiate`'s flags (`--flags`, default
//! `--eval --strict --show-trace`, then the file). Without files, `--count` programs are
//! generated from `--seed`; with files (a folder means its `eval-*.nix` tests), those are
//! compared. Before anything else, CMD must evaluate `1` and fail on `throw` (pre-flight).
//! Options: `--jobs J` parallel programs; `--timeout SECS` per run of CMD (a
//! hang is a finding); `--out DIR` writes one fixture per root cause, reports,
//! `causes.md` and `summary.txt`; `--reference nixref|against` whose output the fixtures
//! expect; `--size N` program size; `--classify PROFILE` how CMD's output is read (a
//! shipped profile `cpp-nix`, `tvix`, `snix`, or a file); `--normalise` applies the
//! profile's printer normalisations; `--compare outcome|kind|message` how closely errors
//! must agree (default `kind`: an error of the same kind; `--compare-messages` is
//! `--compare message`); `--batch N` sends N generated programs to CMD per run;
//! `--exclude TAG` / `--include TAG`
//! and `--skip-builtin NAME` choose the builtins programs call; `--known FILE` lists
//! explained divergences; `--max-steps N` bounds nixref's evaluation;
//! `--minimise-checks N` bounds each minimisation (0: none); `--minimise-all` minimises
//! every divergence (by default one whose program has the telling constructs and the
//! classes of a cause already found is presumed to be that cause); `--in-process` evaluates
//! with nixref in this process instead of a child (faster; a native crash ends the run);
//! `--no-progress` hides the progress line.
//!
//! The exit status is 0 when nixref and CMD agreed on everything (or every divergence is
//! listed in `--known`), 1 when a divergence is unexplained, 2 for a usage error or a CMD
//! that fails the pre-flight check.

use super::campaign::{Campaign, Known};
use super::fixture::{Reference, write_cause};
use super::generator::{generate, nixref_builtins};
use super::outcome::Compare;
use super::outcome::{eval_nixref_with, quiet_panics};
use super::profile::Profile;
use super::rng::SplitMix64;
use super::signatures::{Tag, table};
use super::{Coverage, External, FORMS};
use std::path::{Path, PathBuf};
use std::time::Duration;

const USAGE: &str =
    "usage: nixref diff --against CMD [--count N] [--seed S] [--jobs J] [--timeout SECS]
                   [--out DIR] [--size N] [--classify PROFILE] [--normalise]
                   [--compare outcome|kind|message] [--compare-messages] [--batch N]
                   [--reference nixref|against]
                   [--exclude TAG]... [--include TAG]... [--skip-builtin NAME]...
                   [--known FILE] [--max-steps N]
                   [--minimise-checks N] [--minimise-all] [--flags 'FLAGS'] [--in-process]
                   [--no-progress]
                   [FILE|DIR]...
       nixref diff --stats [--count N] [--seed S] [--size N] [--exclude TAG]... [--include TAG]...
       nixref diff --bench [--count N] [--seed S] [--first I] [--size N] [--skip-builtin NAME]... [--max-steps N]
tags: drv context io impure env version trace (default excluded: impure)";

enum Mode {
    Campaign,
    /// Internal: the child side of an isolated campaign.
    EvalOne(PathBuf),
    Stats,
    Bench,
}

struct Args {
    mode: Mode,
    campaign: Campaign,
    out: Option<PathBuf>,
    reference: Reference,
    count_given: bool,
    /// `--first N`: the index of the first generated program (`--bench`).
    first: u64,
}

/// Runs `nixref diff ARGS`; returns the exit status.
pub fn main(argv: &[String]) -> i32 {
    let mut args = match parse(argv) {
        Ok(a) => a,
        Err(e) if e == "help" => {
            println!("{USAGE}");
            return 0;
        }
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            return 2;
        }
    };
    match std::mem::replace(&mut args.mode, Mode::Campaign) {
        Mode::EvalOne(file) => eval_one(file, args.campaign.max_steps),
        Mode::Stats => stats(&args),
        Mode::Bench => std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(move || bench(&args))
            .expect("spawning the benchmark thread")
            .join()
            .unwrap_or(1),
        Mode::Campaign => campaign(&args),
    }
}

fn parse(argv: &[String]) -> Result<Args, String> {
    let mut a = Args {
        mode: Mode::Campaign,
        campaign: Campaign::default(),
        out: None,
        reference: Reference::Nixref,
        count_given: false,
        first: 0,
    };
    let mut it = argv.iter();
    let mut paths = Vec::new();
    let mut in_process = false;
    while let Some(arg) = it.next() {
        let mut val = |name: &str| it.next().cloned().ok_or(format!("{name} needs a value"));
        let c = &mut a.campaign;
        match arg.as_str() {
            "--against" => c.command = anchored(&val(arg)?),
            "--flags" => c.flags = val(arg)?.split_whitespace().map(String::from).collect(),
            "--count" => {
                c.count = number(&val(arg)?)?;
                a.count_given = true;
            }
            "--seed" => c.seed = number(&val(arg)?)?,
            "--first" => a.first = number(&val(arg)?)?,
            "--jobs" => c.jobs = number(&val(arg)?)? as usize,
            "--timeout" => c.timeout = Duration::from_secs_f64(float(&val(arg)?)?),
            "--out" => a.out = Some(PathBuf::from(val(arg)?)),
            "--size" => c.generator.size = number(&val(arg)?)? as u32,
            "--max-steps" => c.max_steps = number(&val(arg)?)?,
            "--minimise-checks" => c.minimise_checks = number(&val(arg)?)? as usize,
            "--minimise-all" => c.presume = false,
            "--compare-messages" => c.compare = Compare::Message,
            "--compare" => {
                c.compare = match val(arg)?.as_str() {
                    "outcome" => Compare::Outcome,
                    "kind" => Compare::Kind,
                    "message" => Compare::Message,
                    v => return Err(format!("--compare is outcome, kind or message, not '{v}'")),
                }
            }
            "--classify" => {
                let normalise = c.profile.normalise;
                let mut p = Profile::load(&val(arg)?)?;
                p.normalise = normalise;
                c.profile = std::sync::Arc::new(p);
            }
            "--normalise" => std::sync::Arc::make_mut(&mut c.profile).normalise = true,
            "--batch" => c.batch = number(&val(arg)?)?.max(1) as usize,
            "--reference" => {
                a.reference = match val(arg)?.as_str() {
                    "nixref" => Reference::Nixref,
                    "against" => Reference::Against,
                    r => return Err(format!("--reference is 'nixref' or 'against', not '{r}'")),
                }
            }
            "--exclude" | "--include" => {
                let v = val(arg)?;
                let t = Tag::parse(&v).ok_or(format!("unknown tag '{v}'"))?;
                if arg == "--exclude" {
                    c.generator.exclude.insert(t);
                } else {
                    c.generator.exclude.remove(&t);
                }
            }
            "--skip-builtin" => {
                c.generator.skip.insert(val(arg)?);
            }
            "--known" => c.known = read_known(Path::new(&val(arg)?))?,
            "--no-progress" => c.progress = false,
            "--in-process" => in_process = true,
            "--eval-one" => a.mode = Mode::EvalOne(PathBuf::from(val(arg)?)),

            "--stats" => a.mode = Mode::Stats,
            "--bench" => a.mode = Mode::Bench,
            "-h" | "--help" => return Err("help".into()),
            s if s.starts_with('-') => return Err(format!("unknown flag '{s}'")),
            s => paths.push(PathBuf::from(s)),
        }
    }
    a.campaign.files = expand(&paths);
    if matches!(a.mode, Mode::Campaign) && !in_process {
        a.campaign.isolate =
            Some(std::env::current_exe().map_err(|e| format!("cannot find nixref itself: {e}"))?);
    }
    if matches!(a.mode, Mode::Campaign) && a.campaign.command.is_empty() {
        return Err("--against CMD is required".into());
    }
    Ok(a)
}

fn number(s: &str) -> Result<u64, String> {
    s.parse().map_err(|_| format!("'{s}' is not a number"))
}

fn float(s: &str) -> Result<f64, String> {
    s.parse().map_err(|_| format!("'{s}' is not a number"))
}

/// Files named on the command line, made absolute; a folder means its test files
/// (`eval-*.nix`), or all its `.nix` files when it has no test files.
fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        let p = &std::fs::canonicalize(p).unwrap_or_else(|_| p.clone());
        if !p.is_dir() {
            out.push(p.clone());
            continue;
        }
        let all: Vec<PathBuf> = walkdir::WalkDir::new(p)
            .sort_by_file_name()
            .into_iter()
            .filter_map(|e| e.ok())
            .map(|e| e.into_path())
            .filter(|p| p.extension().is_some_and(|e| e == "nix"))
            .collect();
        let tests: Vec<PathBuf> = all
            .iter()
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("eval-okay-") || n.starts_with("eval-fail-"))
            })
            .cloned()
            .collect();
        out.extend(if tests.is_empty() { all } else { tests });
    }
    out
}

/// `--known FILE`: lines of three fields separated by tabs, `PAIR FRAGMENT NOTE` (e.g.
/// `value/parse`, `1.0e-320`, why), `PAIR` being `*` for any pair; `#` starts a comment.
fn read_known(p: &Path) -> Result<Vec<Known>, String> {
    let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
    let mut out = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.splitn(3, '\t');
        let (Some(pair), Some(fragment)) = (parts.next(), parts.next()) else {
            return Err(format!("{}: bad line '{line}'", p.display()));
        };
        out.push(Known {
            pair: pair.to_string(),
            fragment: fragment.replace("\\n", "\n"),
            note: parts.next().unwrap_or("").to_string(),
        });
    }
    Ok(out)
}

fn campaign(a: &Args) -> i32 {
    let c = &a.campaign;
    let scratch = std::env::temp_dir().join(format!("nixref-diff-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&scratch) {
        eprintln!("error: cannot create {}: {e}", scratch.display());
        return 2;
    }
    if let Err(e) = c.preflight(&scratch) {
        eprintln!("error: pre-flight check failed, nothing was run.\n{e}");
        let _ = std::fs::remove_dir_all(&scratch);
        return 2;
    }
    let sum = c.run(&scratch);
    let callable = c.generator.callable_builtins();
    let table = super::report::summary_table(&sum, &callable, &c.profile.name);
    print!("{table}");
    let mut status = i32::from(sum.findings.iter().any(|f| f.known.is_none()));
    if let Some(out) = &a.out
        && let Err(e) = write_out(out, a, &sum, &table, &scratch)
    {
        eprintln!("error: writing findings to {}: {e}", out.display());
        status = 2;
    }
    let _ = std::fs::remove_dir_all(&scratch);
    status
}

fn write_out(
    out: &Path,
    a: &Args,
    sum: &super::Summary,
    table: &str,
    scratch: &Path,
) -> std::io::Result<()> {
    std::fs::create_dir_all(out)?;
    std::fs::write(out.join("summary.txt"), table)?;
    let ext = External {
        command: a.campaign.command.clone(),
        timeout: a.campaign.timeout,
        scratch: scratch.to_path_buf(),
        flags: a.campaign.flags.clone(),
        profile: a.campaign.profile.clone(),
    };
    let out = std::fs::canonicalize(out)?;
    let mut fixtures = Vec::new();
    for (n, cause) in sum.causes.iter().enumerate() {
        fixtures.push(write_cause(&out, n + 1, cause, sum, a.reference, &ext)?);
    }
    std::fs::write(
        out.join("causes.md"),
        super::report::causes_markdown(
            sum,
            super::fixture::command_name(&a.campaign.command),
            &fixtures,
        ),
    )?;
    Ok(())
}

/// `--stats`: what the generator reaches with these settings (nothing is evaluated).
fn stats(a: &Args) -> i32 {
    let c = &a.campaign;
    let count = if a.count_given { c.count } else { 10_000 };
    let mut cov = Coverage::default();
    let mut tokens = 0usize;
    for i in 0..count {
        let p = generate(&c.generator, &mut SplitMix64::for_program(c.seed, i));
        tokens += super::token_count(&p.text);
        cov.merge(&p.coverage);
    }
    println!(
        "{count} programs, {:.1} tokens on average\n",
        tokens as f64 / count.max(1) as f64
    );
    println!(
        "expression forms ({} of {} reached):",
        FORMS.len() - cov.missing_forms().len(),
        FORMS.len()
    );
    for f in FORMS {
        println!("  {f:<28} {:>8}", cov.forms.get(f).copied().unwrap_or(0));
    }
    let callable = c.generator.callable_builtins();
    let reached = callable
        .iter()
        .filter(|b| cov.builtins.contains_key(b.as_str()))
        .count();
    println!(
        "\nbuiltins the generator may call ({reached} of {} reached):",
        callable.len()
    );
    for b in &callable {
        println!(
            "  {b:<28} {:>8}",
            cov.builtins.get(b.as_str()).copied().unwrap_or(0)
        );
    }
    let nixref = nixref_builtins();
    let skipped: Vec<String> = table()
        .iter()
        .filter(|b| !callable.contains(b.name))
        .map(|b| {
            let why = if !nixref.contains(b.name) {
                "not in nixref".to_string()
            } else if c.generator.skip.contains(b.name) {
                "--skip-builtin".to_string()
            } else {
                let tags: Vec<&str> = b.tags.iter().map(|t| t.name()).collect();
                format!("excluded: {}", tags.join(" "))
            };
            format!("{} ({why})", b.name)
        })
        .collect();
    println!("\nbuiltins of the table not called: {}", skipped.join(", "));
    let unknown: Vec<&String> = nixref
        .iter()
        .filter(|n| !table().iter().any(|b| b.name == n.as_str()))
        .filter(|n| !["true", "false", "null", "builtins"].contains(&n.as_str()))
        .collect();
    println!(
        "nixref builtins without a signature: {}",
        if unknown.is_empty() {
            "none".to_string()
        } else {
            unknown
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        }
    );
    0
}

/// `--bench`: see [`super::bench`].
fn bench(a: &Args) -> i32 {
    let c = &a.campaign;
    super::bench::run(&super::bench::Bench {
        seed: c.seed,
        first: a.first,
        count: if a.count_given { c.count } else { 100_000 },
        generator: c.generator.clone(),
        max_steps: c.max_steps,
    })
}

/// `--eval-one FILE`: evaluates FILE in-process and prints the outcome record (the
/// class, then the value or error text), for the parent of an isolated campaign.
fn eval_one(file: PathBuf, max_steps: u64) -> i32 {
    quiet_panics();
    let Ok(text) = std::fs::read_to_string(&file) else {
        eprintln!("error: cannot read {}", file.display());
        return 2;
    };
    let run = move || {
        let opts = super::campaign::campaign_options(max_steps);
        eval_nixref_with(&text, &file, &opts)
    };
    let outcome = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(run)
        .ok()
        .and_then(|h| h.join().ok());
    let Some(o) = outcome else { return 3 };
    use std::io::Write;
    let _ = std::io::stdout().write_all(&super::outcome::record(&o));
    0
}

/// `CMD` with a relative program path (`./vm.sh`, `../tools/nix`) made absolute: each
/// program runs in its own scratch folder, where a relative path would name nothing.
pub fn anchored(command: &str) -> String {
    let program = command.split_whitespace().next().unwrap_or("");
    let relative = program.contains('/') && !program.starts_with('/');
    match std::path::Path::new(program).canonicalize() {
        Ok(abs) if relative => {
            let rest = &command.trim_start()[program.len()..];
            let abs = abs.display().to_string();
            let plain = abs
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"/._+-".contains(&b));
            match plain {
                true => format!("{abs}{rest}"),
                false => format!("'{}'{rest}", abs.replace('\'', "'\\''")),
            }
        }
        _ => command.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::anchored;

    #[test]
    fn relative_program_paths_are_made_absolute() {
        let here = std::env::current_dir().unwrap().canonicalize().unwrap();
        let got = anchored("./Cargo.toml --eval");
        assert_eq!(got, format!("{}/Cargo.toml --eval", here.display()));
        assert_eq!(anchored("nix-instantiate --eval"), "nix-instantiate --eval");
        assert_eq!(anchored("/bin/sh -c x"), "/bin/sh -c x");
        assert_eq!(anchored("./missing-program"), "./missing-program");
    }
}
