//! The command line: `nix-instantiate --eval` compatible, plus `nixref test`.
//!
//! `nixref [--eval] [--strict] [--json|--xml] [-A path] [--arg n e] [--argstr n s] [-I p]
//! (FILE | -E EXPR | -)...` evaluates like `nix-instantiate --eval`, so a harness can use
//! nixref in its place (e.g. via `NIX_INSTANTIATE_BINARY_PATH`). `nixref test DIR...` runs
//! folders of tests in Nix's own format (see `crate::conformance`).

use crate::error::{Error, ErrorKind, Result};
use crate::eval::{EvalOptions, Evaluator};
use crate::source::Origin;
use crate::value::{Attrs, AttrsBuilder, Symbol, Value};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Native stack for the evaluation thread. Deeper evaluations grow it on the heap (see
/// `eval`), so this only needs to be comfortable, not huge.
const MAIN_STACK: usize = 64 * 1024 * 1024;

/// Runs the command line; returns the exit status.
pub fn main() -> i32 {
    // Arguments that are not UTF-8 are read lossily rather than rejected (no panic).
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    if args.first().map(String::as_str) == Some("test") {
        return crate::conformance::cli(&args[1..]);
    }
    if args.first().map(String::as_str) == Some("diff") {
        return crate::difftest::cli::main(&args[1..]);
    }
    if args.first().map(String::as_str) == Some("semantics") {
        return crate::semantics::cli(&args[1..]);
    }
    let handle = std::thread::Builder::new()
        .stack_size(MAIN_STACK)
        .spawn(move || instantiate(&args))
        .expect("spawning the evaluation thread");
    handle.join().unwrap_or(1)
}

#[derive(Default)]
struct Args {
    strict: bool,
    json: bool,
    xml: bool,
    location: bool,
    parse_only: bool,
    attr_paths: Vec<String>,
    auto_args: Vec<(String, AutoArg)>,
    include: Vec<String>,
    inputs: Vec<Input>,
    trace_verbose: bool,
    max_call_depth: Option<usize>,
    lints: crate::syntax::lints::Lints,
    /// Settings for `EvalOptions::set_setting` (purity, platform, search path), in order.
    settings: Vec<(String, String)>,
}

impl Args {
    /// `--option NAME VALUE` (and its `--NAME VALUE` shorthand): the settings that change
    /// evaluation are honoured, the others accepted and ignored, as nix-instantiate
    /// ignores settings that do not apply.
    fn set_option(&mut self, name: &str, value: &str) -> std::result::Result<(), String> {
        match name {
            "max-call-depth" => {
                let n = value
                    .parse()
                    .map_err(|_| format!("invalid value '{value}' for setting 'max-call-depth'"))?;
                self.max_call_depth = Some(n);
            }
            "trace-verbose" => self.trace_verbose = value == "true",
            _ if name.starts_with("lint-") => {
                let level = crate::syntax::lints::LintLevel::parse(value)
                    .ok_or_else(|| format!("invalid value '{value}' for setting '{name}'"))?;
                if !self.lints.set(name, level) {
                    eprintln!("warning: unknown setting '{name}'");
                }
            }
            _ if crate::eval::setting_kind(name).is_some() => {
                self.settings.push((name.to_string(), value.to_string()));
            }
            // Settings nix-instantiate knows but that do not change evaluation.
            "show-trace"
            | "readonly-mode"
            | "store"
            | "experimental-features"
            | "extra-experimental-features"
            | "allow-import-from-derivation"
            | "restrict-eval-paths" => {}
            _ => eprintln!("warning: unknown setting '{name}'"),
        }
        Ok(())
    }
}

enum AutoArg {
    Expr(String),
    Str(String),
}

enum Input {
    File(String),
    Expr(String),
    Stdin,
}

const USAGE: &str = "usage: nixref [--eval] [--strict] [--json | --xml [--no-location]] [-A ATTRPATH]... \
[--arg NAME EXPR]... [--argstr NAME STRING]... [-I PATH]... [FILE... | -E EXPR... | -]\n       \
nixref test [--from-parent] DIR...\n       nixref semantics [--spec DIR] [--out DIR]";

fn parse_args(argv: &[String]) -> std::result::Result<Args, String> {
    let mut a = Args {
        location: true,
        ..Args::default()
    };
    let mut exprs_mode = false;
    let mut it = argv.iter();
    let need = |it: &mut std::slice::Iter<String>, flag: &str| {
        it.next()
            .cloned()
            .ok_or_else(|| format!("flag '{flag}' requires an argument"))
    };
    let mut positional = Vec::new();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--eval" | "--read-write-mode" | "--show-trace" | "--readonly-mode"
            | "--no-show-trace" => {}
            "--strict" => a.strict = true,
            "--json" => a.json = true,
            "--xml" => a.xml = true,
            "--no-location" => a.location = false,
            "--parse" => a.parse_only = true,
            "--trace-verbose" => a.trace_verbose = true,
            "-E" | "--expr" => exprs_mode = true,
            "-A" | "--attr" => a.attr_paths.push(need(&mut it, arg)?),
            "--arg" => {
                let n = need(&mut it, arg)?;
                a.auto_args
                    .push((n, AutoArg::Expr(need(&mut it, "--arg")?)));
            }
            "--argstr" => {
                let n = need(&mut it, arg)?;
                a.auto_args
                    .push((n, AutoArg::Str(need(&mut it, "--argstr")?)));
            }
            "-I" | "--include" => a.include.push(need(&mut it, arg)?),
            "--option" => {
                let name = need(&mut it, arg)?;
                let value = need(&mut it, "--option")?;
                a.set_option(&name, &value)?;
            }
            "--experimental-features" | "--extra-experimental-features" => {
                let features = need(&mut it, arg)?;
                a.set_option(&arg[2..], &features)?;
            }
            s if s.starts_with("--lint-") => {
                let value = need(&mut it, arg)?;
                a.set_option(&s[2..], &value)?;
            }
            "--max-call-depth" => {
                let value = need(&mut it, arg)?;
                a.set_option("max-call-depth", &value)?;
            }
            "--impure" => a.set_option("pure-eval", "false")?,
            // Ignored: nixref models an empty store and never writes to it.
            "--store" => drop(need(&mut it, arg)?),
            s if s.starts_with("--") && setting_flag(&s[2..]).is_some() => {
                let (name, value) = match setting_flag(&s[2..]) {
                    Some((name, Some(v))) => (name, v.to_string()),
                    Some((name, None)) => (name, need(&mut it, arg)?),
                    None => unreachable!("checked by the guard"),
                };
                a.set_option(name, &value)?;
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            s if s.starts_with("-I") && s.len() > 2 => a.include.push(s[2..].to_string()),
            "-" => positional.push(None),
            s if s.starts_with('-') && s.len() > 1 => {
                return Err(format!("unrecognised flag '{s}'\n{USAGE}"));
            }
            s => positional.push(Some(s.to_string())),
        }
    }
    for p in positional {
        a.inputs.push(match p {
            None => Input::Stdin,
            Some(s) if exprs_mode => Input::Expr(s),
            Some(s) => Input::File(s),
        });
    }
    if a.inputs.is_empty() {
        a.inputs.push(if exprs_mode {
            return Err(USAGE.to_string());
        } else {
            Input::File("default.nix".to_string())
        });
    }
    Ok(a)
}

