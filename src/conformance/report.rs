//! `nixref test`: the command line of the conformance runner, and its reports.
//!
//! ```text
//! nixref test [OPTIONS] DIR...
//! nixref test --against CMD [--classify PROFILE] [--normalise] [--compare kind|message]
//!             [--timeout SECS] [OPTIONS] DIR...
//! OPTIONS: --from-parent  --quiet  --jobs N  --markdown FILE  --json FILE
//!          --area-by folder|name
//! ```
//! Runs every test below the folders, in parallel. Alone, it checks nixref: a report per
//! failure, pass counts per kind, exit status 1 if anything failed. With `--against CMD`
//! it runs the same tests with another evaluator (any command taking `nix-instantiate`'s
//! flags; checked first by evaluating `1` and a `throw`) and with nixref, and prints a
//! conformance table per area (each folder of tests is an area; with `--area-by name`, for
//! a suite in one folder such as Nix's own, a test named after a builtin, such as
//! `eval-okay-substring.nix`, is in the area `builtins` and any other in `language`) and
//! per kind of test: how
//! many passed, and how the others failed. An expected error is matched by its kind
//! (C++ Nix's text read by the C++ Nix profile, CMD's by `--classify`), or by its message
//! with `--compare message`; nixref is always held to the whole stderr. `--markdown` and
//! `--json` write the same report as files a VM project can publish.
//!
//! Exit status: 0 when every test passed (for CMD with `--against`), 1 when one failed,
//! 2 for a usage error, a folder that does not exist, no tests found, or a CMD that fails
//! the pre-flight check.

use super::{Failure, Kind, Outcome, Runner, Verdict, discover};
use crate::difftest::{Compare, External, Profile};
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

const USAGE: &str =
    "usage: nixref test [--from-parent] [--quiet] [--jobs N] [--markdown FILE] [--json FILE] DIR...
       nixref test --against CMD [--classify PROFILE] [--normalise] [--compare kind|message]
                   [--timeout SECS] [--from-parent] [--quiet] [--jobs N]
                   [--markdown FILE] [--json FILE] [--area-by folder|name] DIR...";

struct Args {
    from_parent: bool,
    quiet: bool,
    jobs: usize,
    markdown: Option<PathBuf>,
    json: Option<PathBuf>,
    against: Option<String>,
    profile: Profile,
    compare: Compare,
    timeout: Duration,
    by_name: bool,
    dirs: Vec<PathBuf>,
}

fn parse(argv: &[String]) -> Result<Args, String> {
    let mut a = Args {
        from_parent: false,
        quiet: false,
        jobs: std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2),
        markdown: None,
        json: None,
        against: None,
        profile: Profile::default(),
        compare: Compare::Kind,
        timeout: Duration::from_secs(10),
        by_name: false,
        dirs: Vec::new(),
    };
    let mut normalise = false;
    let mut it = argv.iter();
    while let Some(arg) = it.next() {
        let mut val = || it.next().cloned().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--from-parent" => a.from_parent = true,
            "--quiet" | "-q" => a.quiet = true,
            "--jobs" => {
                let v = val()?;
                a.jobs = v
                    .parse::<usize>()
                    .map_err(|_| format!("'{v}' is not a number"))?
                    .max(1);
            }
            "--markdown" => a.markdown = Some(PathBuf::from(val()?)),
            "--json" => a.json = Some(PathBuf::from(val()?)),
            "--against" => a.against = Some(val()?),
            "--classify" => a.profile = Profile::load(&val()?)?,
            "--normalise" => normalise = true,
            "--compare" => {
                a.compare = match val()?.as_str() {
                    "kind" => Compare::Kind,
                    "message" => Compare::Message,
                    v => return Err(format!("--compare is kind or message, not '{v}'")),
                }
            }
            "--compare-messages" => a.compare = Compare::Message,
            "--timeout" => {
                let v = val()?;
                let secs: f64 = v.parse().map_err(|_| format!("'{v}' is not a number"))?;
                a.timeout = Duration::from_secs_f64(secs);
            }
            "--area-by" => {
                a.by_name = match val()?.as_str() {
                    "folder" => false,
                    "name" => true,
                    v => return Err(format!("--area-by is folder or name, not '{v}'")),
                }
            }
            "-h" | "--help" => return Err("help".into()),
            s if s.starts_with('-') => return Err(format!("unknown flag '{s}'")),
            d => {
                let p = Path::new(d);
                if !p.is_dir() {
                    return Err(format!("'{d}' is not a folder"));
                }
                a.dirs
                    .push(std::fs::canonicalize(p).map_err(|e| format!("{d}: {e}"))?);
            }
        }
    }
    a.profile.normalise = normalise;
    if a.dirs.is_empty() {
        return Err("no folder of tests given".into());
    }
    if a.against.is_none() && (normalise || argv.iter().any(|s| s == "--classify")) {
        return Err("--classify and --normalise go with --against".into());
    }
    Ok(a)
}

