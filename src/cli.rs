//! The command line: `nix-instantiate --eval` compatible, plus `nixref test`.
//!
//! `nixref [--eval] [--strict] [--json|--xml] [-A path] [--arg n e] [--argstr n s] [-I p]
//! (FILE | -E EXPR | -)...` evaluates like `nix-instantiate --eval`, so a harness can use
//! nixref in its place (e.g. via `NIX_INSTANTIATE_BINARY_PATH`). `nixref test DIR...` runs
//! folders of tests in Nix's own format (see `crate::conformance`).

/// Errors are rendered by `crate::error` (kept reachable here for callers of old).
pub use crate::error::render_error;
use crate::error::{Error, ErrorKind, Result};
use crate::eval::{EvalOptions, Evaluator};
use crate::source::Origin;
use crate::value::{Attrs, AttrsBuilder, Symbol, Value};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;

mod settings;

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
    if args.first().map(String::as_str) == Some("explain") {
        let rest = args[1..].to_vec();
        return std::thread::Builder::new()
            .stack_size(MAIN_STACK)
            .spawn(move || crate::explain::cli(&rest))
            .expect("spawning the evaluation thread")
            .join()
            .unwrap_or(1);
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

/// What `nix-instantiate` prints for each value (`--raw`, `--xml`, `--json`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum OutputKind {
    #[default]
    Plain,
    Raw,
    Xml,
    Json,
}

#[derive(Default)]
struct Args {
    /// `--eval` (`--parse` implies it); without it, derivations are instantiated.
    eval_only: bool,
    parse_only: bool,
    find_file: bool,
    read_write: bool,
    /// `--readonly-mode`, `--dry-run`.
    readonly: bool,
    output: OutputKind,
    strict: bool,
    location: bool,
    attr_paths: Vec<String>,
    auto_args: Vec<(String, AutoArg)>,
    include: Vec<String>,
    /// Positional arguments: files, or expressions with `-E`.
    files: Vec<String>,
    from_args: bool,
    read_stdin: bool,
    add_root: Option<String>,
    gc_warning: bool,
    /// `--store`, `--option store`, or `NIX_REMOTE`.
    store: Option<String>,
    trace_verbose: bool,
    /// `--show-trace`: the whole trace, with the frames only it adds (function calls).
    show_trace: bool,
    max_call_depth: Option<usize>,
    abort_on_warn: bool,
    lints: crate::syntax::lints::Lints,
    /// Enabled experimental features.
    features: std::collections::BTreeSet<String>,
    /// Settings for `EvalOptions::set_setting` (purity, platform, search path), in order.
    settings: Vec<(String, String)>,
}

/// How `--option` (a warning) and a setting's own flag (an error) report a bad value.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Via {
    Option,
    Flag,
    Config,
}

impl Args {
    /// Sets a C++ Nix setting (see `settings`): the settings that change evaluation are
    /// honoured, the others checked and ignored, as nix-instantiate ignores the
    /// settings that do not apply to evaluation. A bad value is a warning with
    /// `--option` and an error (the message to print) with the setting's own flag.
    fn set_option(&mut self, name: &str, value: &str, via: Via) -> std::result::Result<(), String> {
        let Some((setting, extra)) = settings::lookup(name) else {
            if name.starts_with("lint-") || name.starts_with("extra-lint-") {
                // Current C++ Nix's lint settings (newer than 2.26).
                let level = crate::syntax::lints::LintLevel::parse(value)
                    .ok_or_else(|| format!("invalid value '{value}' for setting '{name}'"))?;
                if self.lints.set(name, level) {
                    return Ok(());
                }
            }
            if via == Via::Flag {
                return Err(usage(format!("unrecognised flag '--{name}'")));
            }
            eprintln!("warning: unknown setting '{name}'");
            return Ok(());
        };
        if let Some(feature) = setting.feature
            && !self.features.contains(feature)
        {
            let msg = format!(
                "experimental Nix feature '{feature}' is disabled; add '--extra-experimental-features {feature}' to enable it"
            );
            if via == Via::Flag {
                return Err(msg);
            }
            eprintln!(
                "warning: Ignoring setting '{}' because experimental feature '{feature}' is not enabled",
                setting.name
            );
            return Ok(());
        }
        if let Err(msg) = settings::check_value(setting, setting.name, value) {
            if via == Via::Flag {
                return Err(usage(msg));
            }
            eprintln!("warning: error: {msg}");
            return Ok(());
        }
        let truth = settings::parse_bool(value).unwrap_or(false);
        match setting.name {
            "max-call-depth" => {
                self.max_call_depth = Some(value.trim().parse().unwrap_or(usize::MAX));
            }
            "trace-verbose" => self.trace_verbose = truth,
            "show-trace" => self.show_trace = truth,
            "abort-on-warn" => self.abort_on_warn = truth,
            "store" => self.store = Some(value.to_string()),
            "experimental-features" => {
                if !extra {
                    self.features.clear();
                }
                for f in value.split_whitespace() {
                    if !settings::FEATURES.contains(&f) {
                        eprintln!("warning: unknown experimental feature '{f}'");
                    }
                    self.features.insert(f.to_string());
                }
            }
            n if crate::eval::setting_kind(n).is_some() => {
                let n = if extra {
                    format!("extra-{n}")
                } else {
                    n.to_string()
                };
                self.settings.push((n, value.to_string()));
            }
            _ => {}
        }
        Ok(())
    }
}