/// A flag that sets one of the settings `EvalOptions::set_setting` knows: `--name`
/// (`true`) or `--no-name` (`false`) for a Boolean, `--name VALUE` otherwise (`None`: the
/// value follows).
fn setting_flag(flag: &str) -> Option<(&str, Option<&'static str>)> {
    use crate::eval::{SettingKind, setting_kind};
    match setting_kind(flag) {
        Some(SettingKind::Bool) => Some((flag, Some("true"))),
        Some(SettingKind::Value) => Some((flag, None)),
        None => {
            let name = flag.strip_prefix("no-")?;
            (setting_kind(name)? == SettingKind::Bool).then_some((name, Some("false")))
        }
    }
}

fn instantiate(argv: &[String]) -> i32 {
    let args = match parse_args(argv) {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("error: {msg}");
            return 1;
        }
    };
    let mut options = EvalOptions::from_env();
    options.trace_verbose = args.trace_verbose;
    options.lints = args.lints;
    if let Some(n) = args.max_call_depth {
        options.max_call_depth = n;
    }
    for (name, value) in &args.settings {
        options.set_setting(name, value);
    }
    options.build_search_path(&args.include);
    let ev = Evaluator::new(options);
    let mut stdout = std::io::stdout().lock();
    for input in &args.inputs {
        match run_input(&ev, &args, input) {
            Ok(outputs) => {
                for o in outputs {
                    let _ = stdout.write_all(&o);
                }
            }
            Err(e) => {
                let _ = stdout.flush();
                eprint!("{}", render_error(&ev, &e));
                return 1;
            }
        }
    }
    0
}

