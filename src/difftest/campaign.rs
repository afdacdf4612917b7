//! A campaign: programs (generated from a seed, or given files) evaluated by nixref and by
//! the other evaluator (an external command, or a function in this process), in parallel;
//! every divergence is minimised while it persists (same class on each side, still
//! different) and collected, together with counts of outcomes and the constructs the
//! programs reached; at the end, findings are grouped into root causes (see `causes`).
//!
//! With `batch` > 1, generated programs on which nixref gives a value are sent to an
//! external evaluator several at a time, as one file that imports each and lists their
//! values between separator strings: one process start for several programs. A batch that
//! fails, or a program whose value differs, is run again on its own, so batching changes
//! only the speed, never the findings.

use super::causes::{Cause, Core, features, group};
use super::coverage::Coverage;
use super::external::External;
use super::generator::{GenConfig, generate};
use super::minimise::{minimise, minimise_with};
use super::outcome::{Class, Compare, Divergence, Outcome, eval_nixref_with, quiet_panics};
use super::profile::Profile;
use super::rng::SplitMix64;
use crate::eval::EvalOptions;
use std::collections::{BTreeMap, HashMap};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

/// What to run and how.
#[derive(Clone, Debug)]
pub struct Campaign {
    /// The other evaluator (`--against`).
    pub command: String,
    /// The flags it gets before the file (`--flags`).
    pub flags: Vec<String>,
    /// Programs to generate (when no files are given).
    pub count: u64,
    /// The seed of the generated programs.
    pub seed: u64,
    /// Worker threads.
    pub jobs: usize,
    /// How long the other evaluator may take on one program.
    pub timeout: Duration,
    /// What the generator may use.
    pub generator: GenConfig,
    /// How closely outcomes must agree (default: value vs error, then which error).
    pub compare: Compare,
    /// How the external command's output is read (`--classify`; C++ Nix's by default).
    pub profile: Arc<Profile>,
    /// The other evaluator as a function in this process (a VM's own test): used instead
    /// of `command` when set.
    pub evaluator: Option<InProcess>,
    /// Generated programs per run of the external command (1: one each).
    pub batch: usize,
    /// Take a divergence to be a cause already found, without minimising it, when its
    /// program has that cause's telling constructs and its classes (`--minimise-all`
    /// turns this off). Minimisation is most of a campaign's time against a buggy
    /// evaluator, and most of it goes to the same few causes.
    pub presume: bool,
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
            compare: Compare::default(),
            profile: Arc::new(Profile::default()),
            evaluator: None,
            batch: 1,
            presume: true,
            max_steps: 20_000_000,
            minimise_checks: 500,
            files: Vec::new(),
            progress: true,
            known: Vec::new(),
            isolate: None,
        }
    }
}

/// Another evaluator in this process: the outcome of a program (its text, and the file it
/// is evaluated as: relative paths resolve next to it, which exists with that text).
#[derive(Clone)]
pub struct InProcess(pub Arc<EvalFn>);

/// The function an [`InProcess`] evaluator calls.
pub type EvalFn = dyn Fn(&str, &Path) -> Outcome + Send + Sync;

impl InProcess {
    /// An evaluator that is a function of the program's text and file.
    pub fn new(f: impl Fn(&str, &Path) -> Outcome + Send + Sync + 'static) -> InProcess {
        InProcess(Arc::new(f))
    }
}

impl std::fmt::Debug for InProcess {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("InProcess(..)")
    }
}

/// An explained divergence: a class pair (`value/parse`, or `*` for any) and a fragment
/// of the minimised program, with the reason.
#[derive(Clone, Debug)]
pub struct Known {
    /// The class pair (`value/parse`), or `*` for any.
    pub pair: String,
    /// A fragment the minimised program must contain.
    pub fragment: String,
    /// Why the divergence is expected.
    pub note: String,
}

/// Where a program came from.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    /// A generated program: the campaign's seed and the program's number.
    Generated {
        /// The campaign's seed.
        seed: u64,
        /// The program's number.
        index: u64,
    },
    /// A program read from a file.
    File(PathBuf),
}

