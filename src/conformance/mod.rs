//! The conformance runner: folders of tests in the format of Nix's own language suite
//! (`tests/functional/lang`), run through the `nixref` binary exactly as Nix's `lang.sh`
//! runs `nix-instantiate`.
//!
//! - `eval-okay-NAME.nix`: `--eval --strict` must succeed and print `NAME.exp` (or, when
//!   `NAME.exp.xml` exists, `--eval --xml --no-location --strict` must print it); extra
//!   flags come from `NAME.flags`; `NAME.exp-disabled` skips the case.
//! - `eval-fail-NAME.nix`: `--eval --strict --show-trace` (or `NAME.flags`) must fail
//!   with exit status 1, and its whole standard error must be `NAME.err.exp` (trace
//!   frames, message, positions, excerpts), as `lang.sh` compares it; `NAME.postprocess`
//!   rewrites the output first, as there.
//! - `parse-fail-NAME.nix`: `--parse -` on the file must fail, with the same stderr.
//! - `parse-okay-NAME.nix`: `--parse -` must succeed and print the expression as C++
//!   Nix does, the text of `NAME.exp`.
//!
//! Output is compared after replacing the working directory with `/pwd`, as `lang.sh`
//! does, and renaming Nix 2.26's bison token names in expected syntax errors
//! ([`modernise_syntax_error`]); nothing else is normalised. By default a test runs in its own folder; with `from_parent` (automatic for a
//! folder named `lang`, Nix's layout) it runs from the folder's parent with
//! `NIX_PATH=lang/dir3:lang/dir4`. nixref's own `spec-tests/printing-lazy` folder is
//! evaluated without `--strict` and `printing-json` with `--json`.

mod report;

pub use report::cli;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The kinds of test file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// `eval-okay-NAME.nix`: evaluates to `NAME.exp`.
    EvalOkay,
    /// `eval-fail-NAME.nix`: fails, with `NAME.err.exp` on standard error.
    EvalFail,
    /// `parse-fail-NAME.nix`: does not parse.
    ParseFail,
    /// `parse-okay-NAME.nix`: parses.
    ParseOkay,
}

impl Kind {
    /// The file name prefix (`eval-okay` …).
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
    /// The evaluator did what the expectation says.
    Pass,
    /// A report: what was expected, what the evaluator did, and a diff.
    Fail(String),
    /// Not run, and why (a known failure, a missing expectation …).
    Skip(String),
}

/// How a test failed, for conformance reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Failure {
    /// A value, but not the expected one.
    WrongValue,
    /// An error where a value (or a successful parse) was expected.
    ErrorNotValue,
    /// A value (or a successful parse) where an error was expected.
    ValueNotError,
    /// An error of another kind than the expected one.
    OtherKind,
    /// An error of the expected kind with another message (compared for nixref, and for
    /// another evaluator with `--compare message`).
    OtherMessage,
    /// A crash: a signal, an unexpected exit status.
    Crash,
    /// No result within the time limit.
    Timeout,
    /// The evaluator could not be run, or a listed known failure now passes.
    Other,
}

impl Failure {
    /// Every kind of failure, in report order.
    pub const ALL: [Failure; 8] = [
        Failure::WrongValue,
        Failure::ErrorNotValue,
        Failure::ValueNotError,
        Failure::OtherKind,
        Failure::OtherMessage,
        Failure::Crash,
        Failure::Timeout,
        Failure::Other,
    ];

    /// A short stable name, used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Failure::WrongValue => "wrong value",
            Failure::ErrorNotValue => "error instead of value",
            Failure::ValueNotError => "value instead of error",
            Failure::OtherKind => "other error kind",
            Failure::OtherMessage => "other message",
            Failure::Crash => "crash",
            Failure::Timeout => "timeout",
            Failure::Other => "other",
        }
    }

    /// A short name, for JSON.
    pub fn id(self) -> &'static str {
        match self {
            Failure::WrongValue => "wrong-value",
            Failure::ErrorNotValue => "error-not-value",
            Failure::ValueNotError => "value-not-error",
            Failure::OtherKind => "other-kind",
            Failure::OtherMessage => "other-message",
            Failure::Crash => "crash",
            Failure::Timeout => "timeout",
            Failure::Other => "other",
        }
    }
}