enum AutoArg {
    Expr(String),
    Str(String),
    File(String),
    Stdin,
}

const USAGE: &str = "\
Usage: nix-instantiate [OPTIONS...] [FILES...]

Evaluates Nix expressions (nixref, a reference interpreter that stands in for C++ Nix's
nix-instantiate) and, without --eval, instantiates the derivations they evaluate to.

  --eval, --eval-only         evaluate and print the result instead of instantiating
  --parse                     parse and print the expression (C++ Nix's format)
  --strict                    evaluate the result completely
  --raw | --json | --xml      output format (with --eval); --no-location for --xml
  --read-write-mode           write what evaluation creates to the store
  -E, --expr                  the arguments are expressions, not files
  -                           read an expression from standard input
  -A, --attr PATH             select an attribute of the result
  --arg NAME EXPR, --argstr NAME STRING, --arg-from-file NAME PATH,
  --arg-from-stdin NAME       arguments for a function the result is
  -I, --include PATH          add to the search path (<name>)
  --find-file NAME...         print where <NAME> is found in the search path
  --add-root PATH             register the .drv as a garbage collector root
  --store URL                 the Nix store to use ('local', a path, 'dummy://')
  --option NAME VALUE, --NAME VALUE, --no-NAME
                              set a Nix setting
  --impure, --readonly-mode, --dry-run, --show-trace, --version, --help
  Accepted and ignored as C++ Nix ignores them when evaluating: -v, --verbose, --quiet,
  --debug, --log-format FMT, -Q, -j/--max-jobs N, --cores N, --timeout N,
  --max-silent-time N, -k, -K, --fallback, --repair, --indirect, --no-gc-warning,
  --eval-store URL

Other commands: nixref test [--from-parent] DIR..., nixref diff ..., nixref semantics
";

/// What parsing the command line asks for.
enum Parsed {
    Run(Box<Args>),
    /// `--help` or `--version`: print this and exit 0.
    Print(String),
}

/// C++ Nix's expansion of compound short options: `-vvv` is `-v -v -v`, `-j3` is
/// `-j 3`, `-I/x` is `-I /x` (up to `--`).
fn expand_short_options(argv: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut dash_dash = false;
    for arg in argv {
        let b = arg.as_bytes();
        if !dash_dash && b.len() > 2 && b[0] == b'-' && b[1] != b'-' && b[1].is_ascii_alphabetic() {
            out.push(format!("-{}", b[1] as char));
            for (j, &c) in b.iter().enumerate().skip(2) {
                if c.is_ascii_alphabetic() {
                    out.push(format!("-{}", c as char));
                } else {
                    out.push(arg[j..].to_string());
                    break;
                }
            }
            continue;
        }
        if arg == "--" {
            dash_dash = true;
        }
        out.push(arg.clone());
    }
    out
}

/// `flag '--arg' requires 2 argument(s), but only 1 were given`.
fn take_args(
    argv: &[String],
    i: &mut usize,
    flag: &str,
    n: usize,
) -> std::result::Result<Vec<String>, String> {
    let avail = argv.len() - *i - 1;
    if avail < n {
        return Err(format!(
            "flag '{flag}' requires {n} argument(s), but only {avail} were given"
        ));
    }
    let v = argv[*i + 1..*i + 1 + n].to_vec();
    *i += n;
    Ok(v)
}

/// A usage error: C++ Nix adds a line pointing to `--help`.
fn usage(msg: String) -> String {
    format!("{msg}\nTry 'nix-instantiate --help' for more information.")
}

fn parse_args(argv: &[String]) -> std::result::Result<Parsed, String> {
    let mut a = Args {
        location: true,
        gc_warning: true,
        store: std::env::var("NIX_REMOTE").ok().filter(|s| !s.is_empty()),
        ..Args::default()
    };
    if let Ok(c) = std::env::var("NIX_CONFIG") {
        for line in c.lines() {
            let line = line.split('#').next().unwrap_or("");
            if let Some((name, value)) = line.split_once('=') {
                let _ = a.set_option(name.trim(), value.trim(), Via::Config);
            }
        }
    }
    let argv = expand_short_options(argv);
    let mut i = 0;
    let mut dash_dash = false;
    while i < argv.len() {
        let arg = argv[i].as_str();
        if dash_dash || arg == "-" || !arg.starts_with('-') || arg.is_empty() {
            match arg {
                "-" if !dash_dash => a.read_stdin = true,
                s if s.starts_with('-') && !s.is_empty() && s != "-" => {
                    return Err(usage(format!("unexpected argument '{s}'")));
                }
                s => a.files.push(s.to_string()),
            }
            i += 1;
            continue;
        }
        let one = |i: &mut usize, flag: &str| take_args(&argv, i, flag, 1).map(|v| v[0].clone());
        match arg {
            "--" => dash_dash = true,
            "--help" => return Ok(Parsed::Print(USAGE.to_string())),
            "--version" => {
                return Ok(Parsed::Print(format!(
                    "nix-instantiate (Nix) {} (nixref {})\n",
                    crate::NIX_VERSION,
                    env!("CARGO_PKG_VERSION")
                )));
            }
            "--eval" | "--eval-only" => a.eval_only = true,
            "--parse" | "--parse-only" => {
                a.parse_only = true;
                a.eval_only = true;
            }
            "--find-file" => a.find_file = true,
            "--read-write-mode" => a.read_write = true,
            "--readonly-mode" | "--dry-run" => a.readonly = true,
            "--raw" => a.output = OutputKind::Raw,
            "--xml" => a.output = OutputKind::Xml,
            "--json" => a.output = OutputKind::Json,
            "--no-location" => a.location = false,
            "--strict" => a.strict = true,
            "-E" | "--expr" => a.from_args = true,
            "-A" | "--attr" | "--add-root" => {
                let Some(v) = argv.get(i + 1) else {
                    return Err(usage(format!("'{arg}' requires an argument")));
                };
                if arg == "--add-root" {
                    a.add_root = Some(v.clone());
                } else {
                    a.attr_paths.push(v.clone());
                }
                i += 1;
            }
            "--arg" | "--argstr" => {
                let v = take_args(&argv, &mut i, arg, 2).map_err(usage)?;
                let value = if arg == "--arg" {
                    AutoArg::Expr(v[1].clone())
                } else {
                    AutoArg::Str(v[1].clone())
                };
                a.auto_args.push((v[0].clone(), value));
            }
            "--arg-from-file" => {
                let v = take_args(&argv, &mut i, arg, 2).map_err(usage)?;
                a.auto_args
                    .push((v[0].clone(), AutoArg::File(v[1].clone())));
            }
            "--arg-from-stdin" => {
                let name = one(&mut i, arg).map_err(usage)?;
                a.auto_args.push((name, AutoArg::Stdin));
            }
            "-I" | "--include" => {
                let v = one(&mut i, arg).map_err(usage)?;
                a.include.push(v);
            }
            "--impure" => a.set_option("pure-eval", "false", Via::Flag)?,
            "--option" => {
                let v = take_args(&argv, &mut i, arg, 2).map_err(usage)?;
                a.set_option(&v[0], &v[1], Via::Option)?;
            }
            "--store" => a.store = Some(one(&mut i, arg).map_err(usage)?),
            "--eval-store" => {
                // The evaluation store is the store itself in nixref; the URL must
                // still name a store.
                let url = one(&mut i, arg).map_err(usage)?;
                crate::store::real::choose(
                    Some(&url),
                    &crate::store::real::Env::from_process(),
                    &crate::output::Stderr,
                )
                .or_else(|e| match e {
                    crate::store::real::StoreError::Unsupported(_) => {
                        Ok(crate::store::real::Choice::Modelled)
                    }
                    e => Err(String::from(e)),
                })?;
            }
            // Logging and building: nothing to do when evaluating.
            "-v" | "--verbose" | "--quiet" | "--debug" | "-Q" | "--no-build-output" | "-K"
            | "--keep-failed" | "-k" | "--keep-going" | "--fallback" | "--repair"
            | "--indirect" => {}
            "--no-gc-warning" => a.gc_warning = false,
            "--log-format" => {
                let f = one(&mut i, arg).map_err(usage)?;
                if !matches!(
                    f.as_str(),
                    "raw" | "raw-with-logs" | "internal-json" | "bar" | "bar-with-logs"
                ) {
                    return Err(format!("option 'log-format' has an invalid value '{f}'"));
                }
            }
            "-j" | "--max-jobs" => {
                let v = one(&mut i, arg).map_err(usage)?;
                a.set_option("max-jobs", &v, Via::Flag)?;
            }
            "--cores" | "--timeout" | "--max-silent-time" => {
                let v = one(&mut i, arg).map_err(usage)?;
                settings::int_with_unit(&v).map_err(usage)?;
            }
            "--override-flake" => {
                if !a.features.contains("flakes") {
                    return Err("experimental Nix feature 'flakes' is disabled; add '--extra-experimental-features flakes' to enable it".to_string());
                }
                take_args(&argv, &mut i, arg, 2).map_err(usage)?;
            }
            s if s.starts_with("--") => {
                let name = &s[2..];
                match settings::lookup(name) {
                    Some((setting, extra)) => {
                        let value = match setting.ty {
                            settings::Type::Bool | settings::Type::Sandbox if !extra => {
                                "true".to_string()
                            }
                            _ => one(&mut i, arg).map_err(usage)?,
                        };
                        a.set_option(name, &value, Via::Flag)?;
                    }
                    None => match name.strip_prefix("no-").and_then(settings::lookup) {
                        Some((setting, false))
                            if matches!(
                                setting.ty,
                                settings::Type::Bool | settings::Type::Sandbox
                            ) =>
                        {
                            a.set_option(&name[3..], "false", Via::Flag)
                                .map_err(usage)?;
                        }
                        _ if name.starts_with("lint-") => {
                            let v = one(&mut i, arg).map_err(usage)?;
                            a.set_option(name, &v, Via::Option)?;
                        }
                        _ => return Err(usage(format!("unrecognised flag '{s}'"))),
                    },
                }
            }
            s => return Err(usage(format!("unrecognised flag '{s}'"))),
        }
        i += 1;
    }
    Ok(Parsed::Run(Box::new(a)))
}

/// The store nix-instantiate would use: the one named (`--store`, `NIX_REMOTE`), or,
/// when something is to be written (`--read-write-mode`, instantiation), C++ Nix's
/// automatic choice; otherwise the modelled store.
fn open_store(
    args: &Args,
    read_only: bool,
) -> std::result::Result<crate::store::real::Handle, String> {
    use crate::store::real::{Choice, Env, Handle, choose};
    let env = Env::from_process();
    let choice = match &args.store {
        Some(uri) => choose(Some(uri), &env, &crate::output::Stderr)?,
        None if !read_only => choose(None, &env, &crate::output::Stderr)?,
        None => Choice::Modelled,
    };
    Handle::open(choice, read_only)
}

fn instantiate(argv: &[String]) -> i32 {
    let args = match parse_args(argv) {
        Ok(Parsed::Run(a)) => a,
        Ok(Parsed::Print(text)) => {
            print!("{text}");
            return 0;
        }
        Err(msg) => {
            eprintln!("error: {msg}");
            return 1;
        }
    };
    let read_only = args.readonly || (args.eval_only && !args.read_write);
    let store = match open_store(&args, read_only) {
        Ok(s) => s,
        Err(msg) => {
            eprintln!("error: {msg}");
            return 1;
        }
    };
    let mut options = EvalOptions::from_env();
    options.trace_verbose = args.trace_verbose;
    options.show_trace = args.show_trace;
    options.lints = args.lints;
    options.abort_on_warn = args.abort_on_warn;
    options.pipe_operators = args.features.contains("pipe-operators");
    if let Some(local) = store.local() {
        options.store_dir = local.config().store_dir.clone();
    }
    options.store = store;
    if let Some(n) = args.max_call_depth {
        options.max_call_depth = n;
    }
    for (name, value) in &args.settings {
        options.set_setting(name, value);
    }
    options.build_search_path(&args.include);
    let ev = Evaluator::new(options);
    if args.find_file {
        return find_files(&ev, &args);
    }
    let mut stdout = std::io::stdout().lock();
    let mut inputs = Vec::new();
    if args.read_stdin {
        inputs.push(Input::Stdin);
    } else if args.files.is_empty() && !args.from_args {
        inputs.push(Input::File("./default.nix".to_string()));
    }
    for f in &args.files {
        inputs.push(if args.from_args {
            Input::Expr(f.clone())
        } else {
            Input::File(f.clone())
        });
    }
    let mut root_nr = 0;
    // The command ends when the evaluation does: its values and the evaluator are never
    // freed, as freeing them all would only cost time (a tenth of a large evaluation's).
    let mut keep = Vec::new();
    for input in &inputs {
        match run_input(&ev, &args, input, &mut root_nr, &mut keep) {
            Ok(outputs) => {
                for o in outputs {
                    let _ = stdout.write_all(&o);
                }
                let _ = stdout.flush();
            }
            Err(e) => {
                let _ = stdout.flush();
                // As C++ Nix's logger: escape sequences (colours a Nix program put in its
                // messages) are removed and tabs expanded.
                let text = crate::builtins::debug::filter_ansi(render_error(&ev, &e).as_bytes());
                let _ = std::io::stderr().lock().write_all(&text);
                leave(keep, ev);
                return 1;
            }
        }
    }
    leave(keep, ev);
    0
}

/// Ends the command's evaluation: the files it made are removed, its memory is left for
/// the process's exit to give back (freeing a large heap value by value only costs time).
fn leave(keep: Vec<Value>, ev: Evaluator) {
    ev.remove_temporary_files();
    std::mem::forget((keep, ev));
}

/// `--find-file NAME...`: where each `<NAME>` is in the search path.
fn find_files(ev: &Evaluator, args: &Args) -> i32 {
    let mut stdout = std::io::stdout().lock();
    for name in &args.files {
        match find_in_search_path(ev, name) {
            Ok(p) => {
                let _ = writeln!(stdout, "{p}");
            }
            Err(e) => {
                let _ = stdout.flush();
                eprintln!("error: {}", e.message());
                return 1;
            }
        }
    }
    0
}

/// `<name>` looked up in the search path, as the path it names.
fn find_in_search_path(ev: &Evaluator, name: &str) -> Result<String> {
    let find = ev.eval_source(Origin::String, "builtins.findFile builtins.nixPath", &cwd())?;
    let v = ev.call_value(&find, [Value::string(name)], dummy_pos())?;
    match ev.force(&v)? {
        Value::Path(p) => Ok(p.to_string()),
        other => Ok(
            String::from_utf8_lossy(&crate::print::print_value_bytes(&ev.symbols, &other))
                .into_owned(),
        ),
    }
}

enum Input {
    File(String),
    Expr(String),
    Stdin,
}

fn cwd() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"))
}