/// One divergence, minimised.
#[derive(Clone, Debug)]
pub struct Finding {
    /// Where the program came from.
    pub origin: Origin,
    /// The program as generated or read.
    pub original: String,
    /// The minimised program.
    pub program: String,
    /// nixref's outcome for the minimised program.
    pub nixref: Outcome,
    /// The other evaluator's outcome for it.
    pub other: Outcome,
    /// What differs.
    pub divergence: Divergence,
    /// Further programs that minimised to the same program.
    pub duplicates: u64,
    /// Not minimised: its program has the telling constructs and the classes of a cause
    /// found before (see [`Campaign::presume`]), so it was taken to be that cause.
    pub presumed: bool,
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
    /// Programs run.
    pub programs: u64,
    /// Programs on which the evaluators diverged.
    pub divergent: u64,
    /// Divergent programs by class pair (before deduplication).
    pub by_pair: BTreeMap<String, u64>,
    /// nixref's outcomes by class.
    pub nixref_classes: BTreeMap<&'static str, u64>,
    /// The other evaluator's outcomes by class.
    pub other_classes: BTreeMap<&'static str, u64>,
    /// Divergent programs by what differs (before deduplication).
    pub by_divergence: BTreeMap<&'static str, u64>,
    /// Errors of the other evaluator that its profile left unclassified.
    pub unclassified: u64,
    /// Unique findings, in program order.
    pub findings: Vec<Finding>,
    /// The findings grouped into root causes, most programs first.
    pub causes: Vec<Cause>,
    /// The forms and builtins the programs used.
    pub coverage: Coverage,
    /// Wall-clock time of the campaign.
    pub elapsed: Duration,
    /// Runs of the other evaluator, and the time they took (all workers together).
    pub other_runs: u64,
    /// Time of the other evaluator's runs (see `other_runs`).
    pub other_time: Duration,
}

impl Summary {
    /// Causes with a finding `--known` does not explain.
    pub fn unexplained_causes(&self) -> usize {
        self.causes
            .iter()
            .filter(|c| c.findings.iter().any(|&i| self.findings[i].known.is_none()))
            .count()
    }
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

/// Runs of the other evaluator one worker made.
#[derive(Default)]
struct Runs {
    count: u64,
    time: Duration,
}

impl Campaign {
    /// Runs the campaign; `scratch` is a directory for the workers' files.
    ///
    /// nixref's `builtins.trace` output and warnings go to a discarding sink
    /// ([`crate::output::Discard`]), so the process's standard error (the progress line, a
    /// host test harness's own output) is left alone.
    pub fn run(&self, scratch: &Path) -> Summary {
        quiet_panics();
        let items: Vec<Item> = if self.files.is_empty() {
            (0..self.count).map(Item::Generated).collect()
        } else {
            self.files.iter().cloned().map(Item::File).collect()
        };
        let next = AtomicUsize::new(0);
        let cores: Mutex<Vec<Core>> = Mutex::new(Vec::new());
        let (tx, rx) = mpsc::channel::<Msg>();
        let (rtx, rrx) = mpsc::channel::<Runs>();
        let start = Instant::now();
        let mut summary = Summary::default();
        std::thread::scope(|s| {
            for k in 0..self.jobs.max(1) {
                let (tx, rtx) = (tx.clone(), rtx.clone());
                let (next, items, cores) = (&next, &items, &cores);
                let dir = scratch.join(format!("w{k}"));
                std::thread::Builder::new()
                    .stack_size(64 << 20)
                    .spawn_scoped(s, move || {
                        let runs = self.worker(k, &dir, items, next, cores, tx);
                        let _ = rtx.send(runs);
                    })
                    .expect("spawning a worker");
            }
            drop((tx, rtx));
            self.collect(rx, items.len(), start, &mut summary);
        });
        for r in rrx {
            summary.other_runs += r.count;
            summary.other_time += r.time;
        }
        summary.elapsed = start.elapsed();
        summary.findings = dedup(std::mem::take(&mut summary.findings));
        for f in &mut summary.findings {
            f.known = self
                .known
                .iter()
                .find(|k| (k.pair == "*" || k.pair == f.pair()) && f.program.contains(&k.fragment))
                .map(|k| k.note.clone());
        }
        summary.causes = group(&summary.findings);
        summary
    }