/// An outcome with, for a failure, how it failed.
#[derive(Debug)]
pub struct Verdict {
    /// Pass, fail or skip.
    pub outcome: Outcome,
    /// For a failure, how it failed.
    pub failure: Option<Failure>,
}

impl Verdict {
    fn pass() -> Verdict {
        Verdict {
            outcome: Outcome::Pass,
            failure: None,
        }
    }

    fn fail(f: Failure, report: String) -> Verdict {
        Verdict {
            outcome: Outcome::Fail(report),
            failure: Some(f),
        }
    }

    fn skip(why: impl Into<String>) -> Verdict {
        Verdict {
            outcome: Outcome::Skip(why.into()),
            failure: None,
        }
    }
}

/// Another evaluator to run the tests with (`nixref test --against CMD`): any command
/// taking `nix-instantiate`'s flags, its output read by a classification profile.
#[derive(Clone, Debug)]
pub struct Against {
    /// A shell command; the test's flags and file follow it.
    pub command: String,
    /// How the other evaluator's output is read.
    pub profile: std::sync::Arc<crate::difftest::Profile>,
    /// How closely an expected error must be matched: by default an error of the same
    /// kind ([`Compare::Kind`](crate::difftest::Compare::Kind)); with `Message`, the same
    /// final message, as for nixref.
    pub compare: crate::difftest::Compare,
    /// The time limit of one test.
    pub timeout: std::time::Duration,
}

/// How to run tests.
#[derive(Clone, Debug)]
pub struct Runner {
    /// The `nixref` binary.
    pub nixref: PathBuf,
    /// Run from the test folder's parent (Nix's layout).
    pub from_parent: bool,
    /// Run the tests with another evaluator instead of nixref.
    pub against: Option<Against>,
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
    // A usage error names the command as it was run (C++ Nix's `argv[0]`); its name is
    // not part of the message.
    let help = |l: &str| {
        if l.starts_with("Try '") && l.ends_with(" --help' for more information.") {
            "Try 'nix-instantiate --help' for more information.".to_string()
        } else {
            l.to_string()
        }
    };
    let mut msg = std::iter::once(first.to_string())
        .chain(rest.map(|l| help(l)))
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

/// A whole recorded standard error with [`modernise_syntax_error`] applied to its
/// `error: syntax error, …` lines: the only change made to an expectation besides the
/// working directory (`/pwd`), so every other byte of C++ Nix's output is compared.
pub fn modernise_stderr(stderr: &str) -> String {
    let mut out = String::with_capacity(stderr.len());
    for line in stderr.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let indent = body.len() - body.trim_start().len();
        match body[indent..].strip_prefix("error: ") {
            Some(msg) if msg.starts_with("syntax error, ") => {
                out.push_str(&body[..indent]);
                out.push_str("error: ");
                out.push_str(&modernise_syntax_error(msg));
                out.push_str(&line[body.len()..]);
            }
            _ => out.push_str(line),
        }
    }
    out
}

