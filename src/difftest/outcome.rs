//! What an evaluation came to, in a form two evaluators can be compared by: the strict
//! printed value, or the class of the error (with its final message, compared only on
//! request), or a hang, or a crash.
//!
//! nixref's classes are its own [`ErrorKind`]s. Another evaluator only gives text, so a
//! [`Profile`](super::Profile) reads it (C++ Nix's wording by default, see [`classify`]).
//!
//! Two outcomes are compared at a [`Compare`] level: by default, whether each is a value or
//! an error (and which value), then which kind of error. Error messages are compared only
//! on request ([`Compare::Message`]), so two evaluators that fail the same way in different
//! words agree.

use crate::Builder;
use crate::conformance::final_message;
use crate::error::ErrorKind;
use crate::source::Origin;
use std::cell::RefCell;
use std::path::Path;

/// The class of an outcome: what must agree between two evaluators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// A value (printed on standard output).
    Value,
    /// An evaluation error of this kind.
    Error(ErrorKind),
    /// Another evaluator's error that its profile does not classify: an error, of a kind
    /// nobody knows (it never makes a "which error" divergence).
    Unclassified,
    /// Another evaluator says it does not implement what the program uses.
    Unsupported,
    /// Ran past the time limit (or, for nixref, its step budget).
    Timeout,
    /// Died: a signal, an unexpected exit status, a panic.
    Crash,
}

impl Class {
    /// A short stable name (`value`, `throw`, `timeout` …), used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Class::Value => "value",
            Class::Error(k) => k.name(),
            Class::Unclassified => "error",
            Class::Unsupported => "unsupported",
            Class::Timeout => "timeout",
            Class::Crash => "crash",
        }
    }

    /// Whether this is an error the evaluator reported (of any kind).
    pub fn is_error(self) -> bool {
        matches!(
            self,
            Class::Error(_) | Class::Unclassified | Class::Unsupported
        )
    }

    /// Whether two error classes are the same kind of error: `None` when that cannot be
    /// told (one of them is [`Class::Unclassified`]).
    pub fn same_error_kind(self, other: Class) -> Option<bool> {
        use Class::*;
        match (self, other) {
            (Unclassified, _) | (_, Unclassified) => None,
            (a, b) => Some(a == b),
        }
    }
}

/// How closely two outcomes must agree.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Compare {
    /// A value (the same printed value) or an error (of any kind) on both sides.
    Outcome,
    /// Also the same kind of error, where both kinds are known (the default).
    #[default]
    Kind,
    /// Also the same final error message (`--compare-messages`).
    Message,
}

/// What differs between two outcomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Divergence {
    /// A value on one side, an error (or a hang, a crash) on the other.
    Outcome,
    /// Two values, printed differently.
    Value,
    /// Two errors of different kinds.
    Kind,
    /// Two errors of the same kind, worded differently (only with [`Compare::Message`]).
    Message,
}

impl Divergence {
    /// A short stable name, used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Divergence::Outcome => "error vs value",
            Divergence::Value => "value",
            Divergence::Kind => "which error",
            Divergence::Message => "message",
        }
    }
}

/// One evaluator's result for one program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// What kind of result it was.
    pub class: Class,
    /// The printed value (standard output), for [`Class::Value`].
    pub value: Vec<u8>,
    /// The final error message (what `--compare-messages` compares).
    pub message: String,
    /// Everything the evaluator said on standard error, for reports.
    pub text: String,
    /// Other error classes this one may stand for: another evaluator can report two of
    /// nixref's kinds under one code (its profile says so with `also`).
    pub may_be: Vec<Class>,
}

impl Outcome {
    /// A value, printed as these bytes.
    pub fn value(bytes: Vec<u8>) -> Outcome {
        Outcome {
            class: Class::Value,
            value: bytes,
            message: String::new(),
            text: String::new(),
            may_be: Vec::new(),
        }
    }

    /// Anything but a value, with its text (standard error, or why).
    pub fn other(class: Class, text: String) -> Outcome {
        Outcome {
            class,
            value: Vec::new(),
            message: final_message(&text),
            text,
            may_be: Vec::new(),
        }
    }

    /// Whether two outcomes disagree at the [`Compare::Kind`] level (or, with
    /// `messages`, at [`Compare::Message`]).
    pub fn diverges(&self, other: &Outcome, messages: bool) -> bool {
        let level = if messages {
            Compare::Message
        } else {
            Compare::Kind
        };
        self.divergence(other, level).is_some()
    }

