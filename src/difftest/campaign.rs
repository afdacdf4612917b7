//! A campaign: programs (generated from a seed, or given files) evaluated by nixref
//! in-process and by the external command, in parallel; every divergence is minimised
//! while it persists (same class on each side, still different) and collected, together
//! with counts of outcomes and the constructs the programs reached.

use super::coverage::Coverage;
use super::external::External;
use super::generator::{GenConfig, generate};
use super::minimise::{minimise, minimise_with};
use super::outcome::{Class, Outcome, eval_nixref_with, quiet_panics};
use super::rng::SplitMix64;
use crate::eval::EvalOptions;
use std::collections::{BTreeMap, HashMap};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What to run and how.
#[derive(Clone, Debug)]
pub struct Campaign {
    /// The other evaluator (`--against`).
    pub command: String,
    /// The flags it gets before the file (`--flags`).
    pub flags: Vec<String>,
    pub count: u64,
    pub seed: u64,
    pub jobs: usize,
    pub timeout: Duration,
    pub generator: GenConfig,
    pub compare_messages: bool,
    /// nixref's step budget per program (a runaway program is a timeout).
    pub max_steps: u64,
    /// At most this many predicate checks per minimisation; 0 turns minimisation off.
    pub minimise_checks: usize,
    /// Files to compare on instead of generated programs.
    pub files: Vec<PathBuf>,
    /// Show a progress line on stderr (only when it is a terminal).
    pub progress: bool,
    /// Divergences already explained.
    pub known: Vec<Known>,
    /// Evaluate with nixref in a child process, this executable run as
    /// `EXE diff --eval-one FILE` (the CLI's default), instead of in this process: a
    /// little slower, but a native crash (stack overflow, failed allocation) is then a
    /// finding instead of the end of the run.
    pub isolate: Option<PathBuf>,
}

impl Default for Campaign {
    fn default() -> Campaign {
        Campaign {
            command: String::new(),
            flags: super::external::default_flags(),
            count: 1000,
            seed: 0,
            jobs: 2,
            timeout: Duration::from_secs(10),
            generator: GenConfig::for_nixref(),
            compare_messages: false,
            max_steps: 20_000_000,
            minimise_checks: 500,
            files: Vec::new(),
            progress: true,
            known: Vec::new(),
            isolate: None,
        }
    }
}

/// An explained divergence: a class pair (`value/parse`, or `*` for any) and a fragment
/// of the minimised program, with the reason.
#[derive(Clone, Debug)]
pub struct Known {
    pub pair: String,
    pub fragment: String,
    pub note: String,
}

/// Where a program came from.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    Generated { seed: u64, index: u64 },
    File(PathBuf),
}

/// One divergence, minimised.
#[derive(Clone, Debug)]
pub struct Finding {
    pub origin: Origin,
    pub original: String,
    pub program: String,
    pub nixref: Outcome,
    pub other: Outcome,
    /// Further programs that minimised to the same program.
    pub duplicates: u64,
    /// The explanation, when `--known` lists this divergence.
    pub known: Option<String>,
}

impl Finding {
    /// `nixref-class/other-class`.
    pub fn pair(&self) -> String {
        pair(&self.nixref, &self.other)
    }
}

fn pair(a: &Outcome, b: &Outcome) -> String {
    format!("{}/{}", a.class.name(), b.class.name())
}

/// What a campaign found.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub programs: u64,
    pub divergent: u64,
    /// Divergent programs by class pair (before deduplication).
    pub by_pair: BTreeMap<String, u64>,
    pub nixref_classes: BTreeMap<&'static str, u64>,
    pub other_classes: BTreeMap<&'static str, u64>,
    /// Unique findings, in program order.
    pub findings: Vec<Finding>,
    pub coverage: Coverage,
    pub elapsed: Duration,
}

enum Item {
    Generated(u64),
    File(PathBuf),
}