fn cwd() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"))
}

fn run_input(ev: &Evaluator, args: &Args, input: &Input) -> Result<Vec<Vec<u8>>> {
    let expr = match input {
        Input::Expr(s) => ev.parse(Origin::String, s, &cwd(), None)?,
        Input::Stdin => {
            let mut s = Vec::new();
            std::io::stdin()
                .read_to_end(&mut s)
                .map_err(|e| Error::new(ErrorKind::Io, format!("reading standard input: {e}")))?;
            ev.parse(Origin::Stdin, s, &cwd(), None)?
        }
        Input::File(f) => {
            let p = cwd().join(f);
            let (path, text) = ev.read_source_file(&p)?;
            let path = PathBuf::from(crate::path::canon_path(&path.to_string_lossy()));
            let dir = path.parent().unwrap_or(Path::new("/")).to_path_buf();
            ev.parse(Origin::File(path), text, &dir, None)?
        }
    };
    if args.parse_only {
        return Ok(Vec::new());
    }
    let root = ev.eval(&expr, &ev.root_env(Vec::new()))?;
    let auto = auto_args(ev, args)?;
    let paths = if args.attr_paths.is_empty() {
        vec![String::new()]
    } else {
        args.attr_paths.clone()
    };
    let mut outputs = Vec::new();
    for p in paths {
        let v = if p.is_empty() {
            if auto.is_empty() {
                root.clone()
            } else {
                auto_call(ev, &auto, &root)?
            }
        } else {
            select_attr_path(ev, &auto, &root, &p)?
        };
        outputs.push(render(ev, args, &v)?);
    }
    Ok(outputs)
}

fn render(ev: &Evaluator, args: &Args, v: &Value) -> Result<Vec<u8>> {
    let v = ev.force(v)?;
    let mut out = if args.xml {
        crate::print::to_xml(ev, &v, args.strict, args.location)?.into_bytes()
    } else if args.json {
        let mut ctx = Default::default();
        crate::print::to_json(ev, &v, &mut ctx)?.into_bytes()
    } else {
        let v = if args.strict { ev.force_deep(&v)? } else { v };
        crate::print::print_value_bytes(&ev.symbols, &v)
    };
    if !args.xml {
        out.push(b'\n');
    }
    Ok(out)
}

fn auto_args(ev: &Evaluator, args: &Args) -> Result<Attrs> {
    let mut m = AttrsBuilder::new();
    for (name, a) in &args.auto_args {
        let v = match a {
            AutoArg::Str(s) => Value::string(s.as_str()),
            AutoArg::Expr(e) => {
                let expr = ev.parse(Origin::String, e, &cwd(), None)?;
                Value::suspended(Rc::new(expr), ev.root_env(Vec::new()))
            }
        };
        m.insert(ev.sym(name), v);
    }
    Ok(m.finish())
}

const AUTO_CALL_HINT: &str =
    "       Nix attempted to evaluate a function as a top level expression; in
       this case it must have its arguments supplied either by default
       values, or passed explicitly with '--arg' or '--argstr'. See
       https://nixos.org/manual/nix/stable/language/constructs.html#functions.";

/// C++ Nix's `autoCallFunction`: a function with formals is called with the `--arg`s it
/// names (its defaults fill the rest); anything else is returned as it is.
fn auto_call(ev: &Evaluator, auto: &Attrs, v: &Value) -> Result<Value> {
    let v = ev.force(v)?;
    if let Value::Attrs(a) = &v
        && let Some(f) = a.get(Symbol::FUNCTOR)
    {
        let f = ev.force(f)?;
        let inner = ev.call(&f, v.clone(), dummy_pos())?;
        return auto_call(ev, auto, &inner);
    }
    let Value::Lambda(c) = &v else { return Ok(v) };
    let crate::syntax::expr::Param::Formals { formals, .. } = &c.def.param else {
        return Ok(v);
    };
    let mut m = AttrsBuilder::new();
    for f in formals.iter() {
        match auto.get(f.name) {
            Some(x) => {
                m.insert(f.name, x.clone());
            }
            None if f.default.is_some() => {}
            None => {
                return Err(Error::at(
                    ErrorKind::Type,
                    format!(
                        "cannot evaluate a function that has an argument without a value ('{}')\n{AUTO_CALL_HINT}",
                        ev.symbols.text(f.name)
                    ),
                    f.pos,
                ));
            }
        }
    }
    let r = ev.call(&v, Value::Attrs(m.finish()), dummy_pos())?;
    ev.force(&r)
}