    /// What differs between `self` (nixref's outcome) and `other`, at `level`.
    pub fn divergence(&self, other: &Outcome, level: Compare) -> Option<Divergence> {
        let (a, b) = (self.class, other.class);
        if a.is_error() && b.is_error() {
            let differ = |x: Class, y: Class| x.same_error_kind(y) == Some(false);
            if level >= Compare::Kind
                && differ(a, b)
                && self.may_be.iter().all(|&x| differ(x, b))
                && other.may_be.iter().all(|&y| differ(a, y))
            {
                return Some(Divergence::Kind);
            }
            // Current C++ Nix (nixref) adds the values to an impossible comparison, and
            // names syntax error tokens readably, where Nix 2.26 did not
            // (docs/differences.md): not a divergence.
            if level >= Compare::Message
                && !crate::conformance::same_message_across_versions(
                    &crate::conformance::modernise_syntax_error(&other.message),
                    &self.message,
                )
            {
                return Some(Divergence::Message);
            }
            return None;
        }
        if a != b {
            return Some(Divergence::Outcome);
        }
        (a == Class::Value && self.value != other.value).then_some(Divergence::Value)
    }

    /// The outcome with a directory's path replaced by `/pwd` (as Nix's test suite does),
    /// so that outcomes from different folders compare equal.
    pub fn normalised(mut self, dir: &str) -> Outcome {
        if dir.is_empty() {
            return self;
        }
        self.value = replace_bytes(&self.value, dir.as_bytes(), b"/pwd");
        self.text = self.text.replace(dir, "/pwd");
        self.message = self.message.replace(dir, "/pwd");
        self
    }

    /// What the output shows, for reports: the value, or the error text.
    pub fn shown(&self) -> String {
        match self.class {
            Class::Value => String::from_utf8_lossy(&self.value).into_owned(),
            _ => self.text.clone(),
        }
    }
}

/// Evaluates `text` as nixref's `--eval --strict` would evaluate a file `file` holding it
/// (relative paths resolve next to `file`, which need not exist), with no step bound and
/// default options (no search path, no home directory).
pub fn eval_nixref(text: &str, file: &Path) -> Outcome {
    eval_nixref_with(text, file, &Builder::new())
}

/// Like [`eval_nixref`] with settings (set [`Builder::max_steps`] to bound runaway
/// programs: running out is a [`Class::Timeout`]). The builder's sink is not used:
/// nixref's warnings and traces are dropped. A panic is caught and is a [`Class::Crash`].
pub fn eval_nixref_with(text: &str, file: &Path, config: &Builder) -> Outcome {
    LAST_PANIC.with(|p| p.borrow_mut().take());
    QUIET.with(|q| q.set(q.get() + 1));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        evaluate(text, file, config)
    }));
    QUIET.with(|q| q.set(q.get() - 1));
    result.unwrap_or_else(|payload| {
        let msg = LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(|| panic_text(&*payload));
        Outcome::other(Class::Crash, format!("nixref panicked: {msg}\n"))
    })
}

/// Like [`eval_nixref_with`] but a panic is not caught (fuzz targets want it to crash).
/// The text is bytes, as a file is: it need not be UTF-8.
pub fn evaluate(text: impl AsRef<[u8]>, file: &Path, config: &Builder) -> Outcome {
    {
        // Its warnings and traces are not compared, and must not reach the standard
        // error of the process (a host's test harness, the campaign's progress line).
        // Other evaluators are run with `--show-trace` (see `external`): so is nixref here,
        // so that both give their whole traces.
        let traced = config
            .clone()
            .option("show-trace", "true")
            .expect("show-trace is a setting");
        let ev = traced.evaluator_with_sink(std::rc::Rc::new(crate::output::Discard));
        let dir = file.parent().unwrap_or(Path::new("/"));
        let result = ev
            .parse(Origin::File(file.to_path_buf()), text.as_ref(), dir, None)
            .and_then(|e| ev.eval(&e, &ev.root_env(Vec::new())))
            .and_then(|v| ev.force_deep(&v));
        match result {
            Ok(v) => {
                let mut out = crate::print::print_value_bytes(&ev.symbols, &v);
                out.push(b'\n');
                Outcome::value(out)
            }
            Err(e) => {
                let class = match e.kind() {
                    ErrorKind::Budget => Class::Timeout,
                    k => Class::Error(k),
                };
                // As the command writes it: escape sequences removed, tabs expanded.
                let text = crate::builtins::debug::filter_ansi(
                    crate::error::render_error(&ev, &e).as_bytes(),
                );
                Outcome::other(class, String::from_utf8_lossy(&text).into_owned())
            }
        }
    }
}

