//! `nixref explain`: evaluates a program and prints, step by step, what the evaluator did,
//! in the vocabulary of the semantics reference (docs/semantics).
//!
//! Each step is one event of [`crate::eval::Observer`]: an expression entered (its
//! construct, what it is, where it is), a thunk run (and which evaluation demanded it), a
//! call, a `with` lookup, an error raised (the innermost evaluation that failed) and one
//! `tryEval` caught. Steps are indented by how deeply evaluations are nested and tagged
//! with the VM instructions the reference gives for their construct. The format is
//! nixref's own (there is nothing to compare it with in C++ Nix); tests/explain holds
//! fixtures of it, written by hand.

use crate::error::Error;
use crate::eval::{Callee, EvalOptions, Evaluator, Event, Observer};
use crate::source::{Origin, Pos};
use std::cell::RefCell;
use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;

/// How to explain.
#[derive(Clone, Debug, Default)]
pub struct ExplainOptions {
    /// Print at most this many steps (the evaluation still runs to its end).
    pub max_steps: Option<u64>,
    /// One JSON object per line instead of text.
    pub json: bool,
    /// Force the result deeply, as `--strict` does.
    pub strict: bool,
}

/// What to evaluate.
pub enum Program {
    /// `-E text`, relative paths against this directory.
    Expr(String, PathBuf),
    /// A file (a directory means its `default.nix`).
    File(PathBuf),
}

/// Usage of the subcommand.
const USAGE: &str = "usage: nixref explain [--max-steps N] [--json] [--strict] (-E EXPR | FILE)";

/// `nixref explain ARGS`: the steps on standard output, an error as C++ Nix prints it on
/// standard error. Returns the exit status.
pub fn cli(args: &[String]) -> i32 {
    let (program, options) = match parse_args(args) {
        Ok(p) => p,
        Err(msg) => {
            eprintln!("error: {msg}\n{USAGE}");
            return 1;
        }
    };
    let out = std::io::BufWriter::new(std::io::stdout());
    let (status, message) = explain(&program, &options, Box::new(out));
    if let Some(m) = message {
        eprint!("{m}");
    }
    status
}

fn parse_args(args: &[String]) -> Result<(Program, ExplainOptions), String> {
    let mut options = ExplainOptions::default();
    let mut program = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => options.json = true,
            "--strict" => options.strict = true,
            "--max-steps" => {
                let n = it.next().ok_or("--max-steps needs a number")?;
                let n = n
                    .parse()
                    .map_err(|_| format!("--max-steps needs a number, not '{n}'"))?;
                options.max_steps = Some(n);
            }
            "-E" | "--expr" => {
                let text = it.next().ok_or("-E needs an expression")?;
                let dir = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
                program = Some(Program::Expr(text.clone(), dir));
            }
            "-h" | "--help" => return Err("explain takes these arguments".to_string()),
            f if !f.starts_with('-') => program = Some(Program::File(PathBuf::from(f))),
            other => return Err(format!("unknown argument '{other}'")),
        }
    }
    Ok((program.ok_or("nothing to explain")?, options))
}

/// Explains `program`, writing the steps to `out`. Returns the exit status and, for a
/// failed evaluation, the error as C++ Nix prints it.
pub fn explain(
    program: &Program,
    options: &ExplainOptions,
    out: Box<dyn Write>,
) -> (i32, Option<String>) {
    let steps = Rc::new(RefCell::new(Steps {
        out,
        json: options.json,
        max: options.max_steps,
        shown: 0,
        total: 0,
        stack: Vec::new(),
        error_open: false,
    }));
    let mut ev = Evaluator::new(EvalOptions::default());
    ev.set_observer(Box::new(Recorder(steps.clone())));
    let result = evaluate(&ev, program, options.strict);
    let mut s = steps.borrow_mut();
    let failed = result
        .as_ref()
        .err()
        .map(|e| crate::cli::render_error(&ev, e));
    s.finish(result.as_ref().map(|v| v.as_str()));
    (i32::from(failed.is_some()), failed)
}

/// The program's value, printed as `nix-instantiate --eval` prints it.
fn evaluate(ev: &Evaluator, program: &Program, strict: bool) -> crate::error::Result<String> {
    let v = match program {
        Program::Expr(text, dir) => ev.eval_source(Origin::String, text, dir)?,
        Program::File(path) => ev.eval_file(path)?,
    };
    let v = if strict {
        ev.force_deep(&v)?
    } else {
        ev.force(&v)?
    };
    Ok(crate::print::print_value(&ev.symbols, &v))
}