/// One test's results.
struct Row {
    /// The test file, relative to its folder argument.
    name: String,
    area: String,
    kind: Kind,
    nixref: Verdict,
    against: Option<Verdict>,
}

/// `nixref test ARGS`; returns the exit status.
pub fn cli(argv: &[String]) -> i32 {
    let a = match parse(argv) {
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
    let mut files: Vec<(PathBuf, String, String)> = Vec::new();
    let builtins: Vec<String> = crate::difftest::nixref_builtins()
        .into_iter()
        .map(|b| b.to_lowercase())
        .collect();
    for d in &a.dirs {
        for f in discover(d) {
            let (name, mut area) = place(d, &f);
            if a.by_name {
                area = name_area(&f, &builtins);
            }
            files.push((f, name, area));
        }
    }
    if files.is_empty() {
        let dirs: Vec<String> = a.dirs.iter().map(|d| d.display().to_string()).collect();
        eprintln!(
            "error: no tests (eval-okay-*.nix, eval-fail-*.nix, parse-*.nix) found in {}",
            dirs.join(", ")
        );
        return 2;
    }
    let nixref_exe = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("nixref"));
    let nixref = Runner {
        nixref: nixref_exe,
        from_parent: a.from_parent,
        against: None,
    };
    let against = a.against.as_ref().map(|cmd| super::Against {
        command: anchored(cmd),
        profile: Arc::new(a.profile.clone()),
        compare: a.compare,
        timeout: a.timeout,
    });
    if let Some(ag) = &against
        && let Err(e) = preflight(ag)
    {
        eprintln!("error: pre-flight check failed, no test was run.\n{e}");
        return 2;
    }
    let other = against.as_ref().map(|ag| Runner {
        against: Some(ag.clone()),
        ..nixref.clone()
    });
    let paths: Vec<PathBuf> = files.iter().map(|f| f.0.clone()).collect();
    let mut ours = run_parallel(&nixref, &paths, a.jobs);
    let mut theirs = other.as_ref().map(|r| run_parallel(r, &paths, a.jobs));
    let rows: Vec<Row> = files
        .iter()
        .enumerate()
        .map(|(i, (f, name, area))| Row {
            name: name.clone(),
            area: area.clone(),
            kind: Kind::of(f).expect("discovered test files have a kind"),
            nixref: std::mem::replace(&mut ours[i], Verdict::pass()),
            against: theirs
                .as_mut()
                .map(|t| std::mem::replace(&mut t[i], Verdict::pass())),
        })
        .collect();
    let command = against.as_ref().map(|a| a.command.as_str());
    if !a.quiet {
        for r in &rows {
            let (v, who) = match &r.against {
                Some(v) => (v, command.unwrap_or("")),
                None => (&r.nixref, "nixref"),
            };
            match (&v.outcome, command) {
                (Outcome::Fail(report), None) => {
                    println!("FAIL {}\n{}\n", r.name, report.trim_end())
                }
                (Outcome::Fail(_), Some(_)) => println!(
                    "FAIL {} ({who}: {})",
                    r.name,
                    v.failure.map_or("failed", |f| f.name())
                ),
                (Outcome::Skip(why), _) => println!("SKIP {}: {why}", r.name),
                (Outcome::Pass, _) => {}
            }
        }
    }
    let report = Report {
        rows: &rows,
        command,
        profile: &a.profile.name,
        compare: a.compare,
        normalise: a.profile.normalise,
        dirs: &a.dirs,
    };
    if command.is_some() {
        print!("{}", report.text());
    } else {
        print!("{}", report.nixref_counts());
    }
    for (file, text) in [(&a.markdown, report.markdown()), (&a.json, report.json())] {
        if let Some(f) = file
            && let Err(e) = std::fs::write(f, text)
        {
            eprintln!("error: cannot write {}: {e}", f.display());
            return 2;
        }
    }
    let failed = rows.iter().any(|r| {
        let v = r.against.as_ref().unwrap_or(&r.nixref);
        matches!(v.outcome, Outcome::Fail(_))
    });
    i32::from(failed)
}

