//! What an evaluation came to, in a form two evaluators can be compared by: the strict
//! printed value, or the class of the error (with its final message, compared only on
//! request), or a hang, or a crash.
//!
//! nixref's classes are its own [`ErrorKind`]s. Another evaluator only gives text, so
//! [`classify`] reads C++ Nix's wording to find the same classes: the final `error:`
//! message and the innermost `… while ...` frame (a `throw`'s message is the program's own
//! text; C++ Nix marks it with the frame "while calling the 'throw' builtin").

use crate::conformance::final_message;
use crate::error::ErrorKind;
use crate::eval::{EvalOptions, Evaluator};
use crate::source::Origin;
use std::cell::RefCell;
use std::path::Path;

/// The class of an outcome: what must agree between two evaluators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    Value,
    Error(ErrorKind),
    /// Ran past the time limit (or, for nixref, its step budget).
    Timeout,
    /// Died: a signal, an unexpected exit status, a panic.
    Crash,
}

impl Class {
    pub fn name(self) -> &'static str {
        match self {
            Class::Value => "value",
            Class::Error(k) => k.name(),
            Class::Timeout => "timeout",
            Class::Crash => "crash",
        }
    }
}

/// One evaluator's result for one program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub class: Class,
    /// The printed value (standard output), for [`Class::Value`].
    pub value: Vec<u8>,
    /// The final error message (what `--compare-messages` compares).
    pub message: String,
    /// Everything the evaluator said on standard error, for reports.
    pub text: String,
}

impl Outcome {
    pub fn value(bytes: Vec<u8>) -> Outcome {
        Outcome {
            class: Class::Value,
            value: bytes,
            message: String::new(),
            text: String::new(),
        }
    }

    pub fn other(class: Class, text: String) -> Outcome {
        Outcome {
            class,
            value: Vec::new(),
            message: final_message(&text),
            text,
        }
    }

    /// Whether two outcomes disagree: different classes, different values, or (with
    /// `messages`) different final error messages.
    pub fn diverges(&self, other: &Outcome, messages: bool) -> bool {
        self.compared_class() != other.compared_class()
            || (self.class == Class::Value && self.value != other.value)
            || (messages && matches!(self.class, Class::Error(_)) && self.message != other.message)
    }

    /// The class as compared: C++ Nix words a name no scope binds and a failed lookup
    /// through `with` alike ("undefined variable"), so the two count as one class (nixref
    /// tells them apart: a static error, or a type error at run time).
    pub fn compared_class(&self) -> Class {
        match self.class {
            Class::Error(ErrorKind::Type) if self.message.starts_with("undefined variable '") => {
                Class::Error(ErrorKind::Parse)
            }
            c => c,
        }
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
    eval_nixref_with(text, file, EvalOptions::default())
}

/// Like [`eval_nixref`] with options (set `max_steps` to bound runaway programs: running
/// out is a [`Class::Timeout`]). A panic is caught and is a [`Class::Crash`].
pub fn eval_nixref_with(text: &str, file: &Path, options: EvalOptions) -> Outcome {
    LAST_PANIC.with(|p| p.borrow_mut().take());
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        evaluate(text, file, options)
    }))
    .unwrap_or_else(|payload| {
        let msg = LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(|| panic_text(&*payload));
        Outcome::other(Class::Crash, format!("nixref panicked: {msg}\n"))
    })
}

/// Like [`eval_nixref_with`] but a panic is not caught (fuzz targets want it to crash).
/// The text is bytes, as a file is: it need not be UTF-8.
pub fn evaluate(text: impl AsRef<[u8]>, file: &Path, options: EvalOptions) -> Outcome {
    {
        let ev = Evaluator::new(options);
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
                Outcome::other(class, crate::cli::render_error(&ev, &e))
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
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "(no message)".to_string())
}

/// Replaces the panic hook with one that keeps the message and place for the crash
/// report instead of printing it (campaigns evaluate many programs; a panic is a finding).
pub fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let msg = format!("{}{place}", panic_text(info.payload()));
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(msg));
    }));
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
        "crash" => Class::Crash,
        n => Class::Error(kind_named(n)?),
    };
    Some(Outcome::other(
        class,
        String::from_utf8_lossy(rest).into_owned(),
    ))
}

/// The error kind with this [`ErrorKind::name`].
fn kind_named(name: &str) -> Option<ErrorKind> {
    [
        ErrorKind::Throw,
        ErrorKind::AssertFail,
        ErrorKind::Abort,
        ErrorKind::Type,
        ErrorKind::MissingAttr,
        ErrorKind::InfiniteRecursion,
        ErrorKind::StackOverflow,
        ErrorKind::Arithmetic,
        ErrorKind::Parse,
        ErrorKind::Io,
        ErrorKind::Budget,
    ]
    .into_iter()
    .find(|k| k.name() == name)
}