fn run_input(
    ev: &Evaluator,
    args: &Args,
    input: &Input,
    root_nr: &mut usize,
    keep: &mut Vec<Value>,
) -> Result<Vec<Vec<u8>>> {
    let (expr, text, base_dir) = match input {
        Input::Expr(s) => (
            ev.parse(Origin::String, s, &cwd(), None)?,
            s.clone().into_bytes(),
            cwd(),
        ),
        Input::Stdin => {
            let mut s = Vec::new();
            std::io::stdin()
                .read_to_end(&mut s)
                .map_err(|e| Error::new(ErrorKind::Io, format!("reading standard input: {e}")))?;
            (ev.parse(Origin::Stdin, &s[..], &cwd(), None)?, s, cwd())
        }
        Input::File(f) => {
            // `<name>` is looked up in the search path, as C++ Nix's `lookupFileArg` does.
            let p = match f.strip_prefix('<').and_then(|r| r.strip_suffix('>')) {
                Some(name) => PathBuf::from(find_in_search_path(ev, name)?),
                None => cwd().join(f),
            };
            let (path, text) = ev.read_source_file(&p)?;
            let path = PathBuf::from(crate::path::canon_path(&path.to_string_lossy()));
            let dir = path.parent().unwrap_or(Path::new("/")).to_path_buf();
            (
                ev.parse(Origin::File(path), &text[..], &dir, None)?,
                text,
                dir,
            )
        }
    };
    if args.parse_only {
        let mut out = crate::syntax::show_parsed(&text, &base_dir.to_string_lossy()).into_bytes();
        out.push(b'\n');
        return Ok(vec![out]);
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
            root.clone()
        } else {
            select_attr_path(ev, &auto, &root, &p)?
        };
        if !args.eval_only {
            outputs.push(instantiate_value(ev, args, &auto, &v, root_nr)?);
            continue;
        }
        let v = if auto.is_empty() {
            ev.force(&v)?
        } else {
            auto_call(ev, &auto, &v)?
        };
        outputs.push(render(ev, args, &v)?);
        keep.push(v);
    }
    keep.push(root);
    Ok(outputs)
}

