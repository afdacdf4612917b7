//! The conformance runner: folders of tests in the format of Nix's own language suite
//! (`tests/functional/lang`), run through the `nixref` binary exactly as Nix's `lang.sh`
//! runs `nix-instantiate`.
//!
//! - `eval-okay-NAME.nix`: `--eval --strict` must succeed and print `NAME.exp` (or, when
//!   `NAME.exp.xml` exists, `--eval --xml --no-location --strict` must print it); extra
//!   flags come from `NAME.flags`; `NAME.exp-disabled` skips the case.
//! - `eval-fail-NAME.nix`: `--eval --strict --show-trace` (or `NAME.flags`) must fail
//!   with exit status 1, and the final `error:` message must be the one in `NAME.err.exp`,
//!   all its lines up to its position (the trace around it is not compared: nixref's
//!   traces are shorter than C++ Nix's).
//! - `parse-fail-NAME.nix`: `--parse -` on the file must fail, with the same message.
//! - `parse-okay-NAME.nix`: `--parse -` must succeed and print the expression as C++
//!   Nix does, the text of `NAME.exp`.
//!
//! Output is compared after replacing the working directory with `/pwd`, as `lang.sh`
//! does. By default a test runs in its own folder; with `from_parent` (automatic for a
//! folder named `lang`, Nix's layout) it runs from the folder's parent with
//! `NIX_PATH=lang/dir3:lang/dir4`. nixref's own `spec-tests/printing-lazy` folder is
//! evaluated without `--strict` and `printing-json` with `--json`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The kinds of test file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    EvalOkay,
    EvalFail,
    ParseFail,
    ParseOkay,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::EvalOkay => "eval-okay",
            Kind::EvalFail => "eval-fail",
            Kind::ParseFail => "parse-fail",
            Kind::ParseOkay => "parse-okay",
        }
    }

    /// The kind of a test file, from its name.
    pub fn of(path: &Path) -> Option<Kind> {
        let name = path.file_name()?.to_str()?;
        if !name.ends_with(".nix") {
            return None;
        }
        [
            ("eval-okay-", Kind::EvalOkay),
            ("eval-fail-", Kind::EvalFail),
            ("parse-fail-", Kind::ParseFail),
            ("parse-okay-", Kind::ParseOkay),
        ]
        .into_iter()
        .find(|(p, _)| name.starts_with(p))
        .map(|(_, k)| k)
    }
}

/// The result of one test.
#[derive(Debug)]
pub enum Outcome {
    Pass,
    /// A report: what was expected, what nixref did, and a diff.
    Fail(String),
    Skip(String),
}

/// How to run tests.
#[derive(Clone, Debug)]
pub struct Runner {
    /// The `nixref` binary.
    pub nixref: PathBuf,
    /// Run from the test folder's parent (Nix's layout).
    pub from_parent: bool,
}

/// All test files below `dir`, sorted.
pub fn discover(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file() && Kind::of(e.path()).is_some())
        .map(|e| e.into_path())
        .collect();
    v.sort();
    v
}

/// The reason a test is listed in a `known-failures.txt` (lines `path/to/test.nix  reason`,
/// paths relative to the list's folder; `#` starts a comment line).
fn known_failure(nix: &Path) -> Option<String> {
    for dir in nix.ancestors().skip(1).take(4) {
        let Some(list) = read(&dir.join("known-failures.txt")) else {
            continue;
        };
        let rel = nix.strip_prefix(dir).ok()?.to_string_lossy().into_owned();
        for line in list.lines().filter(|l| !l.trim_start().starts_with('#')) {
            let mut parts = line.splitn(2, char::is_whitespace);
            if parts.next() == Some(rel.as_str()) {
                return Some(parts.next().unwrap_or("").trim().to_string());
            }
        }
    }
    None
}

fn sibling(nix: &Path, ext: &str) -> PathBuf {
    let stem = nix.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    nix.with_file_name(format!("{stem}.{ext}"))
}