/// Reads another evaluator's result: exit status 0 is a value (its standard output),
/// 1 an error classified from standard error, anything else (or a signal) a crash.
pub fn classify(status: Option<i32>, stdout: &[u8], stderr: &str) -> Outcome {
    match status {
        Some(0) => Outcome {
            text: stderr.to_string(),
            ..Outcome::value(stdout.to_vec())
        },
        Some(1) => Outcome::other(Class::Error(error_kind_of_text(stderr)), stderr.to_string()),
        Some(n) => Outcome::other(Class::Crash, format!("exit status {n}\n{stderr}")),
        None => Outcome::other(Class::Crash, format!("killed by a signal\n{stderr}")),
    }
}

/// Messages of C++ Nix's parser and of its static checks (before evaluation).
const PARSE: &[&str] = &[
    "syntax error",
    "invalid integer",
    "invalid float",
    "dynamic attributes not allowed",
    "duplicate formal function argument",
    "expression is nested too deeply",
    "path has a trailing slash",
    "experimental Nix feature 'pipe-operators'",
    "contains a NUL byte",
    "memory exhausted",
    "undefined variable",
];

/// Failures to read the file system.
const IO: &[&str] = &[
    "does not exist",
    "No such file or directory",
    "Is a directory",
    "Permission denied",
    "has an unsupported type",
    "' is not valid",
];

/// Explanations C++ Nix gives for a failed `assert a == b` (an assertion error; only
/// those assertions explain themselves this way, and the frame naming the assertion may
/// be cut from a long trace).
const ASSERT_EQUAL: &[&str] = &[
    "is not equal to",
    "differs from attribute set",
    "is contained in '",
    "is missing in '",
    "distinct functions and immediate comparisons",
];

/// The error class of an error text in C++ Nix's wording.
pub fn error_kind_of_text(stderr: &str) -> ErrorKind {
    let msg = final_message(stderr);
    let frame = innermost_frame(stderr);
    let has = |s: &str| msg.contains(s);
    if PARSE.iter().any(|p| msg.starts_with(p))
        || (msg.starts_with("attribute '") && has("' already defined at "))
    {
        ErrorKind::Parse
    } else if has("infinite recursion encountered") {
        ErrorKind::InfiniteRecursion
    } else if has("stack overflow") || has("max-call-depth exceeded") {
        ErrorKind::StackOverflow
    } else if msg.starts_with("evaluation aborted with the following error message") {
        ErrorKind::Abort
    } else if (msg.starts_with("assertion '") && msg.ends_with("' failed"))
        || ASSERT_EQUAL.iter().any(|p| has(p))
    {
        ErrorKind::AssertFail
    } else if msg == "division by zero" || msg.starts_with("integer overflow in") {
        ErrorKind::Arithmetic
    } else if (msg.starts_with("attribute '") && msg.ends_with("' missing"))
        || (has("in selection path") && has("not found"))
    {
        ErrorKind::MissingAttr
    } else if IO.iter().any(|p| has(p)) {
        ErrorKind::Io
    } else if frame.as_deref() == Some("while calling the 'throw' builtin")
        || has("was not found in the Nix search path")
    {
        ErrorKind::Throw
    } else {
        ErrorKind::Type
    }
}

/// The last `… frame` line before the final `error:` line.
fn innermost_frame(stderr: &str) -> Option<String> {
    let mut frame = None;
    for line in stderr.lines() {
        let t = line.trim_start();
        if let Some(f) = t.strip_prefix("… ") {
            frame = Some(f.trim_end().to_string());
        } else if t.starts_with("error: ") && line.starts_with(' ') {
            break;
        }
    }
    frame
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_cpp_wording() {
        let throw = "error:\n       … while calling the 'throw' builtin\n         at «string»:1:1:\n\n       error: x\n";
        assert_eq!(error_kind_of_text(throw), ErrorKind::Throw);
        assert_eq!(
            error_kind_of_text("error: attribute 'a' missing\n       at x:1:1:\n"),
            ErrorKind::MissingAttr
        );
        assert_eq!(
            error_kind_of_text("error: integer overflow in adding 1 + 2\n"),
            ErrorKind::Arithmetic
        );
        assert_eq!(
            error_kind_of_text("error: cannot coerce an integer to a string: 1\n"),
            ErrorKind::Type
        );
    }

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
        let opts = EvalOptions {
            max_steps: Some(1000),
            ..EvalOptions::default()
        };
        let o = eval_nixref_with("let f = n: f (n + 1); in f 0", f, opts);
        assert!(matches!(
            o.class,
            Class::Timeout | Class::Error(ErrorKind::StackOverflow)
        ));
    }
}