fn dummy_pos() -> crate::source::Pos {
    crate::source::Pos::NONE
}

/// `-A a.b.0.c`: each step auto-calls, then selects a name or a list index.
fn select_attr_path(ev: &Evaluator, auto: &Attrs, root: &Value, path: &str) -> Result<Value> {
    let mut v = root.clone();
    for part in split_attr_path(path) {
        let cur = auto_call(ev, auto, &v)?;
        v = match (&cur, part.parse::<usize>()) {
            (Value::List(l), Ok(i)) => l.get(i).cloned().ok_or_else(|| {
                Error::type_error(format!(
                    "list index {i} in selection path '{path}' is out of range"
                ))
            })?,
            (Value::Attrs(a), _) => a.get(ev.sym(&part)).cloned().ok_or_else(|| {
                Error::new(
                    ErrorKind::MissingAttr,
                    format!("attribute '{part}' in selection path '{path}' not found"),
                )
            })?,
            (other, _) => {
                return Err(Error::type_error(format!(
                    "the expression selected by the selection path '{path}' should be a set but is {}",
                    other.type_phrase()
                )));
            }
        };
    }
    auto_call(ev, auto, &v)
}

/// Splits `a."b.c".d` into its names.
fn split_attr_path(p: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in p.chars() {
        match c {
            '"' => quoted = !quoted,
            '.' if !quoted => out.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// A message's lines after the first, indented to the column where the first one starts
/// (C++ Nix indents every line of an error or a frame, leaving empty lines empty).
fn indent_lines(msg: &str) -> String {
    msg.split('\n')
        .enumerate()
        .map(|(i, line)| match (i, line.is_empty()) {
            (0, _) | (_, true) => line.to_string(),
            _ => format!("       {line}"),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// An error as C++ Nix prints it: context frames (innermost last), then the message and
/// its position.
pub fn render_error(ev: &Evaluator, e: &Error) -> String {
    if Evaluator::is_reported_bare(e) {
        // C++ Nix's stack-overflow handler and its allocation failure print only this line.
        return format!("error: {}\n", e.message());
    }
    let mut s = String::from("error:");
    let trace = e.trace();
    if trace.is_empty() {
        s.push(' ');
    } else {
        s.push('\n');
        let frames: Vec<_> = trace
            .iter()
            .rev()
            .filter(|(_, ctx)| !ctx.is_empty())
            .collect();
        let mut i = 0;
        while i < frames.len() {
            // C++ Nix skips frames with an empty message (builtins pass one to defer to a
            // frame of their own) and folds runs of a repeated pair of frames.
            let (pos, ctx) = frames[i];
            s.push_str(&format!("       … {}\n", indent_lines(ctx)));
            if let Some(p) = pos {
                s.push_str(&format!("         at {}:\n", ev.sources.describe(*p)));
                s.push_str(&ev.sources.excerpt(*p, "       "));
            }
            s.push('\n');
            let repeats = frames[i + 1..]
                .iter()
                .take_while(|f| *f == &frames[i])
                .count();
            if repeats > 0 {
                s.push_str(&format!("       ({repeats} duplicate frames omitted)\n\n"));
            }
            i += 1 + repeats;
        }
        s.push_str("       error: ");
    }
    s.push_str(&indent_lines(e.message()));
    s.push('\n');
    if let Some(p) = e.pos() {
        s.push_str(&format!("       at {}:\n", ev.sources.describe(p)));
        s.push_str(&ev.sources.excerpt(p, "       "));
    }
    if e.is_usage() {
        s.push_str("Try 'nix-instantiate --help' for more information.\n");
    }
    s
}