struct Msg {
    order: usize,
    coverage: Coverage,
    nixref: Class,
    other: Class,
    finding: Option<Finding>,
}

impl Campaign {
    /// Runs the campaign; `scratch` is a directory for the workers' files.
    ///
    /// nixref's `builtins.trace` and warnings write to the process's standard error; the
    /// campaign points it at `/dev/null` while it runs (the progress line goes to the
    /// original) and puts it back at the end.
    pub fn run(&self, scratch: &Path) -> Summary {
        quiet_panics();
        let silenced = Silenced::stderr();
        let items: Vec<Item> = if self.files.is_empty() {
            (0..self.count).map(Item::Generated).collect()
        } else {
            self.files.iter().cloned().map(Item::File).collect()
        };
        let next = AtomicUsize::new(0);
        let (tx, rx) = mpsc::channel::<Msg>();
        let start = Instant::now();
        let mut summary = Summary::default();
        std::thread::scope(|s| {
            for k in 0..self.jobs.max(1) {
                let tx = tx.clone();
                let (next, items) = (&next, &items);
                let dir = scratch.join(format!("w{k}"));
                std::thread::Builder::new()
                    .stack_size(64 << 20)
                    .spawn_scoped(s, move || self.worker(k, &dir, items, next, tx))
                    .expect("spawning a worker");
            }
            drop(tx);
            self.collect(rx, items.len(), start, &mut summary, silenced.original());
        });
        summary.elapsed = start.elapsed();
        summary.findings = dedup(std::mem::take(&mut summary.findings));
        for f in &mut summary.findings {
            f.known = self
                .known
                .iter()
                .find(|k| (k.pair == "*" || k.pair == f.pair()) && f.program.contains(&k.fragment))
                .map(|k| k.note.clone());
        }
        summary
    }

    fn collect(
        &self,
        rx: mpsc::Receiver<Msg>,
        total: usize,
        start: Instant,
        sum: &mut Summary,
        mut term: Option<std::fs::File>,
    ) {
        let show = self.progress && term.as_ref().is_some_and(|t| t.is_terminal());
        let mut last = Instant::now();
        let mut found: Vec<(usize, Finding)> = Vec::new();
        for m in rx {
            sum.programs += 1;
            sum.coverage.merge(&m.coverage);
            *sum.nixref_classes.entry(m.nixref.name()).or_default() += 1;
            *sum.other_classes.entry(m.other.name()).or_default() += 1;
            if let Some(f) = m.finding {
                sum.divergent += 1;
                *sum.by_pair.entry(f.pair()).or_default() += 1;
                found.push((m.order, f));
            }
            if show
                && (last.elapsed() > Duration::from_millis(250) || sum.programs as usize == total)
            {
                last = Instant::now();
                let rate = sum.programs as f64 / start.elapsed().as_secs_f64().max(1e-9);
                if let Some(t) = &mut term {
                    let _ = write!(
                        t,
                        "\r{}/{total} programs  {rate:.1}/s  {} divergent",
                        sum.programs, sum.divergent
                    );
                    let _ = t.flush();
                }
            }
        }
        if show && let Some(t) = &mut term {
            let _ = writeln!(t);
        }
        found.sort_by_key(|(o, _)| *o);
        sum.findings = found.into_iter().map(|(_, f)| f).collect();
    }

    fn worker(
        &self,
        k: usize,
        dir: &Path,
        items: &[Item],
        next: &AtomicUsize,
        tx: mpsc::Sender<Msg>,
    ) {
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        let ext = External {
            command: self.command.clone(),
            timeout: self.timeout,
            scratch: dir.to_path_buf(),
            flags: self.flags.clone(),
        };
        loop {
            let order = next.fetch_add(1, Ordering::SeqCst);
            let Some(item) = items.get(order) else { return };
            let msg = match item {
                Item::Generated(i) => self.generated(*i, dir, &ext, order),
                Item::File(p) => self.file(p, k, &ext, order),
            };
            if tx.send(msg).is_err() {
                return;
            }
        }
    }