/// A test's `NAME.postprocess` script, run as Nix's `lang.sh` runs it: with bash, on a file
/// `BASE.err` holding the output, which it may rewrite (Nix's `eval-fail-derivation-name`
/// replaces line numbers of its `derivation.nix`). Without a script, the output unchanged.
fn postprocess(nix: &Path, stderr: String) -> String {
    let script = sibling(nix, "postprocess");
    if !script.exists() {
        return stderr;
    }
    let run = || -> std::io::Result<String> {
        let dir = tempfile::tempdir()?;
        let base = dir.path().join("case");
        let err = dir.path().join("case.err");
        std::fs::write(&err, &stderr)?;
        let status = Command::new("bash").arg(&script).arg(&base).status()?;
        if !status.success() {
            return Err(std::io::Error::other(format!(
                "{} failed",
                script.display()
            )));
        }
        Ok(String::from_utf8_lossy(&std::fs::read(&err)?).into_owned())
    };
    run().unwrap_or_else(|e| format!("{stderr}\n(postprocess: {e})\n"))
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

/// Whether a whole standard error is the expected one: equal, or equal but for the
/// `error:` lines that [`same_message_across_versions`] allows (current C++ Nix's values
/// of an impossible comparison, which Nix 2.26 did not print).
pub fn same_stderr_across_versions(expected: &str, got: &str) -> bool {
    if expected == got {
        return true;
    }
    let (e, g): (Vec<&str>, Vec<&str>) =
        (expected.split('\n').collect(), got.split('\n').collect());
    e.len() == g.len()
        && e.iter().zip(&g).all(|(e, g)| {
            e == g
                || match (
                    e.trim_start().strip_prefix("error: "),
                    g.trim_start().strip_prefix("error: "),
                ) {
                    (Some(em), Some(gm)) => same_message_across_versions(em, gm),
                    _ => false,
                }
        })
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
    timed_out: bool,
}

/// One test, ready to run: where, with which arguments and input.
struct Case {
    kind: Kind,
    cwd: PathBuf,
    args: Vec<String>,
    stdin: Option<PathBuf>,
    /// The folder's name when the test runs from its parent (Nix's layout).
    lang_folder: Option<String>,
}

impl Runner {
    /// A runner of tests with the `nixref` binary `nixref`.
    pub fn new(nixref: PathBuf) -> Runner {
        Runner {
            nixref,
            from_parent: false,
            against: None,
        }
    }

    /// Runs one test file. A test listed in a `known-failures.txt` of its folder or an
    /// enclosing one is reported as skipped, with the reason given there, while it fails,
    /// and as a failure once it passes (so the list cannot go stale).
    pub fn run(&self, nix: &Path) -> Outcome {
        self.verdict(nix).outcome
    }

    /// Like [`run`](Runner::run), with how the test failed. With [`Runner::against`] the
    /// known-failures lists (nixref's) do not apply.
    pub fn verdict(&self, nix: &Path) -> Verdict {
        if self.against.is_some() {
            return self.run_case(nix);
        }
        let known = known_failure(nix);
        let v = self.run_case(nix);
        match (&v.outcome, known) {
            (Outcome::Fail(_), Some(why)) => Verdict::skip(format!("known failure: {why}")),
            (Outcome::Pass, Some(_)) => Verdict::fail(
                Failure::Other,
                "listed in known-failures.txt but passes: remove it from the list".into(),
            ),
            _ => v,
        }
    }

    fn case(&self, nix: &Path) -> Result<Case, Verdict> {
        let Some(kind) = Kind::of(nix) else {
            return Err(Verdict::skip("not a test file"));
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
                        return Err(Verdict::skip("disabled (.exp-disabled)"));
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
        Ok(Case {
            kind,
            cwd,
            args,
            stdin,
            lang_folder: from_parent.then_some(folder),
        })
    }

    fn run_case(&self, nix: &Path) -> Verdict {
        let case = match self.case(nix) {
            Ok(c) => c,
            Err(v) => return v,
        };
        let kind = case.kind;
        let who = match &self.against {
            Some(a) => a.command.clone(),
            None => "nixref".to_string(),
        };
        let ran = match self.exec(&case) {
            Ok(r) => r,
            Err(e) => return Verdict::fail(Failure::Other, format!("could not run {who}: {e}")),
        };
        let cwd_s = case.cwd.to_string_lossy().into_owned();
        let norm = |s: &str| s.replace(&cwd_s, "/pwd");
        let cmd = format!("(in {}) {who} {}", case.cwd.display(), case.args.join(" "));
        if ran.timed_out {
            return Verdict::fail(Failure::Timeout, format!("{cmd}\nno result in time"));
        }
        let error_status = match &self.against {
            Some(a) => a.profile.error_status.clone(),
            None => vec![1],
        };
        let failed = ran.status.is_some_and(|s| error_status.contains(&s));
        if ran.status != Some(0) && !failed {
            return Verdict::fail(
                Failure::Crash,
                format!(
                    "{cmd}\nexit status {:?}\nstdout:\n{}stderr:\n{}",
                    ran.status, ran.stdout, ran.stderr
                ),
            );
        }
        match kind {
            Kind::EvalOkay => {
                let exp_path = if sibling(nix, "exp.xml").exists() {
                    sibling(nix, "exp.xml")
                } else {
                    sibling(nix, "exp")
                };
                let Some(expected) = read(&exp_path) else {
                    return Verdict::skip(format!("no {}", exp_path.display()));
                };
                if failed {
                    return Verdict::fail(
                        Failure::ErrorNotValue,
                        format!(
                            "{cmd}\nexpected success, got exit status {:?}\nstderr:\n{}",
                            ran.status, ran.stderr
                        ),
                    );
                }
                let mut got = norm(&ran.stdout);
                let mut expected = expected;
                if let Some(a) = &self.against {
                    let n = |s: &str| {
                        String::from_utf8_lossy(&a.profile.normalised_value(s.as_bytes()))
                            .into_owned()
                    };
                    got = n(&got);
                    expected = n(&expected);
                }
                if got != expected {
                    return Verdict::fail(
                        Failure::WrongValue,
                        format!(
                            "{cmd}\noutput differs from {} (-expected +got):\n{}",
                            exp_path.display(),
                            diff(&expected, &got)
                        ),
                    );
                }
                if self.against.is_none()
                    && let Some(exp_err) = read(&sibling(nix, "err.exp"))
                {
                    let got_err = norm(&ran.stderr);
                    if got_err != exp_err {
                        return Verdict::fail(
                            Failure::OtherMessage,
                            format!(
                                "{cmd}\nstderr differs (-expected +nixref):\n{}",
                                diff(&exp_err, &got_err)
                            ),
                        );
                    }
                }
                Verdict::pass()
            }
            Kind::ParseOkay => {
                if failed {
                    return Verdict::fail(
                        Failure::ErrorNotValue,
                        format!("{cmd}\nexpected to parse, got:\n{}", ran.stderr),
                    );
                }
                // The expression as C++ Nix's `--parse` prints it (nixref's own runs only:
                // other evaluators' adapters need not print a tree).
                match read(&sibling(nix, "exp")) {
                    Some(expected) if self.against.is_none() && norm(&ran.stdout) != expected => {
                        Verdict::fail(
                            Failure::WrongValue,
                            format!(
                                "{cmd}\nparsed expression differs (-expected +nixref):\n{}",
                                diff(&expected, &norm(&ran.stdout))
                            ),
                        )
                    }
                    _ => Verdict::pass(),
                }
            }
            Kind::EvalFail | Kind::ParseFail => {
                if !failed {
                    return Verdict::fail(
                        Failure::ValueNotError,
                        format!(
                            "{cmd}\nexpected an error, got exit status {:?}\nstdout:\n{}stderr:\n{}",
                            ran.status, ran.stdout, ran.stderr
                        ),
                    );
                }
                let Some(expected) = read(&sibling(nix, "err.exp")) else {
                    return Verdict::pass();
                };
                let stderr = postprocess(nix, norm(&ran.stderr));
                match &self.against {
                    Some(a) if a.compare < crate::difftest::Compare::Message => {
                        self.judge_kind(kind, &expected, &stderr, a, &cmd)
                    }
                    Some(a) => {
                        // Another evaluator's traces are its own: its final message is
                        // what `--compare message` holds it to.
                        let want = modernise_syntax_error(&final_message(&expected));
                        let got = a.profile.message_of(&stderr);
                        if same_message_across_versions(&want, &got) {
                            return Verdict::pass();
                        }
                        Verdict::fail(
                            Failure::OtherMessage,
                            format!(
                                "{cmd}\nerror message differs:\n  expected: {want}\n  got:      {got}\nfull expected stderr:\n{expected}\nfull stderr:\n{stderr}",
                            ),
                        )
                    }
                    None => {
                        // nixref is held to C++ Nix's whole standard error, as lang.sh
                        // holds C++ Nix: trace, message, positions and excerpts.
                        let want = modernise_stderr(&expected);
                        if same_stderr_across_versions(&want, &stderr) {
                            return Verdict::pass();
                        }
                        Verdict::fail(
                            Failure::OtherMessage,
                            format!(
                                "{cmd}\nstderr differs from {} (-expected +nixref):\n{}",
                                sibling(nix, "err.exp").display(),
                                diff(&want, &stderr)
                            ),
                        )
                    }
                }
            }
        }
    }

    /// An expected error matched by kind: the expectation (C++ Nix's text) read by the
    /// C++ Nix profile, the other evaluator's by its own.
    fn judge_kind(
        &self,
        kind: Kind,
        expected: &str,
        stderr: &str,
        a: &Against,
        cmd: &str,
    ) -> Verdict {
        use crate::difftest::Class;
        let want = match kind {
            Kind::ParseFail => Class::Error(crate::error::ErrorKind::Parse),
            _ => CPP_PROFILE.with(|p| p.class_of(expected)),
        };
        let got = a.profile.class_of(stderr);
        let also = a.profile.also_of(stderr);
        // Nix's own `parse-fail` cases include names no scope binds.
        let same = got.same_error_kind(want).unwrap_or(true)
            || also.iter().any(|c| c.same_error_kind(want) == Some(true))
            || (kind == Kind::ParseFail
                && got == Class::Error(crate::error::ErrorKind::UndefinedVariable));
        if same {
            return Verdict::pass();
        }
        Verdict::fail(
            Failure::OtherKind,
            format!(
                "{cmd}\nexpected an error of kind {}, got {}\nexpected stderr:\n{expected}\nstderr:\n{stderr}",
                want.name(),
                got.name()
            ),
        )
    }

    fn exec(&self, case: &Case) -> std::io::Result<Ran> {
        let nix_path = case
            .lang_folder
            .as_ref()
            .map(|f| format!("{f}/dir3:{f}/dir4"));
        if let Some(a) = &self.against {
            let scratch = tempfile::tempdir()?;
            let env = [
                ("HOME", Some("/fake-home")),
                ("TEST_VAR", Some("foo")),
                ("NIX_STORE_DIR", Some("/nix/store")),
                ("NIX_REMOTE", Some("dummy://")),
                ("NIX_PATH", nix_path.as_deref()),
            ];
            let r = crate::difftest::run(&crate::difftest::Run {
                command: &a.command,
                args: &case.args,
                cwd: &case.cwd,
                timeout: a.timeout,
                scratch: scratch.path(),
                env: &env,
                stdin: case.stdin.as_deref(),
            })?;
            return Ok(Ran {
                status: r.status,
                stdout: String::from_utf8_lossy(&r.stdout).into_owned(),
                stderr: r.stderr,
                timed_out: r.timed_out,
            });
        }
        let mut c = Command::new(&self.nixref);
        c.args(&case.args).current_dir(&case.cwd);
        c.env("HOME", "/fake-home")
            .env("TEST_VAR", "foo")
            .env("NIX_STORE_DIR", "/nix/store")
            .env("NIX_REMOTE", "dummy://");
        match nix_path {
            Some(p) => c.env("NIX_PATH", p),
            None => c.env_remove("NIX_PATH"),
        };
        c.stdin(match &case.stdin {
            Some(p) => Stdio::from(std::fs::File::open(p)?),
            None => Stdio::null(),
        });
        let out = c.output()?;
        Ok(Ran {
            status: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            timed_out: false,
        })
    }
}

thread_local! {
    static CPP_PROFILE: crate::difftest::Profile = crate::difftest::Profile::default();
}