/// The observer: hands each event to the shared [`Steps`].
struct Recorder(Rc<RefCell<Steps>>);

impl Observer for Recorder {
    fn event(&mut self, ev: &Evaluator, event: Event<'_>) {
        self.0.borrow_mut().event(ev, event);
    }
}

/// One evaluation entered and not yet left.
struct Open {
    construct: &'static str,
    what: String,
    pos: Option<Pos>,
    /// The function it called last, if it is an application.
    calling: Option<String>,
}

/// The steps seen so far and where they go.
struct Steps {
    out: Box<dyn Write>,
    json: bool,
    max: Option<u64>,
    shown: u64,
    total: u64,
    stack: Vec<Open>,
    /// Whether an error is on its way out (so that only where it arose is a step).
    error_open: bool,
}

/// A step as printed.
struct Step {
    event: &'static str,
    construct: Option<&'static str>,
    what: String,
    pos: Option<Pos>,
    /// The semantics entry whose instructions tag the step.
    vm: Vm,
}

/// Where a step's instruction tags come from.
enum Vm {
    None,
    /// The instructions of this entry of the reference.
    Construct(&'static str),
    /// These instructions.
    Names(&'static [&'static str]),
}

impl Steps {
    fn event(&mut self, ev: &Evaluator, event: Event<'_>) {
        match event {
            Event::Enter(e) => {
                let construct = crate::eval::construct_id(e);
                let open = Open {
                    construct,
                    what: crate::eval::describe(ev, e),
                    pos: crate::eval::position(e),
                    calling: None,
                };
                self.step(
                    ev,
                    Step {
                        event: "enter",
                        construct: Some(construct),
                        what: open.what.clone(),
                        pos: open.pos,
                        vm: Vm::Construct(construct),
                    },
                );
                self.error_open = false;
                self.stack.push(open);
            }
            Event::Exit(result) => {
                let open = self.stack.pop();
                match (result, open) {
                    (Err(e), Some(open)) if !self.error_open => {
                        self.error_open = true;
                        self.raise(ev, e, open);
                    }
                    (Ok(_), _) => self.error_open = false,
                    _ => {}
                }
            }
            Event::Force => {
                let by = self.demander(ev);
                self.step(
                    ev,
                    step(
                        "force",
                        format!("thunk, demanded by {by}"),
                        None,
                        Vm::Names(&["Force"]),
                    ),
                );
            }
            Event::Call(callee, pos) => {
                let what = callee_text(ev, &callee);
                if let Some(top) = self.stack.last_mut() {
                    top.calling = Some(what.clone());
                }
                self.step(ev, step("call", what, pos.known(), Vm::Names(&["Call"])));
            }
            Event::WithLookup {
                name,
                scopes,
                found,
                pos,
            } => {
                let name = ev.symbols.text(name);
                let what = match found {
                    Some(i) => format!("'{name}': found in with {} of {scopes}", i + 1),
                    None => format!("'{name}': in none of {scopes} with(s)"),
                };
                self.step(
                    ev,
                    step("with", what, pos.known(), Vm::Construct("with-variable")),
                );
            }
            Event::Catch(e) => {
                let what = format!("by tryEval: {}: {}", e.kind().name(), first_line(e));
                self.step(ev, step("catch", what, None, Vm::None));
            }
        }
    }

    /// The innermost evaluation, as a phrase.
    fn demander(&self, ev: &Evaluator) -> String {
        let Some(o) = self.stack.last() else {
            return "the command".to_string();
        };
        let at = match o.pos {
            Some(p) => format!("{} at {}", o.what, ev.sources.describe(p)),
            None => o.what.clone(),
        };
        match &o.calling {
            Some(f) => format!("{f}, called in {at}"),
            None => at,
        }
    }

    fn raise(&mut self, ev: &Evaluator, e: &Error, open: Open) {
        let what = format!(
            "in {} {}: {}: {}",
            open.construct,
            open.what,
            e.kind().name(),
            first_line(e)
        );
        // The raising evaluation is left already; the step sits at its depth.
        self.stack.push(open);
        self.step(
            ev,
            step("raise", what, e.pos().and_then(Pos::known), Vm::None),
        );
        self.stack.pop();
    }