    fn generated(&self, index: u64, dir: &Path, ext: &External, order: usize) -> Msg {
        let p = generate(
            &self.generator,
            &mut SplitMix64::for_program(self.seed, index),
        );
        let origin = Origin::Generated {
            seed: self.seed,
            index,
        };
        let mut msg = self.compare(&p.text, dir, "prog.nix", ext, origin, order);
        msg.coverage = p.coverage;
        msg
    }

    fn file(&self, path: &Path, k: usize, ext: &External, order: usize) -> Msg {
        let origin = Origin::File(path.to_path_buf());
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let dir = path.parent().unwrap_or(Path::new("."));
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("default.nix");
        let (a, b) = self.outcomes(&text, dir, name, ext, false);
        let mut msg = Msg {
            order,
            coverage: Coverage::default(),
            nixref: a.class,
            other: b.class,
            finding: None,
        };
        if a.diverges(&b, self.compare_messages) {
            // Candidates go in a hidden file next to the original, so imports still work.
            let tmp = format!(".nixref-diff-{}-{k}.nix", std::process::id());
            msg.finding = Some(self.minimised(origin, &text, a, b, dir, &tmp, ext));
            let _ = std::fs::remove_file(dir.join(&tmp));
        }
        msg
    }

    fn compare(
        &self,
        text: &str,
        dir: &Path,
        name: &str,
        ext: &External,
        origin: Origin,
        order: usize,
    ) -> Msg {
        let (a, b) = self.outcomes(text, dir, name, ext, true);
        let mut msg = Msg {
            order,
            coverage: Coverage::default(),
            nixref: a.class,
            other: b.class,
            finding: None,
        };
        if a.diverges(&b, self.compare_messages) {
            msg.finding = Some(self.minimised(origin, text, a, b, dir, name, ext));
        }
        msg
    }

    /// Both outcomes for `text` as the file `dir/name` (written first when `write`).
    fn outcomes(
        &self,
        text: &str,
        dir: &Path,
        name: &str,
        ext: &External,
        write: bool,
    ) -> (Outcome, Outcome) {
        let path = dir.join(name);
        if write && std::fs::write(&path, text).is_err() {
            let o = Outcome::other(Class::Crash, format!("cannot write {}\n", path.display()));
            return (o.clone(), o);
        }
        let d = dir.to_string_lossy();
        let a = self.nixref(text, &path, &ext.scratch).normalised(&d);
        let b = ext.outcome(dir, name);
        (a, b)
    }

    fn nixref(&self, text: &str, path: &Path, scratch: &Path) -> Outcome {
        if let Some(exe) = &self.isolate {
            return self.nixref_isolated(exe, path, scratch);
        }
        let opts = campaign_options(self.max_steps);
        eval_nixref_with(text, path, opts)
    }