    /// Checks that the other evaluator works before a campaign: `1` must give the value
    /// `1` and `throw` an error (see [`External::preflight`]).
    pub fn preflight(&self, scratch: &Path) -> Result<(), String> {
        let dir = scratch.join("preflight");
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let result = match &self.evaluator {
            Some(ev) => {
                let one = (ev.0)("1", &dir.join("one.nix"));
                let err = (ev.0)("throw \"nixref pre-flight check\"", &dir.join("err.nix"));
                if one.class == Class::Value && one.value == b"1\n" && err.class.is_error() {
                    Ok(())
                } else {
                    Err(format!(
                        "the evaluator gives {} for `1` and {} for `throw`",
                        one.class.name(),
                        err.class.name()
                    ))
                }
            }
            None => self.external(&dir).preflight(),
        };
        let _ = std::fs::remove_dir_all(&dir);
        result
    }

    fn external(&self, dir: &Path) -> External {
        External {
            command: self.command.clone(),
            timeout: self.timeout,
            scratch: dir.to_path_buf(),
            flags: self.flags.clone(),
            profile: self.profile.clone(),
        }
    }

    fn collect(&self, rx: mpsc::Receiver<Msg>, total: usize, start: Instant, sum: &mut Summary) {
        let mut term = std::io::stderr();
        let show = self.progress && term.is_terminal();
        let mut last = Instant::now();
        let mut found: Vec<(usize, Finding)> = Vec::new();
        for m in rx {
            sum.programs += 1;
            sum.coverage.merge(&m.coverage);
            *sum.nixref_classes.entry(m.nixref.name()).or_default() += 1;
            *sum.other_classes.entry(m.other.name()).or_default() += 1;
            if m.other == Class::Unclassified {
                sum.unclassified += 1;
            }
            if let Some(f) = m.finding {
                sum.divergent += 1;
                *sum.by_pair.entry(f.pair()).or_default() += 1;
                *sum.by_divergence.entry(f.divergence.name()).or_default() += 1;
                found.push((m.order, f));
            }
            if show
                && (last.elapsed() > Duration::from_millis(250) || sum.programs as usize == total)
            {
                last = Instant::now();
                let rate = sum.programs as f64 / start.elapsed().as_secs_f64().max(1e-9);
                let _ = write!(
                    term,
                    "\r{}/{total} programs  {rate:.1}/s  {} divergent",
                    sum.programs, sum.divergent
                );
                let _ = term.flush();
            }
        }
        if show {
            let _ = writeln!(term);
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
        cores: &Mutex<Vec<Core>>,
        tx: mpsc::Sender<Msg>,
    ) -> Runs {
        let mut w = Worker {
            c: self,
            cores,
            k,
            dir: dir.to_path_buf(),
            ext: self.external(dir),
            runs: Runs::default(),
        };
        if std::fs::create_dir_all(dir).is_err() {
            return w.runs;
        }
        let batch = if self.evaluator.is_none() && self.files.is_empty() {
            self.batch.clamp(1, 999)
        } else {
            1
        };
        loop {
            let first = next.fetch_add(batch, Ordering::SeqCst);
            if first >= items.len() {
                return w.runs;
            }
            let chunk = first..(first + batch).min(items.len());
            let msgs = if batch > 1 {
                w.batch(chunk, items)
            } else {
                chunk
                    .map(|order| match &items[order] {
                        Item::Generated(i) => w.generated(*i, order),
                        Item::File(p) => w.file(p, order),
                    })
                    .collect()
            };
            for msg in msgs {
                if tx.send(msg).is_err() {
                    return w.runs;
                }
            }
        }
    }
}

/// One worker's state: its folder, the external evaluator, its counts.
struct Worker<'a> {
    c: &'a Campaign,
    /// The causes found so far, by all workers.
    cores: &'a Mutex<Vec<Core>>,
    k: usize,
    dir: PathBuf,
    ext: External,
    runs: Runs,
}

impl Worker<'_> {
    fn generated(&mut self, index: u64, order: usize) -> Msg {
        let p = self.program(index);
        let origin = Origin::Generated {
            seed: self.c.seed,
            index,
        };
        let dir = self.dir.clone();
        let mut msg = self.compare(&p.text, &dir, "prog.nix", origin, order, None);
        msg.coverage = p.coverage;
        msg
    }