    fn step(&mut self, ev: &Evaluator, s: Step) {
        self.total += 1;
        if self.max.is_some_and(|m| self.shown >= m) {
            return;
        }
        self.shown += 1;
        let depth = self.stack.len();
        let vm = match s.vm {
            Vm::None => Vec::new(),
            Vm::Construct(id) => instructions(id),
            Vm::Names(names) => names.to_vec(),
        };
        let pos = s.pos.map(|p| ev.sources.describe(p));
        let line = if self.json {
            json_step(self.total, depth, &s, pos.as_deref(), &vm)
        } else {
            text_step(self.total, depth, &s, pos.as_deref(), &vm)
        };
        // A reader that went away (a closed pipe) ends the output, not the evaluation.
        let _ = writeln!(self.out, "{line}");
    }

    fn finish(&mut self, result: Result<&str, &Error>) {
        let hidden = self.total - self.shown;
        let line = if self.json {
            let mut o = String::from("{\"steps\":");
            o.push_str(&self.total.to_string());
            o.push_str(",\"omitted\":");
            o.push_str(&hidden.to_string());
            match result {
                Ok(v) => {
                    o.push_str(",\"value\":");
                    crate::print::json_string(v, &mut o);
                }
                Err(e) => {
                    o.push_str(",\"error\":");
                    crate::print::json_string(e.kind().name(), &mut o);
                    o.push_str(",\"message\":");
                    crate::print::json_string(&first_line(e), &mut o);
                }
            }
            o.push('}');
            o
        } else {
            let mut o = String::new();
            if hidden > 0 {
                o.push_str(&format!("… {hidden} more step(s) not shown\n"));
            }
            match result {
                Ok(v) => o.push_str(&format!("value after {} step(s): {v}", self.total)),
                Err(e) => o.push_str(&format!(
                    "error after {} step(s): {}: {}",
                    self.total,
                    e.kind().name(),
                    first_line(e)
                )),
            }
            o
        };
        let _ = writeln!(self.out, "{line}");
        let _ = self.out.flush();
    }
}

fn step(event: &'static str, what: String, pos: Option<Pos>, vm: Vm) -> Step {
    Step {
        event,
        construct: None,
        what,
        pos,
        vm,
    }
}

/// The VM instructions the reference names for a construct (or a builtin).
fn instructions(id: &str) -> Vec<&'static str> {
    if let Some(c) = crate::semantics::constructs::get(id) {
        let mut v = crate::semantics::vm::mentioned(c.vm);
        v.dedup();
        return v;
    }
    Vec::new()
}

fn callee_text(ev: &Evaluator, c: &Callee<'_>) -> String {
    match c {
        Callee::Lambda(Some(name), _) => format!("function '{}'", ev.symbols.text(*name)),
        Callee::Lambda(None, pos) => match pos.known() {
            Some(p) => format!("anonymous function at {}", ev.sources.describe(p)),
            None => "anonymous function".to_string(),
        },
        Callee::Builtin(name) => format!("builtin '{name}'"),
        Callee::Partial(name) => format!("builtin '{name}' (more arguments to come)"),
        Callee::Functor => "a set's __functor".to_string(),
        Callee::Other => "a value that is not a function".to_string(),
    }
}

fn first_line(e: &Error) -> String {
    e.message().lines().next().unwrap_or("").to_string()
}

fn text_step(n: u64, depth: usize, s: &Step, pos: Option<&str>, vm: &[&str]) -> String {
    let mut line = format!("{n:>5} {}{}", "  ".repeat(depth), s.event);
    if let Some(c) = s.construct {
        line.push(' ');
        line.push_str(c);
    }
    line.push_str(": ");
    line.push_str(&s.what);
    if let Some(p) = pos {
        line.push_str(" at ");
        line.push_str(p);
    }
    if !vm.is_empty() {
        line.push_str("  [");
        line.push_str(&vm.join(" "));
        line.push(']');
    }
    line
}

fn json_step(n: u64, depth: usize, s: &Step, pos: Option<&str>, vm: &[&str]) -> String {
    let mut o = format!("{{\"step\":{n},\"depth\":{depth},\"event\":\"{}\"", s.event);
    if let Some(c) = s.construct {
        o.push_str(",\"construct\":\"");
        o.push_str(c);
        o.push('"');
    }
    o.push_str(",\"what\":");
    crate::print::json_string(&s.what, &mut o);
    o.push_str(",\"pos\":");
    match pos {
        Some(p) => crate::print::json_string(p, &mut o),
        None => o.push_str("null"),
    }
    o.push_str(",\"vm\":[");
    for (i, name) in vm.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        o.push('"');
        o.push_str(name);
        o.push('"');
    }
    o.push_str("]}");
    o
}