fn render(ev: &Evaluator, args: &Args, v: &Value) -> Result<Vec<u8>> {
    let v = ev.force(v)?;
    let mut out = match args.output {
        OutputKind::Xml => {
            return Ok(crate::print::to_xml(ev, &v, args.strict, args.location)?.into_bytes());
        }
        OutputKind::Raw => {
            // No newline after a raw string, as in C++ Nix.
            let s = ev.coerce_to_nix_string(
                &v,
                crate::eval::CoerceMode::INTERPOLATE,
                "while generating the nix-instantiate output",
            )?;
            return Ok(s.as_bytes().to_vec());
        }
        OutputKind::Json => {
            let mut ctx = Default::default();
            crate::print::to_json_output(ev, &v, args.strict, &mut ctx)?.into_bytes()
        }
        OutputKind::Plain => {
            let v = if args.strict { ev.force_deep(&v)? } else { v };
            crate::print::print_value_bytes(&ev.symbols, &v)
        }
    };
    out.push(b'\n');
    Ok(out)
}

/// Without `--eval`: the derivations `v` evaluates to (C++ Nix's `getDerivations`), each
/// written to the store and printed as its `.drv` path (with `!output` for an output
/// other than `out`), or as the garbage collector root `--add-root` made for it.
fn instantiate_value(
    ev: &Evaluator,
    args: &Args,
    auto: &Attrs,
    v: &Value,
    root_nr: &mut usize,
) -> Result<Vec<u8>> {
    let mut drvs = Vec::new();
    let v = auto_call(ev, auto, v)?;
    collect_derivations(ev, auto, &v, true, &mut drvs)?;
    let mut out = Vec::new();
    for attrs in drvs {
        let drv_path = match attrs.get(Symbol::DRV_PATH) {
            Some(p) => ev
                .force_string(
                    p,
                    "while evaluating the 'drvPath' attribute of a derivation",
                )?
                .to_str_lossy()
                .into_owned(),
            None => return Err(Error::type_error("derivation lacks a 'drvPath' attribute")),
        };
        let output = match attrs.get(Symbol::OUTPUT_NAME) {
            Some(o) => ev
                .force_string(o, "while evaluating the output name of a derivation")?
                .to_str_lossy()
                .into_owned(),
            None => String::new(),
        };
        if output.is_empty() {
            return Err(Error::type_error(format!(
                "derivation '{drv_path}' lacks an 'outputName' attribute"
            )));
        }
        let shown = match &args.add_root {
            None => {
                if args.gc_warning {
                    gc_warning();
                }
                drv_path.clone()
            }
            Some(root) => {
                *root_nr += 1;
                let mut name = crate::eval::absolute_path(root);
                if *root_nr > 1 {
                    name = format!("{name}-{root_nr}");
                }
                add_perm_root(ev, &drv_path, &name)?;
                name
            }
        };
        let suffix = if output == "out" {
            String::new()
        } else {
            format!("!{output}")
        };
        out.extend_from_slice(format!("{shown}{suffix}\n").as_bytes());
    }
    Ok(out)
}