    fn program(&self, index: u64) -> super::generator::Program {
        generate(
            &self.c.generator,
            &mut SplitMix64::for_program(self.c.seed, index),
        )
    }

    fn file(&mut self, path: &Path, order: usize) -> Msg {
        let origin = Origin::File(path.to_path_buf());
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("default.nix")
            .to_string();
        let a = self.nixref_outcome(&text, &dir.join(&name));
        let b = self.other(&text, &dir, &name);
        let mut msg = Msg {
            order,
            coverage: Coverage::default(),
            nixref: a.class,
            other: b.class,
            finding: None,
        };
        if let Some(d) = a.divergence(&b, self.c.compare) {
            // Candidates go in a hidden file next to the original, so imports still work.
            let tmp = format!(".nixref-diff-{}-{}.nix", std::process::id(), self.k);
            msg.finding = Some(self.minimised(origin, &text, a, b, d, &dir, &tmp));
            let _ = std::fs::remove_file(dir.join(&tmp));
        }
        msg
    }

    /// Compares one program written as `dir/name` (nixref's outcome may be known already).
    fn compare(
        &mut self,
        text: &str,
        dir: &Path,
        name: &str,
        origin: Origin,
        order: usize,
        nixref: Option<Outcome>,
    ) -> Msg {
        let (a, b) = match nixref {
            Some(a) => {
                let b = self.other(text, dir, name);
                (a, b)
            }
            None => self.outcomes(text, dir, name),
        };
        let mut msg = Msg {
            order,
            coverage: Coverage::default(),
            nixref: a.class,
            other: b.class,
            finding: None,
        };
        if let Some(d) = a.divergence(&b, self.c.compare) {
            msg.finding = Some(self.minimised(origin, text, a, b, d, dir, name));
        }
        msg
    }

    /// Generated programs several at a time: those on which nixref gives a value go to
    /// the other evaluator in one file; the rest, and any that do not agree there, one
    /// by one.
    fn batch(&mut self, chunk: std::ops::Range<usize>, items: &[Item]) -> Vec<Msg> {
        struct Entry {
            order: usize,
            index: u64,
            text: String,
            coverage: Coverage,
            sub: String,
            nixref: Outcome,
        }
        let mut msgs = Vec::new();
        let mut entries = Vec::new();
        for (j, order) in chunk.enumerate() {
            let Item::Generated(index) = items[order] else {
                continue;
            };
            let p = self.program(index);
            let sub = format!("b{j:03}");
            let d = self.dir.join(&sub);
            let path = d.join("prog.nix");
            if std::fs::create_dir_all(&d).is_err() || std::fs::write(&path, &p.text).is_err() {
                continue;
            }
            let nixref = self.nixref_outcome(&p.text, &path);
            entries.push(Entry {
                order,
                index,
                text: p.text,
                coverage: p.coverage,
                sub,
                nixref,
            });
        }
        let values: Vec<(usize, String)> = entries
            .iter()
            .filter(|e| e.nixref.class == Class::Value)
            .map(|e| (e.order, e.sub.clone()))
            .collect();
        let got = if values.len() > 1 {
            self.run_batch(&values.iter().map(|e| e.1.as_str()).collect::<Vec<_>>())
        } else {
            None
        };
        for e in entries {
            let origin = Origin::Generated {
                seed: self.c.seed,
                index: e.index,
            };
            let agreed = got.as_ref().and_then(|g| {
                let i = values.iter().position(|v| v.0 == e.order)?;
                (g[i] == e.nixref.value).then_some(())
            });
            let mut msg = match agreed {
                Some(()) => Msg {
                    order: e.order,
                    coverage: Coverage::default(),
                    nixref: Class::Value,
                    other: Class::Value,
                    finding: None,
                },
                None => {
                    let d = self.dir.join(&e.sub);
                    self.compare(&e.text, &d, "prog.nix", origin, e.order, Some(e.nixref))
                }
            };
            msg.coverage = e.coverage;
            msgs.push(msg);
        }
        msgs
    }