/// `hay` with every `from` replaced by `to`.
pub fn replace_bytes(hay: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    if from.is_empty() {
        return hay.to_vec();
    }
    let mut out = Vec::with_capacity(hay.len());
    let mut i = 0;
    while i < hay.len() {
        if hay[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(hay[i]);
            i += 1;
        }
    }
    out
}

thread_local! {
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Inside [`eval_nixref_with`]: a panic there is a finding, kept quietly.
    static QUIET: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "(no message)".to_string())
}

/// Makes panics inside [`eval_nixref_with`] quiet: the hook keeps their message and place
/// for the crash report instead of printing it (campaigns evaluate many programs; a panic
/// is a finding). Panics anywhere else go to the hook that was there before. Installed
/// once, however often it is called.
pub fn quiet_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if QUIET.with(|q| q.get()) == 0 {
                return previous(info);
            }
            let place = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()))
                .unwrap_or_default();
            let msg = format!("{}{place}", panic_text(info.payload()));
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(msg));
        }));
    });
}

/// Writes an outcome in the form [`parse_record`] reads: the class name on the first line,
/// then the value or the error text (what `nixref diff --eval-one` prints).
pub fn record(o: &Outcome) -> Vec<u8> {
    let mut out = format!("{}\n", o.class.name()).into_bytes();
    match o.class {
        Class::Value => out.extend_from_slice(&o.value),
        _ => out.extend_from_slice(o.text.as_bytes()),
    }
    out
}

/// Reads an outcome written by [`record`]; `None` if it is not one.
pub fn parse_record(bytes: &[u8]) -> Option<Outcome> {
    let nl = bytes.iter().position(|&b| b == b'\n')?;
    let name = std::str::from_utf8(&bytes[..nl]).ok()?;
    let rest = &bytes[nl + 1..];
    let class = match name {
        "value" => return Some(Outcome::value(rest.to_vec())),
        "timeout" => Class::Timeout,
        n => super::profile::class_named(n)?,
    };
    Some(Outcome::other(
        class,
        String::from_utf8_lossy(rest).into_owned(),
    ))
}

/// Reads another evaluator's result with the C++ Nix profile: exit status 0 is a value
/// (its standard output), 1 an error classified from standard error, anything else (or a
/// signal) a crash. [`Profile::outcome`](super::Profile::outcome) does the same with any
/// profile.
pub fn classify(status: Option<i32>, stdout: &[u8], stderr: &str) -> Outcome {
    CPP.with(|p| p.outcome(status, stdout, stderr))
}

thread_local! {
    static CPP: super::Profile = super::Profile::default();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_read_back() {
        let f = Path::new("/pwd/prog.nix");
        for p in ["[ 1 2 ]", "throw \"x\"", "{}.a", "1 +"] {
            let o = eval_nixref(p, f);
            assert_eq!(parse_record(&record(&o)), Some(o));
        }
    }

    #[test]
    fn nixref_outcomes() {
        let f = Path::new("/pwd/prog.nix");
        assert_eq!(eval_nixref("1 + 1", f).value, b"2\n");
        assert_eq!(
            eval_nixref("throw \"x\"", f).class,
            Class::Error(ErrorKind::Throw)
        );
        let opts = Builder::new().max_steps(1000);
        let o = eval_nixref_with("let f = n: f (n + 1); in f 0", f, &opts);
        assert!(matches!(
            o.class,
            Class::Timeout | Class::Error(ErrorKind::StackOverflow)
        ));
    }

    #[test]
    fn a_long_generated_list_counts_against_the_step_budget() {
        // 71831313 thunks would take gigabytes before any step is counted.
        let f = Path::new("/pwd/prog.nix");
        let opts = Builder::new().max_steps(1_000_000);
        let o = eval_nixref_with(
            "builtins.length (builtins.genList (x: x) 71831313)",
            f,
            &opts,
        );
        assert_eq!(o.class, Class::Timeout);
        let o = eval_nixref_with("builtins.length (builtins.genList (x: x) 1000)", f, &opts);
        assert_eq!(o.value, b"1000\n");
    }
}