/// A test's name relative to its folder argument, and its area: the folder it is in,
/// relative to the argument (the argument's own name for tests directly in it).
fn place(root: &Path, file: &Path) -> (String, String) {
    let rel = file.strip_prefix(root).unwrap_or(file);
    let base = root
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| root.display().to_string());
    let area = match rel.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.display().to_string(),
        _ => base.clone(),
    };
    (format!("{base}/{}", rel.display()), area)
}

/// `--area-by name`: `builtins` for a test named after a builtin (the first word of its
/// name, `eval-okay-substring.nix`, `eval-fail-foldlStrict-strict-op-application.nix`),
/// `language` for the others.
fn name_area(file: &Path, builtins: &[String]) -> String {
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let rest = ["eval-okay-", "eval-fail-", "parse-okay-", "parse-fail-"]
        .iter()
        .find_map(|p| stem.strip_prefix(p))
        .unwrap_or(stem);
    let word = rest
        .split(['-', '_'])
        .next()
        .unwrap_or(rest)
        .trim_end_matches(|c: char| c.is_ascii_digit());
    if builtins.contains(&word.to_lowercase()) {
        "builtins".to_string()
    } else {
        "language".to_string()
    }
}

/// The pre-flight check of `--against`.
fn preflight(ag: &super::Against) -> Result<(), String> {
    let scratch = tempfile::tempdir().map_err(|e| format!("cannot create a folder: {e}"))?;
    External {
        command: ag.command.clone(),
        timeout: ag.timeout,
        scratch: scratch.path().to_path_buf(),
        flags: ["--eval", "--strict"].map(String::from).to_vec(),
        profile: ag.profile.clone(),
    }
    .preflight()
}

/// `CMD` with a relative program path made absolute (tests run in their own folders).
fn anchored(command: &str) -> String {
    crate::difftest::cli::anchored(command)
}

fn run_parallel(runner: &Runner, files: &[PathBuf], jobs: usize) -> Vec<Verdict> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(f) = files.get(i) else { break };
                    let v = runner.verdict(f);
                    results
                        .lock()
                        .expect("no panics while holding the lock")
                        .push((i, v));
                }
            });
        }
    });
    let mut r = results.into_inner().expect("threads finished");
    r.sort_by_key(|(i, _)| *i);
    r.into_iter().map(|(_, v)| v).collect()
}

/// Counts of one group of tests (an area, a kind, or all).
#[derive(Default)]
struct Counts {
    tests: usize,
    nixref_passed: usize,
    nixref_skipped: usize,
    passed: usize,
    skipped: usize,
    failures: BTreeMap<Failure, usize>,
}

impl Counts {
    fn add(&mut self, r: &Row) {
        self.tests += 1;
        match r.nixref.outcome {
            Outcome::Pass => self.nixref_passed += 1,
            Outcome::Skip(_) => self.nixref_skipped += 1,
            Outcome::Fail(_) => {}
        }
        let v = r.against.as_ref().unwrap_or(&r.nixref);
        match v.outcome {
            Outcome::Pass => self.passed += 1,
            Outcome::Skip(_) => self.skipped += 1,
            Outcome::Fail(_) => {
                *self
                    .failures
                    .entry(v.failure.unwrap_or(Failure::Other))
                    .or_default() += 1
            }
        }
    }

    fn failed(&self) -> usize {
        self.failures.values().sum()
    }
}

fn percent(n: usize, of: usize) -> String {
    if of == 0 {
        return "-".into();
    }
    format!("{:.1}%", 100.0 * n as f64 / of as f64)
}

struct Report<'a> {
    rows: &'a [Row],
    command: Option<&'a str>,
    profile: &'a str,
    compare: Compare,
    normalise: bool,
    dirs: &'a [PathBuf],
}