    /// Runs one file listing the values of the programs in the sub-folders `subs`; gives
    /// each program's printed value (its folder replaced by `/pwd`), or `None` if the run
    /// failed or its output does not split into one value per program.
    fn run_batch(&mut self, subs: &[&str]) -> Option<Vec<Vec<u8>>> {
        let nonce = super::rng::Entropy::next_u64(&mut SplitMix64::new(self.c.seed ^ 0xba7c4));
        let sep = format!("nixref-batch-{nonce:016x}");
        let mut text = String::from("[\n");
        for s in subs {
            text.push_str(&format!("  (import ./{s}/prog.nix)\n  \"{sep}\"\n"));
        }
        text.push_str("]\n");
        let file = "batch.nix";
        std::fs::write(self.dir.join(file), text).ok()?;
        let flags: Vec<&str> = self.c.flags.iter().map(String::as_str).collect();
        let mut args = flags.clone();
        args.push(file);
        let start = Instant::now();
        let ran = super::external::run_external(
            &self.c.command,
            &args,
            &self.dir,
            self.c.timeout * subs.len().min(10) as u32,
            &self.ext.scratch,
        );
        self.runs.count += 1;
        self.runs.time += start.elapsed();
        let ran = ran.ok().filter(|r| r.status == Some(0) && !r.timed_out)?;
        let out = self.c.profile.normalised_value(&ran.stdout);
        let body = out.strip_prefix(b"[ ")?.strip_suffix(b" ]\n")?;
        let marker = format!(" \"{sep}\"");
        let mut parts: Vec<Vec<u8>> = Vec::new();
        let mut rest = body;
        for _ in subs {
            let at = find(rest, marker.as_bytes())?;
            parts.push(rest[..at].to_vec());
            rest = &rest[at + marker.len()..];
            rest = rest.strip_prefix(b" ").unwrap_or(rest);
        }
        if !rest.is_empty() {
            return None;
        }
        let dir = self.dir.to_string_lossy().into_owned();
        Some(
            parts
                .into_iter()
                .zip(subs)
                .map(|(mut v, s)| {
                    v = super::outcome::replace_bytes(&v, format!("{dir}/{s}").as_bytes(), b"/pwd");
                    v.push(b'\n');
                    v
                })
                .collect(),
        )
    }

    /// Both outcomes for `text` written as the file `dir/name`.
    fn outcomes(&mut self, text: &str, dir: &Path, name: &str) -> (Outcome, Outcome) {
        let path = dir.join(name);
        if std::fs::write(&path, text).is_err() {
            let o = Outcome::other(Class::Crash, format!("cannot write {}\n", path.display()));
            return (o.clone(), o);
        }
        let a = self.nixref_outcome(text, &path);
        let b = self.other(text, dir, name);
        (a, b)
    }

    /// nixref's outcome for `text` (already in the file `path`), its folder as `/pwd`.
    fn nixref_outcome(&self, text: &str, path: &Path) -> Outcome {
        let d = path.parent().unwrap_or(Path::new("/")).to_string_lossy();
        let mut o = self.c.nixref(text, path, &self.ext.scratch).normalised(&d);
        if o.class == Class::Value {
            o.value = self.c.profile.normalised_value(&o.value);
        }
        o
    }