fn read(p: &Path) -> Option<String> {
    std::fs::read(p)
        .ok()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// The message of the last `error:` in an error output (C++ Nix prints context frames
/// first and the error itself last).
pub fn final_message(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    let is_error = |l: &&str| {
        let t = l.trim_start();
        t.starts_with("error: ") || t == "error:"
    };
    let Some(start) = lines.iter().rposition(is_error) else {
        return String::new();
    };
    let first = lines[start].trim_start()["error:".len()..].trim_start();
    // A message of several lines goes on, indented, up to its position (or the end).
    let rest = lines[start + 1..]
        .iter()
        .take_while(|l| !(l.starts_with("       at ") && l.ends_with(':')));
    let mut msg = std::iter::once(first)
        .chain(rest.copied())
        .collect::<Vec<_>>()
        .join("\n");
    msg.truncate(msg.trim_end().len());
    msg
}

/// Nix 2.26's parser named tokens by bison's internal names (`ID`, `IN_KW`, `DOLLAR_CURLY`);
/// current C++ Nix, which nixref follows, uses readable ones (`identifier`, `'in'`,
/// `'${'`). Expectations recorded with 2.26 are compared after this renaming, so both
/// generations of fixtures hold nixref to the same, newest wording (docs/differences.md).
pub fn modernise_syntax_error(msg: &str) -> String {
    const NAMES: &[(&str, &str)] = &[
        ("ID", "identifier"),
        ("INT", "integer"),
        ("INT_LIT", "integer"),
        ("FLOAT", "floating-point literal"),
        ("FLOAT_LIT", "floating-point literal"),
        ("PATH", "path"),
        ("HPATH", "'~/…' path"),
        ("SPATH", "'<…>' path"),
        ("PATH_END", "end of path"),
        ("STR", "string"),
        ("IND_STR", "indented string"),
        ("IF", "'if'"),
        ("THEN", "'then'"),
        ("ELSE", "'else'"),
        ("ASSERT", "'assert'"),
        ("WITH", "'with'"),
        ("LET", "'let'"),
        ("IN_KW", "'in'"),
        ("REC", "'rec'"),
        ("INHERIT", "'inherit'"),
        ("EQ", "'=='"),
        ("NEQ", "'!='"),
        ("LEQ", "'<='"),
        ("GEQ", "'>='"),
        ("UPDATE", "'//'"),
        ("CONCAT", "'++'"),
        ("AND", "'&&'"),
        ("OR", "'||'"),
        ("IMPL", "'->'"),
        ("OR_KW", "'or'"),
        ("DOLLAR_CURLY", "'${'"),
        ("IND_STRING_OPEN", "start of an indented string"),
        ("IND_STRING_CLOSE", "end of an indented string"),
        ("ELLIPSIS", "'...'"),
    ];
    let Some(rest) = msg.strip_prefix("syntax error, ") else {
        return msg.to_string();
    };
    let words: Vec<String> = rest
        .split(' ')
        .map(|w| {
            let (core, comma) = w.strip_suffix(',').map(|c| (c, ",")).unwrap_or((w, ""));
            match NAMES.iter().find(|(old, _)| *old == core) {
                Some((_, new)) => format!("{new}{comma}"),
                None => w.to_string(),
            }
        })
        .collect();
    format!("syntax error, {}", words.join(" "))
}

/// Whether nixref's message is the expected one, allowing for what current C++ Nix adds
/// to messages Nix 2.26 recorded without it (the values of an impossible comparison:
/// "cannot compare a set with a set; values are ..."), see docs/differences.md.
pub fn same_message_across_versions(expected: &str, got: &str) -> bool {
    if expected == got {
        return true;
    }
    if expected.starts_with("cannot compare ") && !expected.contains("values are") {
        let older = got
            .split_once("; values are ")
            .map(|(head, _)| head.to_string())
            .or_else(|| {
                got.split_once(" (values are ")
                    .map(|(head, _)| head.to_string())
            });
        return older.as_deref() == Some(expected);
    }
    false
}

/// A line diff of two texts: `-` lines of the first, `+` lines of the second.
pub fn diff(expected: &str, got: &str) -> String {
    let d = similar::TextDiff::from_lines(expected, got);
    let mut s = String::new();
    for change in d.iter_all_changes() {
        let sign = match change.tag() {
            similar::ChangeTag::Delete => '-',
            similar::ChangeTag::Insert => '+',
            similar::ChangeTag::Equal => ' ',
        };
        s.push(sign);
        s.push_str(change.value());
        if !change.value().ends_with('\n') {
            s.push_str("\n\\ no newline at end\n");
        }
    }
    s
}

struct Ran {
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Runner {
    /// Runs one test file.
    /// Runs one test file. A test listed in a `known-failures.txt` of its folder or an
    /// enclosing one is reported as skipped, with the reason given there, while it fails,
    /// and as a failure once it passes (so the list cannot go stale).
    pub fn run(&self, nix: &Path) -> Outcome {
        let known = known_failure(nix);
        match (self.run_case(nix), known) {
            (Outcome::Fail(_), Some(why)) => Outcome::Skip(format!("known failure: {why}")),
            (Outcome::Pass, Some(_)) => Outcome::Fail(
                "listed in known-failures.txt but passes: remove it from the list".into(),
            ),
            (outcome, _) => outcome,
        }
    }

    fn run_case(&self, nix: &Path) -> Outcome {
        let Some(kind) = Kind::of(nix) else {
            return Outcome::Skip("not a test file".into());
        };
        let dir = nix.parent().unwrap_or(Path::new("."));
        let folder = dir
            .file_name()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        let file = nix
            .file_name()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let from_parent = self.from_parent || folder == "lang";
        let (cwd, arg) = if from_parent {
            (
                dir.parent().unwrap_or(Path::new(".")).to_path_buf(),
                format!("{folder}/{file}"),
            )
        } else {
            (dir.to_path_buf(), file.clone())
        };
        let flags: Option<Vec<String>> = read(&sibling(nix, "flags")).map(|f| {
            f.lines()
                .map(|l| l.split('#').next().unwrap_or(""))
                .collect::<Vec<_>>()
                .join(" ")
                .split_whitespace()
                .map(String::from)
                .collect()
        });
        let mut args: Vec<String> = Vec::new();
        let mut stdin = None;
        match kind {
            Kind::EvalOkay => {
                if sibling(nix, "exp.xml").exists() {
                    args.extend(["--eval", "--xml", "--no-location", "--strict"].map(String::from));
                } else {
                    if sibling(nix, "exp-disabled").exists() {
                        return Outcome::Skip("disabled (.exp-disabled)".into());
                    }
                    args.extend(flags.clone().unwrap_or_default());
                    args.push("--eval".into());
                    match folder.as_str() {
                        "printing-lazy" => {}
                        "printing-json" => args.extend(["--strict", "--json"].map(String::from)),
                        _ => args.push("--strict".into()),
                    }
                }
                args.push(arg);
            }
            Kind::EvalFail => {
                args.extend(flags.unwrap_or_else(|| {
                    ["--eval", "--strict", "--show-trace"]
                        .map(String::from)
                        .to_vec()
                }));
                args.push(arg);
            }
            Kind::ParseFail | Kind::ParseOkay => {
                args.extend(["--parse", "-"].map(String::from));
                stdin = Some(nix.to_path_buf());
            }
        }
        let ran = match self.exec(
            &cwd,
            &args,
            stdin.as_deref(),
            from_parent.then_some(folder.as_str()),
        ) {
            Ok(r) => r,
            Err(e) => return Outcome::Fail(format!("could not run nixref: {e}")),
        };
        let cwd_s = cwd.to_string_lossy().into_owned();
        let norm = |s: &str| s.replace(&cwd_s, "/pwd");
        let cmd = format!("(in {}) nixref {}", cwd.display(), args.join(" "));
        match kind {
            Kind::EvalOkay => {
                let exp_path = if sibling(nix, "exp.xml").exists() {
                    sibling(nix, "exp.xml")
                } else {
                    sibling(nix, "exp")
                };
                let Some(expected) = read(&exp_path) else {
                    return Outcome::Skip(format!("no {}", exp_path.display()));
                };
                if ran.status != Some(0) {
                    return Outcome::Fail(format!(
                        "{cmd}\nexpected success, got exit status {:?}\nstderr:\n{}",
                        ran.status, ran.stderr
                    ));
                }
                let got = norm(&ran.stdout);
                if got != expected {
                    return Outcome::Fail(format!(
                        "{cmd}\noutput differs from {} (-expected +nixref):\n{}",
                        exp_path.display(),
                        diff(&expected, &got)
                    ));
                }
                if let Some(exp_err) = read(&sibling(nix, "err.exp")) {
                    let got_err = norm(&ran.stderr);
                    if got_err != exp_err {
                        return Outcome::Fail(format!(
                            "{cmd}\nstderr differs (-expected +nixref):\n{}",
                            diff(&exp_err, &got_err)
                        ));
                    }
                }
                Outcome::Pass
            }
            Kind::ParseOkay => {
                if ran.status != Some(0) {
                    return Outcome::Fail(format!(
                        "{cmd}\nexpected to parse, got:\n{}",
                        ran.stderr
                    ));
                }
                // The expression as C++ Nix's `--parse` prints it.
                match read(&sibling(nix, "exp")) {
                    Some(expected) if norm(&ran.stdout) != expected => Outcome::Fail(format!(
                        "{cmd}\nparsed expression differs (-expected +nixref):\n{}",
                        diff(&expected, &norm(&ran.stdout))
                    )),
                    _ => Outcome::Pass,
                }
            }
            Kind::EvalFail | Kind::ParseFail => {
                if ran.status != Some(1) {
                    return Outcome::Fail(format!(
                        "{cmd}\nexpected exit status 1, got {:?}\nstdout:\n{}stderr:\n{}",
                        ran.status, ran.stdout, ran.stderr
                    ));
                }
                let Some(expected) = read(&sibling(nix, "err.exp")) else {
                    return Outcome::Pass;
                };
                let want = modernise_syntax_error(&final_message(&expected));
                let got = final_message(&norm(&ran.stderr));
                if !same_message_across_versions(&want, &got) {
                    return Outcome::Fail(format!(
                        "{cmd}\nerror message differs:\n  expected: {want}\n  nixref:   {got}\nfull expected stderr:\n{expected}\nfull nixref stderr:\n{}",
                        norm(&ran.stderr)
                    ));
                }
                Outcome::Pass
            }
        }
    }

    fn exec(
        &self,
        cwd: &Path,
        args: &[String],
        stdin: Option<&Path>,
        lang_folder: Option<&str>,
    ) -> std::io::Result<Ran> {
        let mut c = Command::new(&self.nixref);
        c.args(args).current_dir(cwd);
        c.env("HOME", "/fake-home")
            .env("TEST_VAR", "foo")
            .env("NIX_STORE_DIR", "/nix/store")
            .env("NIX_REMOTE", "dummy://");
        match lang_folder {
            Some(f) => c.env("NIX_PATH", format!("{f}/dir3:{f}/dir4")),
            None => c.env_remove("NIX_PATH"),
        };
        c.stdin(match stdin {
            Some(p) => Stdio::from(std::fs::File::open(p)?),
            None => Stdio::null(),
        });
        let out = c.output()?;
        Ok(Ran {
            status: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        })
    }
}

/// `nixref test [--from-parent] [--quiet] DIR...`: runs every test below the folders in
/// parallel, prints a report per failure and pass counts per kind; exit status 1 if
/// anything failed.
pub fn cli(args: &[String]) -> i32 {
    let mut from_parent = false;
    let mut quiet = false;
    let mut dirs = Vec::new();
    for a in args {
        match a.as_str() {
            "--from-parent" => from_parent = true,
            "--quiet" | "-q" => quiet = true,
            d => dirs.push(std::fs::canonicalize(d).unwrap_or_else(|_| PathBuf::from(d))),
        }
    }
    if dirs.is_empty() {
        eprintln!("usage: nixref test [--from-parent] [--quiet] DIR...");
        return 2;
    }
    let nixref = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("nixref"));
    let runner = Runner {
        nixref,
        from_parent,
    };
    let files: Vec<PathBuf> = dirs.iter().flat_map(|d| discover(d)).collect();
    let results = run_parallel(&runner, &files);
    let mut counts: BTreeMap<Kind, (usize, usize, usize)> = BTreeMap::new();
    for (file, outcome) in &results {
        let kind = Kind::of(file).expect("discovered test files have a kind");
        let c = counts.entry(kind).or_default();
        match outcome {
            Outcome::Pass => c.0 += 1,
            Outcome::Fail(report) => {
                c.1 += 1;
                if !quiet {
                    println!("FAIL {}\n{}\n", file.display(), report.trim_end());
                }
            }
            Outcome::Skip(why) => {
                c.2 += 1;
                if !quiet {
                    println!("SKIP {}: {why}", file.display());
                }
            }
        }
    }
    let (mut p, mut f, mut s) = (0, 0, 0);
    for (kind, (pass, fail, skip)) in &counts {
        println!(
            "{:<45} {pass:>5} passed, {fail:>5} failed, {skip:>4} skipped",
            kind.name()
        );
        p += pass;
        f += fail;
        s += skip;
    }
    println!("{p} passed, {f} failed, {s} skipped");
    if f > 0 { 1 } else { 0 }
}

fn run_parallel(runner: &Runner, files: &[PathBuf]) -> Vec<(PathBuf, Outcome)> {
    let jobs = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(f) = files.get(i) else { break };
                    let o = runner.run(f);
                    results
                        .lock()
                        .expect("no panics while holding the lock")
                        .push((f.clone(), o));
                }
            });
        }
    });
    let mut r = results.into_inner().expect("threads finished");
    r.sort_by(|a, b| a.0.cmp(&b.0));
    r
}