impl Report<'_> {
    fn by<K: Ord>(&self, key: impl Fn(&Row) -> K) -> BTreeMap<K, Counts> {
        let mut m: BTreeMap<K, Counts> = BTreeMap::new();
        for r in self.rows {
            m.entry(key(r)).or_default().add(r);
        }
        m
    }

    fn total(&self) -> Counts {
        let mut c = Counts::default();
        for r in self.rows {
            c.add(r);
        }
        c
    }

    /// The failure columns that occur (all of them would make a very wide table).
    fn failure_columns(&self) -> Vec<Failure> {
        let t = self.total();
        Failure::ALL
            .into_iter()
            .filter(|f| t.failures.contains_key(f))
            .collect()
    }

    fn header(&self) -> Vec<String> {
        let mut h: Vec<String> = vec!["tests".into()];
        if self.command.is_some() {
            h.push("nixref passed".into());
            h.push(format!("{} passed", self.profile));
        } else {
            h.push("passed".into());
        }
        h.push("failed".into());
        h.extend(self.failure_columns().iter().map(|f| f.name().to_string()));
        h.push("skipped".into());
        h
    }

    fn cells(&self, c: &Counts) -> Vec<String> {
        let mut v = vec![c.tests.to_string()];
        if self.command.is_some() {
            v.push(format!(
                "{} ({})",
                c.nixref_passed,
                percent(c.nixref_passed, c.tests)
            ));
        }
        v.push(format!("{} ({})", c.passed, percent(c.passed, c.tests)));
        v.push(c.failed().to_string());
        for f in self.failure_columns() {
            v.push(c.failures.get(&f).copied().unwrap_or(0).to_string());
        }
        v.push(c.skipped.to_string());
        v
    }

    /// The tables: per area, per kind of test, and the total.
    fn tables(&self) -> Vec<(String, Vec<Vec<String>>)> {
        let mut out = Vec::new();
        for (title, groups) in [
            ("area", self.by(|r| r.area.clone())),
            (
                "kind of test",
                self.by(|r| r.kind.name().to_string()).into_iter().collect(),
            ),
        ] {
            let mut rows = vec![{
                let mut h = vec![title.to_string()];
                h.extend(self.header());
                h
            }];
            for (k, c) in &groups {
                let mut row = vec![k.clone()];
                row.extend(self.cells(c));
                rows.push(row);
            }
            let mut total = vec!["all".to_string()];
            total.extend(self.cells(&self.total()));
            rows.push(total);
            out.push((title.to_string(), rows));
        }
        out
    }

    /// The evaluator's name in reports: the command with its program's folder left out
    /// (a published report holds no machine's paths).
    fn subject(&self) -> String {
        let Some(cmd) = self.command else {
            return "nixref".into();
        };
        let cmd = cmd.trim();
        let (program, rest) = cmd.split_once(char::is_whitespace).unwrap_or((cmd, ""));
        let name = program
            .trim_matches('\'')
            .rsplit('/')
            .next()
            .unwrap_or(program);
        format!("{name}{}{rest}", if rest.is_empty() { "" } else { " " })
    }

    fn how(&self) -> String {
        let mut s = match self.compare {
            Compare::Message => "expected errors matched by their message".to_string(),
            _ => format!(
                "expected errors matched by kind (profile {}{})",
                self.profile,
                if self.normalise {
                    ", printer normalisations on"
                } else {
                    ""
                }
            ),
        };
        if self.command.is_some() {
            s.push_str("; nixref's column holds nixref to the messages");
        }
        s
    }

    fn headline(&self) -> String {
        let t = self.total();
        let mut s = format!(
            "{} passes {} of {} tests ({})",
            self.subject(),
            t.passed,
            t.tests,
            percent(t.passed, t.tests)
        );
        if self.command.is_some() {
            let _ = write!(
                s,
                "; nixref passes {} ({})",
                t.nixref_passed,
                percent(t.nixref_passed, t.tests)
            );
        }
        s
    }

    /// The report of `--against`, as text.
    fn text(&self) -> String {
        let mut s = format!("\n{}\n{}\n", self.headline(), self.how());
        for (_, rows) in self.tables() {
            s.push('\n');
            s.push_str(&aligned(&rows));
        }
        s
    }

    /// nixref alone: pass counts per kind, as `nixref test` has always printed them.
    fn nixref_counts(&self) -> String {
        let mut s = String::new();
        let (mut p, mut f, mut k) = (0, 0, 0);
        for (kind, c) in self.by(|r| r.kind) {
            let _ = writeln!(
                s,
                "{:<45} {:>5} passed, {:>5} failed, {:>4} skipped",
                kind.name(),
                c.passed,
                c.failed(),
                c.skipped
            );
            p += c.passed;
            f += c.failed();
            k += c.skipped;
        }
        let _ = writeln!(s, "{p} passed, {f} failed, {k} skipped");
        s
    }

    fn markdown(&self) -> String {
        let dirs: Vec<String> = self
            .dirs
            .iter()
            .map(|d| {
                d.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            })
            .collect();
        let mut s = format!(
            "# Conformance of `{}` on {}\n\n{}.\n\n{}.\n",
            self.subject(),
            dirs.join(", "),
            self.headline(),
            self.how()
        );
        for (title, rows) in self.tables() {
            let _ = writeln!(s, "\n## By {title}\n");
            for (i, row) in rows.iter().enumerate() {
                let cells: Vec<String> = row.iter().map(|c| c.replace('|', "\\|")).collect();
                let _ = writeln!(s, "| {} |", cells.join(" | "));
                if i == 0 {
                    let _ = writeln!(s, "|{}", "---|".repeat(row.len()));
                }
            }
        }
        let failing: Vec<&Row> = self
            .rows
            .iter()
            .filter(|r| {
                matches!(
                    r.against.as_ref().unwrap_or(&r.nixref).outcome,
                    Outcome::Fail(_)
                )
            })
            .collect();
        if !failing.is_empty() {
            let _ = writeln!(s, "\n## Failing tests\n");
            for r in failing {
                let v = r.against.as_ref().unwrap_or(&r.nixref);
                let _ = writeln!(
                    s,
                    "- `{}`: {}",
                    r.name,
                    v.failure.map_or("failed", |f| f.name())
                );
            }
        }
        s
    }

    fn json(&self) -> String {
        use serde_json::{Value, json};
        let counts = |c: &Counts| {
            let failures: serde_json::Map<String, Value> = c
                .failures
                .iter()
                .map(|(f, n)| (f.id().to_string(), json!(n)))
                .collect();
            json!({
                "tests": c.tests,
                "nixref": { "passed": c.nixref_passed, "skipped": c.nixref_skipped },
                "subject": {
                    "passed": c.passed,
                    "failed": c.failed(),
                    "skipped": c.skipped,
                    "failures": failures,
                },
            })
        };
        let verdict = |v: &Verdict| match &v.outcome {
            Outcome::Pass => json!({ "result": "pass" }),
            Outcome::Skip(why) => json!({ "result": "skip", "why": why }),
            Outcome::Fail(_) => json!({
                "result": "fail",
                "failure": v.failure.unwrap_or(Failure::Other).id(),
            }),
        };
        let areas: Vec<Value> = self
            .by(|r| r.area.clone())
            .iter()
            .map(|(k, c)| {
                let mut v = counts(c);
                v["area"] = json!(k);
                v
            })
            .collect();
        let kinds: Vec<Value> = self
            .by(|r| r.kind)
            .iter()
            .map(|(k, c)| {
                let mut v = counts(c);
                v["kind"] = json!(kind_id(*k));
                v
            })
            .collect();
        let tests: Vec<Value> = self
            .rows
            .iter()
            .map(|r| {
                json!({
                    "test": r.name,
                    "area": r.area,
                    "kind": kind_id(r.kind),
                    "nixref": verdict(&r.nixref),
                    "subject": verdict(r.against.as_ref().unwrap_or(&r.nixref)),
                })
            })
            .collect();
        let doc = json!({
            "subject": self.subject(),
            "profile": self.command.map(|_| self.profile),
            "errors_compared_by": match self.compare {
                Compare::Message => "message",
                _ => "kind",
            },
            "normalise": self.normalise,
            "total": counts(&self.total()),
            "areas": areas,
            "kinds": kinds,
            "tests": tests,
        });
        let mut s = serde_json::to_string_pretty(&doc).expect("JSON of plain values");
        s.push('\n');
        s
    }
}

fn kind_id(k: Kind) -> &'static str {
    match k {
        Kind::EvalOkay => "eval-okay",
        Kind::EvalFail => "eval-fail",
        Kind::ParseFail => "parse-fail",
        Kind::ParseOkay => "parse-okay",
    }
}

/// Rows of cells as aligned text columns (the first column left-aligned, the rest right).
fn aligned(rows: &[Vec<String>]) -> String {
    let n = rows.iter().map(|r| r.len()).max().unwrap_or(0);
    let width = |i: usize| {
        rows.iter()
            .map(|r| r.get(i).map_or(0, |c| c.chars().count()))
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..n).map(width).collect();
    let mut s = String::new();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            let pad = widths[i] - c.chars().count();
            if i == 0 {
                s.push_str(c);
                s.push_str(&" ".repeat(pad));
            } else {
                s.push_str("  ");
                s.push_str(&" ".repeat(pad));
                s.push_str(c);
            }
        }
        s.push('\n');
    }
    s
}