    /// The other evaluator's outcome for `text` (already in the file `dir/name`).
    fn other(&mut self, text: &str, dir: &Path, name: &str) -> Outcome {
        let start = Instant::now();
        let o = match &self.c.evaluator {
            Some(ev) => {
                let mut o = (ev.0)(text, &dir.join(name)).normalised(&dir.to_string_lossy());
                if o.class == Class::Value {
                    o.value = self.c.profile.normalised_value(&o.value);
                }
                o
            }
            None => self.ext.outcome(dir, name),
        };
        self.runs.count += 1;
        self.runs.time += start.elapsed();
        o
    }

    #[allow(clippy::too_many_arguments)]
    fn minimised(
        &mut self,
        origin: Origin,
        text: &str,
        a: Outcome,
        b: Outcome,
        divergence: Divergence,
        dir: &Path,
        name: &str,
    ) -> Finding {
        let c = self.c;
        let (ca, cb) = (a.class, b.class);
        if c.presume {
            let feats = features(text);
            let known = self.cores.lock().expect("no panics while holding the lock");
            // Minimising a hang costs a time limit per check: a hang with the classes of
            // a cause found before is taken to be that cause.
            let hang = cb == Class::Timeout;
            if known
                .iter()
                .any(|k| k.covers(&feats, ca, cb) || (hang && k.nixref == ca && k.other == cb))
            {
                return Finding {
                    origin,
                    original: text.to_string(),
                    program: text.to_string(),
                    nixref: a,
                    other: b,
                    divergence,
                    duplicates: 0,
                    presumed: true,
                    known: None,
                };
            }
        }
        let mut checks = c.minimise_checks;
        if ca == Class::Timeout || cb == Class::Timeout {
            checks = checks.min(20);
        }
        let path = dir.join(name);
        let scratch = self.ext.scratch.clone();
        let program = {
            let mut keeps = |cand: &str| {
                if std::fs::write(&path, cand).is_err() {
                    return false;
                }
                let x = self.nixref_outcome(cand, &path);
                if x.class != ca {
                    return false;
                }
                let y = self.other(cand, dir, name);
                y.class == cb && x.divergence(&y, c.compare).is_some()
            };
            if checks == 0 {
                text.to_string()
            } else if c.isolate.is_some() {
                let value_file = scratch.join("value.nix");
                // Values that hold the scratch folder (`./b` is `/tmp/…/b` there) would make
                // the program depend on this machine: they hold `/pwd` instead.
                let scratch_dir = scratch.to_string_lossy().into_owned();
                let mut value = |sub: &str| {
                    std::fs::write(&value_file, sub).ok()?;
                    let o = c
                        .nixref(sub, &value_file, &scratch)
                        .normalised(&scratch_dir);
                    (o.class == Class::Value).then_some(o.value)
                };
                minimise_with(text, &mut keeps, checks, &mut value)
            } else {
                minimise(text, &mut keeps, checks)
            }
        };
        let (nixref, other) = if program == text {
            (a, b)
        } else {
            self.outcomes(&program, dir, name)
        };
        let divergence = nixref.divergence(&other, c.compare).unwrap_or(divergence);
        let f = Finding {
            origin,
            original: text.to_string(),
            program,
            nixref,
            other,
            divergence,
            duplicates: 0,
            presumed: false,
            known: None,
        };
        if checks > 0
            && let Some(core) = Core::of(&f)
        {
            self.cores
                .lock()
                .expect("no panics while holding the lock")
                .push(core);
        }
        f
    }
}

impl Campaign {
    fn nixref(&self, text: &str, path: &Path, scratch: &Path) -> Outcome {
        if let Some(exe) = &self.isolate {
            return self.nixref_isolated(exe, path, scratch);
        }
        let opts = campaign_options(self.max_steps);
        eval_nixref_with(text, path, &opts)
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
}

/// Where `needle` first occurs in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// nixref's options in a campaign: as `nix-instantiate` would take them from the
/// environment, but without `NIX_PATH` (the other evaluator runs without it too).
pub(super) fn campaign_options(max_steps: u64) -> crate::Builder {
    let mut o = EvalOptions::from_env();
    o.search_path.clear();
    o.max_steps = Some(max_steps);
    crate::Builder::from_options(o)
}

/// `s` quoted for `sh`.
fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
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