/// C++ Nix's warning when a `.drv` is printed without a GC root, once per run.
fn gc_warning() {
    static WARNED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if !WARNED.swap(true, std::sync::atomic::Ordering::Relaxed) {
        eprintln!(
            "warning: you did not specify '--add-root'; the result might be removed by the garbage collector"
        );
    }
}

/// `--add-root`: a symbolic link `name` to the `.drv`, registered as a GC root of a
/// local store (`<state dir>/gcroots/auto/<hash of name>`), as C++ Nix's `addPermRoot`.
fn add_perm_root(ev: &Evaluator, drv_path: &str, name: &str) -> Result<()> {
    let io =
        |e: std::io::Error| Error::new(ErrorKind::Io, format!("creating GC root '{name}': {e}"));
    if let Ok(md) = std::fs::symlink_metadata(name) {
        if !md.file_type().is_symlink() {
            return Err(Error::new(
                ErrorKind::Io,
                format!("cannot create symlink '{name}'; already exists"),
            ));
        }
        std::fs::remove_file(name).map_err(io)?;
    }
    std::os::unix::fs::symlink(drv_path, name).map_err(io)?;
    if let Some(local) = ev.options.store.local() {
        let auto = local.config().state_dir.join("gcroots").join("auto");
        std::fs::create_dir_all(&auto).map_err(io)?;
        let digest = crate::store::sha256(name.as_bytes());
        let hash = crate::store::nix32_encode(&crate::store::compress_hash(&digest, 20));
        let link = auto.join(hash);
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(name, &link).map_err(io)?;
    }
    Ok(())
}