    /// nixref's outcome from a child process (`nixref diff --eval-one`, which evaluates
    /// in-process as [`eval_nixref_with`] does): a native crash only ends the child. The
    /// program must already be in `path`.
    fn nixref_isolated(&self, exe: &Path, path: &Path, scratch: &Path) -> Outcome {
        let dir = path.parent().unwrap_or(Path::new("/"));
        let steps = self.max_steps.to_string();
        let file = path.display().to_string();
        let args = ["diff", "--max-steps", &steps, "--eval-one", &file];
        let cmd = shell_quote(&exe.display().to_string());
        match super::external::run_external(&cmd, &args, dir, self.timeout, scratch) {
            Ok(r) if r.timed_out => Outcome::other(Class::Timeout, "no result in time\n".into()),
            Ok(r) if r.status == Some(0) => super::outcome::parse_record(&r.stdout)
                .unwrap_or_else(|| Outcome::other(Class::Crash, r.stderr)),
            Ok(r) => Outcome::other(
                Class::Crash,
                format!("nixref exited with {:?}\n{}", r.status, r.stderr),
            ),
            Err(e) => Outcome::other(Class::Crash, format!("cannot run nixref: {e}\n")),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn minimised(
        &self,
        origin: Origin,
        text: &str,
        a: Outcome,
        b: Outcome,
        dir: &Path,
        name: &str,
        ext: &External,
    ) -> Finding {
        let (ca, cb) = (a.class, b.class);
        let mut checks = self.minimise_checks;
        if ca == Class::Timeout || cb == Class::Timeout {
            checks = checks.min(20);
        }
        let path = dir.join(name);
        let d = dir.to_string_lossy().into_owned();
        let mut keeps = |cand: &str| {
            if std::fs::write(&path, cand).is_err() {
                return false;
            }
            let x = self.nixref(cand, &path, &ext.scratch).normalised(&d);
            if x.class != ca {
                return false;
            }
            let y = ext.outcome(dir, name);
            y.class == cb && x.diverges(&y, self.compare_messages)
        };
        let program = if checks == 0 {
            text.to_string()
        } else if self.isolate.is_some() {
            let value_file = ext.scratch.join("value.nix");
            let mut value = |sub: &str| {
                std::fs::write(&value_file, sub).ok()?;
                let o = self.nixref(sub, &value_file, &ext.scratch);
                (o.class == Class::Value).then_some(o.value)
            };
            minimise_with(text, &mut keeps, checks, &mut value)
        } else {
            minimise(text, &mut keeps, checks)
        };
        let (nixref, other) = if program == text {
            (a, b)
        } else {
            self.outcomes(&program, dir, name, ext, true)
        };
        Finding {
            origin,
            original: text.to_string(),
            program,
            nixref,
            other,
            duplicates: 0,
            known: None,
        }
    }
}

/// nixref's options in a campaign: as `nix-instantiate` would take them from the
/// environment, but without `NIX_PATH` (the other evaluator runs without it too).
pub(super) fn campaign_options(max_steps: u64) -> EvalOptions {
    let mut o = EvalOptions::from_env();
    o.search_path.clear();
    o.max_steps = Some(max_steps);
    o
}

/// `s` quoted for `sh`.
fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// Standard error pointed at `/dev/null` until dropped.
pub(super) struct Silenced {
    saved: Option<i32>,
}

impl Silenced {
    pub(super) fn stderr() -> Silenced {
        // SAFETY: plain descriptor calls; the saved descriptor is restored and closed on drop.
        let saved = unsafe {
            let null = libc::open(c"/dev/null".as_ptr(), libc::O_WRONLY);
            if null < 0 {
                return Silenced { saved: None };
            }
            let saved = libc::dup(2);
            if saved >= 0 {
                libc::dup2(null, 2);
            }
            libc::close(null);
            (saved >= 0).then_some(saved)
        };
        Silenced { saved }
    }

    /// A handle on the original standard error.
    fn original(&self) -> Option<std::fs::File> {
        use std::os::fd::FromRawFd;
        // SAFETY: a fresh duplicate, owned by the returned File.
        self.saved
            .map(|fd| unsafe { libc::dup(fd) })
            .filter(|&fd| fd >= 0)
            .map(|fd| unsafe { std::fs::File::from_raw_fd(fd) })
    }
}

impl Drop for Silenced {
    fn drop(&mut self) {
        if let Some(fd) = self.saved {
            // SAFETY: restores the descriptor saved in `stderr`.
            unsafe {
                libc::dup2(fd, 2);
                libc::close(fd);
            }
        }
    }
}

/// Keeps the first of the findings that minimised to the same program with the same
/// classes, counting the others.
fn dedup(findings: Vec<Finding>) -> Vec<Finding> {
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    let mut out: Vec<Finding> = Vec::new();
    for f in findings {
        let key = (f.pair(), f.program.trim().to_string());
        match seen.get(&key) {
            Some(&i) => out[i].duplicates += 1,
            None => {
                seen.insert(key, out.len());
                out.push(f);
            }
        }
    }
    out
}