/// Whether a name is one `getDerivations` looks at (`[A-Za-z_][A-Za-z0-9-_+]*`).
fn is_derivation_attr_name(n: &[u8]) -> bool {
    n.first()
        .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
        && n.iter()
            .all(|c| c.is_ascii_alphanumeric() || b"-_+".contains(c))
}

/// C++ Nix's `getDerivations`: a derivation; the derivations among a set's attributes
/// (sorted by name), recursing into sets with `recurseForDerivations = true`; a list's
/// derivations; anything else (at the top) is an error.
fn collect_derivations(
    ev: &Evaluator,
    auto: &Attrs,
    v: &Value,
    top: bool,
    out: &mut Vec<crate::value::Attrs>,
) -> Result<()> {
    let v = auto_call(ev, auto, v)?;
    match &v {
        Value::Attrs(a) if ev.is_derivation(a)? => {
            out.push(a.clone());
        }
        Value::Attrs(a) => {
            for e in ev.symbols.by_name(a) {
                if !is_derivation_attr_name(ev.symbols.name(e.name)) {
                    continue;
                }
                let x = ev.force(&e.value)?;
                match &x {
                    Value::Attrs(s) if ev.is_derivation(s)? => out.push(s.clone()),
                    Value::Attrs(s) => {
                        if let Some(r) = s.get(Symbol::RECURSE_FOR_DERIVATIONS)
                            && ev.force_bool(
                                r,
                                "while evaluating the attribute `recurseForDerivations`",
                            )?
                        {
                            collect_derivations(ev, auto, &x, false, out)?;
                        }
                    }
                    _ => {}
                }
            }
        }
        Value::List(l) => {
            for x in l.iter() {
                let x = ev.force(x)?;
                match &x {
                    Value::Attrs(s) if ev.is_derivation(s)? => out.push(s.clone()),
                    _ => collect_derivations(ev, auto, &x, false, out)?,
                }
            }
        }
        _ if top => {
            return Err(Error::type_error(
                "expression does not evaluate to a derivation (or a set or list of those)",
            ));
        }
        _ => {
            return Err(Error::type_error(
                "expression does not evaluate to a derivation (or a set or list of those)",
            ));
        }
    }
    Ok(())
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
            AutoArg::File(f) => {
                let bytes = std::fs::read(f).map_err(|e| {
                    let msg = crate::store::local::os_message(&e);
                    Error::new(ErrorKind::Io, format!("opening file '{f}': {msg}"))
                })?;
                Value::String(crate::value::NixString::new(bytes, Default::default()))
            }
            AutoArg::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin().read_to_end(&mut bytes).map_err(|e| {
                    Error::new(ErrorKind::Io, format!("reading standard input: {e}"))
                })?;
                Value::String(crate::value::NixString::new(bytes, Default::default()))
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
