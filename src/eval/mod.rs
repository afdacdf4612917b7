//! The evaluator: walks the lowered expression tree with environments of slots.
//!
//! `eval` returns a value in weak head normal form; `lazy` makes the value for a lazy
//! position (C++ Nix's `maybeThunk`: literals and variables are used as they are, anything
//! else becomes a thunk); `force` runs a thunk, memoising the result and black-holing the
//! thunk while it runs so that a thunk that needs itself is `infinite recursion
//! encountered`. Each construct's code carries a note naming its entry of the semantics
//! reference (`crate::semantics::constructs`), which gives the bytecode VM's instructions for it.

mod access;
mod attrs;
mod call;
mod coerce;
mod exprs;
mod limits;
pub(crate) use limits::{
    CONCAT_LEVEL_COST, DEEP_FORCE_LEVEL_COST, JSON_LEVEL_COST, XML_ATTR_LEVEL_COST, XML_LEVEL_COST,
};
mod observe;
mod ops;
mod settings;

pub use crate::value::Env;
pub use access::{Resolved, absolute_path};
pub use coerce::CoerceMode;
pub use observe::{Callee, Event, Observer, construct_id, describe, position};
pub use ops::Arith;
pub use settings::setting_kind;

use crate::builtins::Globals;
use crate::error::{Error, ErrorKind, FrameText, Result};
use crate::io::{FileSystem, RealFs};
use crate::output::{MessageKind, Sink};
use crate::source::{Origin, Pos, SourceMap};
use crate::syntax::expr::Expr;
use crate::value::{Attrs, Symbol, SymbolTable, Thunk, ThunkState, Value, cycles};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// One entry of the search path (`-I`, `NIX_PATH`): `prefix=path` or a bare `path`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchPathEntry {
    pub prefix: String,
    pub path: String,
}

impl SearchPathEntry {
    /// Parses `prefix=path` or `path`.
    pub fn parse(s: &str) -> SearchPathEntry {
        match s.split_once('=') {
            Some((p, path)) => SearchPathEntry {
                prefix: p.to_string(),
                path: path.to_string(),
            },
            None => SearchPathEntry {
                prefix: String::new(),
                path: s.to_string(),
            },
        }
    }
}

/// What an evaluation may do and see.
#[derive(Clone, Debug)]
pub struct EvalOptions {
    /// C++ Nix's `max-call-depth` (default 10000).
    pub max_call_depth: usize,
    /// `-I` entries followed by `NIX_PATH`'s.
    pub search_path: Vec<SearchPathEntry>,
    /// The `nix-path` setting (`NIX_PATH`'s entries); see `build_search_path`.
    pub nix_path: Vec<String>,
    /// `$HOME`, for `~/` paths.
    pub home: Option<String>,
    /// The store directory (`NIX_STORE_DIR`, default `/nix/store`).
    pub store_dir: String,
    /// `--trace-verbose`.
    pub trace_verbose: bool,
    /// `--show-trace` (C++ Nix's `show-trace` setting): errors get the frames of the
    /// function calls they pass through, and are printed with their whole trace.
    pub show_trace: bool,
    /// At most this many evaluation steps (nixref only, for fuzzing); `None` for no bound.
    pub max_steps: Option<u64>,
    /// C++ Nix's `pure-eval`: no search path, no environment, no impure constants, and
    /// only files the evaluation itself put in the store may be read.
    pub pure_eval: bool,
    /// C++ Nix's `restrict-eval`: only files under the search path (and store paths the
    /// evaluation creates) may be read, only `allowed_uris` fetched.
    pub restrict_eval: bool,
    /// C++ Nix's `allowed-uris`: URI prefixes fetchers may use in restricted mode.
    pub allowed_uris: Vec<String>,
    /// C++ Nix's `system` setting (the platform Nix was built for by default).
    pub system: String,
    /// C++ Nix's `eval-system`: overrides `system` for `builtins.currentSystem` when set.
    pub eval_system: String,
    /// Current C++ Nix's literal lints (`--lint-absolute-path-literals` ...).
    pub lints: crate::syntax::lints::Lints,
    /// C++ Nix's `abort-on-warn`: `builtins.warn` fails after printing its warning.
    pub abort_on_warn: bool,
    /// The `pipe-operators` experimental feature (`|>` and `<|`).
    pub pipe_operators: bool,
    /// The store paths are added to and read from (modelled unless one is asked for).
    pub store: crate::store::real::Handle,
    /// Warnings met while the options were set (an invalid Boolean setting), given to
    /// the evaluator's sink when it is made.
    pub warnings: Vec<String>,
}

impl Default for EvalOptions {
    fn default() -> EvalOptions {
        EvalOptions {
            max_call_depth: 10000,
            search_path: Vec::new(),
            nix_path: Vec::new(),
            home: None,
            store_dir: "/nix/store".to_string(),
            trace_verbose: false,
            show_trace: false,
            max_steps: None,
            pure_eval: false,
            restrict_eval: false,
            allowed_uris: Vec::new(),
            system: "x86_64-linux".to_string(),
            eval_system: String::new(),
            lints: Default::default(),
            abort_on_warn: false,
            pipe_operators: false,
            store: Default::default(),
            warnings: Vec::new(),
        }
    }
}

impl EvalOptions {
    /// Options taken from the environment as `nix-instantiate` takes them: `NIX_PATH`,
    /// `HOME`, `NIX_STORE_DIR`, the settings in `NIX_CONFIG`.
    pub fn from_env() -> EvalOptions {
        let mut o = EvalOptions {
            home: std::env::var("HOME").ok(),
            store_dir: crate::store::store_dir(),
            ..EvalOptions::default()
        };
        if let Ok(c) = std::env::var("NIX_CONFIG") {
            o.apply_config_text(&c);
        }
        if let Ok(p) = std::env::var("NIX_PATH") {
            o.nix_path = parse_nix_path(&p);
        }
        o.search_path = o
            .nix_path
            .iter()
            .map(|s| SearchPathEntry::parse(s))
            .collect();
        o
    }
}

/// Splits `NIX_PATH` at its colons, except the colon of a URL's scheme in an entry's
/// path (`nixpkgs=https://host/x.tar.gz:other=...`), as C++ Nix's `parseNixPath` does;
/// empty entries are dropped.
pub fn parse_nix_path(s: &str) -> Vec<String> {
    let b = s.as_bytes();
    let mut res = Vec::new();
    let mut p = 0;
    while p < b.len() {
        let start = p;
        let mut path_start = p;
        while p < b.len() && b[p] != b':' {
            if b[p] == b'=' {
                path_start = p + 1;
            }
            p += 1;
        }
        if p < b.len() {
            // The rest of the text from this entry's path on decides (as in C++ Nix).
            let rest = &s[path_start..];
            if is_pseudo_url(rest) || rest.starts_with("flake:") {
                p += 1;
                while p < b.len() && b[p] != b':' {
                    p += 1;
                }
            }
        }
        if p > start {
            res.push(s[start..p].to_string());
        }
        p += 1;
    }
    res
}

/// Whether a search path entry is a URL to download rather than a path (C++ Nix's
/// `isPseudoUrl`): `channel:...`, or `http`, `https`, `file`, `channel`, `git`, `s3`,
/// `ssh` followed by `://`.
pub fn is_pseudo_url(s: &str) -> bool {
    if s.starts_with("channel:") {
        return true;
    }
    match s.split_once("://") {
        Some((scheme, _)) => {
            matches!(
                scheme,
                "http" | "https" | "file" | "channel" | "git" | "s3" | "ssh"
            )
        }
        None => false,
    }
}

/// Native stack reserve checked before each nested evaluation; below it, the stack is
/// extended on the heap, so deep (but bounded) Nix programs never overflow Rust's stack.
const STACK_RED_ZONE: usize = 128 * 1024;
const STACK_GROWTH: usize = 8 * 1024 * 1024;
/// How many nested evaluations run between two looks at the stack.
const STACK_CHECK_EVERY: usize = 8;
/// Nested evaluations allowed before nixref gives C++ Nix's stack-overflow error even
/// without a deep call chain (a long chain of thunks, say).
const MAX_EVAL_DEPTH: usize = 1_000_000;

/// One evaluation's state: the globals, the source files read, the import cache.
pub struct Evaluator {
    globals: Rc<Globals>,
    pub sources: SourceMap,
    pub options: EvalOptions,
    import_cache: RefCell<HashMap<PathBuf, Value>>,
    store_paths: RefCell<HashMap<String, String>>,
    /// What a pure or restricted evaluation may read (see `access`).
    access: access::AccessControl,
    /// The derivations instantiated so far (`derivationStrict`), for their dependents.
    pub(crate) known_drvs: crate::store::drv::KnownDrvs,
    call_depth: Cell<usize>,
    eval_depth: Cell<usize>,
    steps: Cell<u64>,
    /// The `while calling 'f'` frame texts written so far, by function name.
    calling_frames: RefCell<rustc_hash::FxHashMap<Option<Symbol>, std::rc::Rc<str>>>,
    /// Whether every evaluation takes the checked path of [`Evaluator::eval`]: a step
    /// budget or an observer needs it.
    slow_path: bool,
    observer: Option<RefCell<Box<dyn Observer>>>,
    /// The evaluation's names, numbered in C++ Nix's creation order (which is also the
    /// order in which sets are visited).
    pub symbols: SymbolTable,
    /// Where warnings and `trace` output go (standard error unless told otherwise).
    sink: Rc<dyn Sink>,
    /// The files the evaluation reads (the real file system unless told otherwise).
    fs: Rc<dyn FileSystem>,
}

/// What the evaluation made and nobody holds any more goes when it ends: the import cache
/// and the globals are let go, then the cycles among what is left are collected. Values
/// the caller still holds stay whole.
impl Drop for Evaluator {
    fn drop(&mut self) {
        self.import_cache.borrow_mut().clear();
        self.store_paths.borrow_mut().clear();
        crate::value::cycles::collect();
    }
}

impl Evaluator {
    /// An evaluator whose messages go to standard error.
    pub fn new(options: EvalOptions) -> Evaluator {
        Evaluator::with_io(options, Rc::new(RealFs), Rc::new(crate::output::Stderr))
    }

    /// An evaluator that reads files from `fs` and whose warnings and `trace` output go
    /// to `sink`. The warnings of the options themselves (an invalid setting) are given
    /// to it first, as C++ Nix prints them while reading its settings, before it
    /// evaluates anything.
    pub fn with_io(
        mut options: EvalOptions,
        fs: Rc<dyn FileSystem>,
        sink: Rc<dyn Sink>,
    ) -> Evaluator {
        for w in std::mem::take(&mut options.warnings) {
            sink.message(MessageKind::Warning, w.as_bytes());
        }
        if options.pure_eval {
            // Pure evaluation has no search path at all (C++ Nix never builds one).
            options.search_path.clear();
        }
        let symbols = SymbolTable::default();
        let globals = Globals::shared(&options, &symbols);
        let access = access::AccessControl::new(&options);
        let slow_path = options.max_steps.is_some();
        let ev = Evaluator {
            globals,
            sources: SourceMap::default(),
            options,
            import_cache: RefCell::new(HashMap::new()),
            store_paths: RefCell::new(HashMap::new()),
            access,
            known_drvs: Default::default(),
            call_depth: Cell::new(0),
            eval_depth: Cell::new(0),
            steps: Cell::new(0),
            calling_frames: RefCell::default(),
            slow_path,
            observer: None,
            symbols,
            sink,
            fs,
        };
        ev.init_access();
        ev
    }

    pub fn globals(&self) -> &Rc<Globals> {
        &self.globals
    }

    /// The file system the evaluation reads.
    pub(crate) fn fs(&self) -> &dyn FileSystem {
        &*self.fs
    }

    /// Sends one message (its prefix and final newline included) to the sink.
    pub(crate) fn message(&self, kind: MessageKind, text: &[u8]) {
        self.sink.message(kind, text);
    }

    /// Sends a warning: `warning: ` and `text`, then a newline.
    pub(crate) fn warn(&self, text: &str) {
        self.message(
            MessageKind::Warning,
            format!("warning: {text}\n").as_bytes(),
        );
    }

    /// Parses and lowers a source text. `base_dir` resolves relative paths; `scope` names
    /// the slots of the file's outermost frame (`scopedImport`).
    pub fn parse(
        &self,
        origin: Origin,
        text: impl Into<crate::source::SourceText>,
        base_dir: &Path,
        scope: Option<Vec<crate::value::Symbol>>,
    ) -> Result<Expr> {
        let text = text.into().0;
        let file = self.sources.add(origin, text.clone());
        self.parse_file_id(file, &text, base_dir, scope)
    }

    /// Parses and lowers the text of a file already in [`Evaluator::sources`].
    pub(crate) fn parse_file_id(
        &self,
        file: u32,
        text: &[u8],
        base_dir: &Path,
        scope: Option<Vec<crate::value::Symbol>>,
    ) -> Result<Expr> {
        let file_name = self.sources.get(file).display_name();
        let cx = crate::syntax::Context {
            file,
            file_name: &file_name,
            base_dir,
            globals: &self.globals.names,
            symbols: &self.symbols,
            scope,
            home: self.options.home.clone(),
            lints: self.options.lints,
            pipe_operators: self.options.pipe_operators,
            warnings: Default::default(),
        };
        let expr = crate::syntax::parse(text, &cx);
        for w in cx.warnings.take() {
            let msg = w.message(
                |pos| self.sources.describe(pos),
                |pos| self.sources.excerpt(pos, "         "),
            );
            self.message(MessageKind::Warning, format!("warning: {msg}").as_bytes());
        }
        expr
    }

    /// Evaluates a source text to weak head normal form.
    pub fn eval_source(
        &self,
        origin: Origin,
        text: impl AsRef<[u8]>,
        base_dir: &Path,
    ) -> Result<Value> {
        let expr = self.parse(origin, text.as_ref(), base_dir, None)?;
        self.eval(&expr, &self.root_env(Vec::new()))
    }

    /// Reads, parses and evaluates a file (a directory means its `default.nix`).
    pub fn eval_file(&self, path: &Path) -> Result<Value> {
        let (path, text) = read_nix_file(self.fs(), path)?;
        let dir = path.parent().unwrap_or(Path::new("/")).to_path_buf();
        let expr = self.parse(Origin::File(path), text, &dir, None)?;
        self.eval(&expr, &self.root_env(Vec::new()))
    }

    /// Evaluates an expression to weak head normal form.
    #[inline]
    pub fn eval(&self, e: &Expr, env: &Env) -> Result<Value> {
        let depth = self.eval_depth.get();
        // Asking how much stack is left costs a call: every few levels is enough, as a
        // level takes far less than `STACK_RED_ZONE / STACK_CHECK_EVERY`.
        if depth.is_multiple_of(STACK_CHECK_EVERY) || depth >= MAX_EVAL_DEPTH || self.slow_path {
            return self.eval_checked(e, env);
        }
        self.eval_depth.set(depth + 1);
        let r = self.eval_expr(e, env);
        self.eval_depth.set(depth);
        r
    }

    /// Counts `n` steps of work done by a builtin at once (a list of `n` elements built
    /// from one number): under a step budget, a program must not get around it by
    /// making a builtin do what would otherwise take `n` evaluations. Without a budget
    /// (as in C++ Nix) nothing is counted.
    pub(crate) fn charge_steps(&self, n: u64) -> Result<()> {
        let Some(max) = self.options.max_steps else {
            return Ok(());
        };
        let s = self.steps.get().saturating_add(n);
        self.steps.set(s);
        if s > max {
            return Err(Error::new(
                ErrorKind::Budget,
                format!("evaluation exceeded its budget of {max} steps"),
            ));
        }
        Ok(())
    }

    /// [`eval`](Self::eval) with the checks of depth, stack and step budget.
    #[inline(never)]
    fn eval_checked(&self, e: &Expr, env: &Env) -> Result<Value> {
        let depth = self.eval_depth.get();
        if depth >= MAX_EVAL_DEPTH {
            return Err(crate::eval::Evaluator::native_stack_overflow());
        }
        if let Some(max) = self.options.max_steps {
            let s = self.steps.get() + 1;
            self.steps.set(s);
            if s > max {
                return Err(Error::new(
                    ErrorKind::Budget,
                    format!("evaluation exceeded its budget of {max} steps"),
                ));
            }
        }
        self.eval_depth.set(depth + 1);
        if self.observing() {
            self.observe(Event::Enter(e));
        }
        let r = stacker::maybe_grow(STACK_RED_ZONE, STACK_GROWTH, || self.eval_expr(e, env));
        if self.observing() {
            self.observe(Event::Exit(r.as_ref()));
        }
        self.eval_depth.set(depth);
        r
    }

    /// The value for a lazy position: no thunk for literals and variables.
    /// VM: semantics#thunk.
    #[inline]
    pub fn lazy(&self, e: &Rc<Expr>, env: &Env) -> Value {
        match &**e {
            Expr::Const(v) => v.clone(),
            Expr::Local { depth, slot, .. } => env.get(*depth, *slot),
            Expr::Global(g, _) => self.globals.values[*g as usize].clone(),
            _ => Value::suspended(e.clone(), env.clone()),
        }
    }

    /// Like [`Evaluator::lazy`] while a recursive frame is being filled: a reference to a
    /// slot of that frame not filled yet gets a thunk (C++ Nix does the same). A thunk
    /// made here refers to the frame that holds it, so the frame is tracked by the cycle
    /// collector.
    fn lazy_in_frame(&self, e: &Rc<Expr>, env: &Env, filled: usize) -> Value {
        let v = match &**e {
            Expr::Local { depth: 0, slot, .. } if *slot as usize >= filled => {
                Value::suspended(e.clone(), env.clone())
            }
            _ => self.lazy(e, env),
        };
        if !matches!(&**e, Expr::Const(_) | Expr::Global(..) | Expr::Local { .. }) {
            cycles::track_env(env);
        }
        v
    }

    /// Creates a frame under `env` and fills it from the binding expressions, lazily.
    #[inline(never)]
    fn frame(&self, env: &Env, frame: &[Rc<Expr>]) -> Env {
        let env2 = Env::new(env, frame.len());
        for (i, e) in frame.iter().enumerate() {
            env2.set(i, self.lazy_in_frame(e, &env2, i));
        }
        env2
    }

    /// A frame of `size` slots under `parent`, filled by the caller.
    #[inline]
    pub fn new_env(&self, parent: &Env, size: usize) -> Env {
        Env::new(parent, size)
    }

    /// A frame with its slots already known.
    #[inline]
    pub fn env_with(&self, parent: &Env, slots: Vec<Value>) -> Env {
        Env::with_slots(parent, slots)
    }

    /// The outermost frame of a file (empty, or `scopedImport`'s scope).
    pub fn root_env(&self, slots: Vec<Value>) -> Env {
        Env::root(slots)
    }

    /// Forces a value to weak head normal form.
    /// VM: semantics#thunk.
    #[inline]
    pub fn force(&self, v: &Value) -> Result<Value> {
        match v {
            Value::Thunk(t) => self.force_thunk(t),
            v => Ok(v.clone()),
        }
    }

    /// [`force`](Self::force) of a value the caller owns: one that is already in weak
    /// head normal form is returned as it is, without counting a reference up and down
    /// (a variable's value, read from its frame).
    #[inline]
    pub fn force_owned(&self, v: Value) -> Result<Value> {
        match v {
            Value::Thunk(t) => self.force_thunk(&t),
            v => Ok(v),
        }
    }

    /// Runs a thunk. A thunk whose evaluation failed remembers the error and gives it
    /// again when forced again, without re-evaluating (current C++ Nix's "failed" values;
    /// Nix 2.26 evaluated it again, see docs/differences.md).
    fn force_thunk(&self, t: &Thunk) -> Result<Value> {
        let known = t.with_state(|s| match s {
            ThunkState::Done(v) => Some(Ok(v.clone())),
            ThunkState::Failed(e) => Some(Err(e.clone())),
            // Placed by the code that forced it, if it has a position (C++ Nix's
            // `tryFixupBlackHolePos`): see `Error::at_black_hole`.
            ThunkState::Blackhole => Some(Err(Error::new(
                ErrorKind::InfiniteRecursion,
                "infinite recursion encountered",
            )
            .at_pos_of_call_site())),
            ThunkState::Pending(..) | ThunkState::Native(_) => None,
        });
        if let Some(r) = known {
            return r;
        }
        if self.observing() {
            self.observe(Event::Force);
        }
        let result = match t.take() {
            ThunkState::Pending(expr, env) => self.eval(&expr, &env),
            ThunkState::Native(f) => f(self),
            _ => unreachable!("only pending thunks are run"),
        };
        match &result {
            Ok(v) => {
                t.set(ThunkState::Done(v.clone()));
                // Its value may lead back to the thunk: a possible cycle.
                if holds_values(v) {
                    cycles::track_thunk(t);
                }
            }
            Err(e) => t.set(ThunkState::Failed(e.clone())),
        }
        result
    }

    /// Forces a value and everything inside it (`--strict`, `deepSeq`).
    pub fn force_deep(&self, v: &Value) -> Result<Value> {
        let mut seen = std::collections::HashSet::new();
        let v = self.force(v)?;
        self.force_deep_inner(&v, &mut seen)?;
        Ok(v)
    }

    /// Nix 2.26's `forceValueDeep` recurses natively without counting calls, so a value
    /// nested deeper than its stack holds is its stack overflow (not `max-call-depth`,
    /// which later C++ Nix counts here); [`DEEP_FORCE_LEVEL_COST`] puts the bound where
    /// 2.26's is.
    fn force_deep_inner(
        &self,
        v: &Value,
        seen: &mut std::collections::HashSet<usize>,
    ) -> Result<()> {
        self.nested_costing(DEEP_FORCE_LEVEL_COST, || match v {
            Value::Attrs(a) => {
                if !seen.insert(a.id()) {
                    return Ok(());
                }
                for entry in a.iter() {
                    let ctx = || {
                        format!(
                            "while evaluating the attribute '{}'",
                            self.symbols.quoted(entry.name)
                        )
                    };
                    // At the attribute's definition, as C++ Nix's `forceValueDeep`.
                    let at = entry.pos.known();
                    let x = self
                        .force(&entry.value)
                        .map_err(|e| e.with_context(at, ctx()))?;
                    self.force_deep_inner(&x, seen)
                        .map_err(|e| e.with_context(at, ctx()))?;
                }
                Ok(())
            }
            Value::List(l) => {
                if !seen.insert(l.id()) {
                    return Ok(());
                }
                for x in l.iter() {
                    let x = self.force(x)?;
                    self.force_deep_inner(&x, seen)?;
                }
                Ok(())
            }
            _ => Ok(()),
        })
    }

    // ---- helpers for builtins and the evaluator ----

    /// The symbol of a name met while evaluating (a dynamic attribute, `listToAttrs`,
    /// `getAttr` ...), created now if it is new, as C++ Nix creates it there.
    pub fn create_symbol(&self, name: &[u8]) -> Symbol {
        self.symbols.intern(name)
    }

    /// [`create_symbol`](Self::create_symbol) for a name nixref itself uses.
    pub fn sym(&self, name: &str) -> Symbol {
        self.symbols.sym(name)
    }

    /// Forces `v` and requires a set. `ctx` is C++ Nix's "while ..." context, a frame
    /// added to the type error only; [`force_bool`](Self::force_bool), `force_int`,
    /// `force_function` and `force_string` add it to errors of the forcing too, as C++
    /// Nix's `forceBool` ... do (its `forceAttrs` and `forceList` do not).
    pub fn force_attrs(&self, v: &Value, ctx: impl FrameText) -> Result<Attrs> {
        match self.force(v)? {
            Value::Attrs(a) => Ok(a),
            other => Err(self
                .type_mismatch("a set", &other)
                .with_context_at_call_site(ctx.text())),
        }
    }

    /// [`force_attrs`](Self::force_attrs) whose frame is at `pos` (C++ Nix's
    /// `forceAttrs(v, pos, ctx)` with a position).
    pub fn force_attrs_at(&self, v: &Value, pos: Pos, ctx: impl FrameText) -> Result<Attrs> {
        self.force_attrs(v, ctx).map_err(|e| e.at_call_site(pos))
    }

    pub fn force_bool(&self, v: &Value, ctx: impl FrameText) -> Result<bool> {
        match self
            .force(v)
            .map_err(|e| e.with_context_at_call_site(ctx.text()))?
        {
            Value::Bool(b) => Ok(b),
            other => Err(self
                .type_mismatch("a Boolean", &other)
                .at_pos_of_call_site()
                .with_context_at_call_site(ctx.text())),
        }
    }

    pub fn force_int(&self, v: &Value, ctx: impl FrameText) -> Result<i64> {
        match self
            .force(v)
            .map_err(|e| e.with_context_at_call_site(ctx.text()))?
        {
            Value::Int(i) => Ok(i),
            other => Err(self
                .type_mismatch("an integer", &other)
                .at_pos_of_call_site()
                .with_context_at_call_site(ctx.text())),
        }
    }

    pub fn force_list(&self, v: &Value, ctx: impl FrameText) -> Result<crate::value::List> {
        match self.force(v)? {
            Value::List(l) => Ok(l),
            other => Err(self
                .type_mismatch("a list", &other)
                .with_context_at_call_site(ctx.text())),
        }
    }

    pub fn force_function(&self, v: &Value, ctx: impl FrameText) -> Result<Value> {
        match self
            .force(v)
            .map_err(|e| e.with_context_at_call_site(ctx.text()))?
        {
            f if f.is_function() => Ok(f),
            Value::Attrs(a) if a.contains(Symbol::FUNCTOR) => Ok(Value::Attrs(a)),
            other => Err(self
                .type_mismatch("a function", &other)
                .at_pos_of_call_site()
                .with_context_at_call_site(ctx.text())),
        }
    }

    /// A string without context (attribute names, `throw` messages ...).
    pub fn force_string(&self, v: &Value, ctx: impl FrameText) -> Result<crate::value::NixString> {
        match self
            .force(v)
            .map_err(|e| e.with_context_at_call_site(ctx.text()))?
        {
            Value::String(s) => Ok(s),
            other => Err(self
                .type_mismatch("a string", &other)
                .at_pos_of_call_site()
                .with_context_at_call_site(ctx.text())),
        }
    }

    /// A string that must not refer to store paths (C++ Nix's `forceStringNoCtx`):
    /// attribute names, regexes, version strings ...
    pub fn force_string_no_ctx(
        &self,
        v: &Value,
        ctx: impl FrameText,
    ) -> Result<crate::value::NixString> {
        let s = self.force_string(v, ctx)?;
        match s.context().iter().next() {
            Some(first) => {
                Err(Self::string_with_context(&s, first).with_context_at_call_site(ctx.text()))
            }
            None => Ok(s),
        }
    }

    /// "the string '…' is not allowed to refer to a store path (such as '…')".
    pub fn string_with_context(
        s: &crate::value::NixString,
        first: &crate::value::ContextElem,
    ) -> Error {
        Error::type_error(format!(
            "the string '{}' is not allowed to refer to a store path (such as '{}')",
            s.to_str_lossy(),
            first.display()
        ))
    }

    /// "expected a set but found an integer: 1".
    pub fn type_mismatch(&self, expected: &str, found: &Value) -> Error {
        Error::type_error(format!(
            "expected {expected} but found {}: {}",
            found.type_phrase(),
            crate::print::for_error(self, found)
        ))
    }

    /// The store path a source path is copied to when coerced to a string (memoised, as
    /// C++ Nix's `srcToStore`). The checks come in C++ Nix's order: a `.drv` name is
    /// refused before the path is looked at (even before pure-mode access checks); the
    /// tree is read (a missing path or a device file fails here); only then is the store
    /// path built and its name found invalid, so `/missing/a b` "does not exist".
    pub fn copy_path_to_store(&self, path: &str) -> Result<String> {
        if let Some(p) = self.store_paths.borrow().get(path) {
            return Ok(p.clone());
        }
        let name = crate::path::base_name(path);
        if name.ends_with(".drv") {
            return Err(Error::type_error(
                "file names are not allowed to end in '.drv'",
            ));
        }
        self.check_path_access(path, false)?;
        let store_dir = &self.options.store_dir;
        let sp = crate::store::source_path_in(self.fs(), store_dir, name, Path::new(path))
            .map_err(|e| Error::new(ErrorKind::Io, store_copy_message(path, &e)))?;
        crate::store::check_store_name(name).map_err(|reason| {
            Error::type_error(crate::store::invalid_store_path_message(
                store_dir, &sp, &reason,
            ))
        })?;
        crate::builtins::store::write_tree(self, self.fs(), &sp, Path::new(path))?;
        self.store_paths
            .borrow_mut()
            .insert(path.to_string(), sp.clone());
        self.allow_path(&sp);
        Ok(sp)
    }

    pub(crate) fn import_cache(&self) -> &RefCell<HashMap<PathBuf, Value>> {
        &self.import_cache
    }

    /// Runs `f` one call deeper, failing as C++ Nix does past `max-call-depth`.
    pub(crate) fn with_call_depth<T>(&self, pos: Pos, f: impl FnOnce() -> Result<T>) -> Result<T> {
        let d = self.call_depth.get();
        // As C++ Nix's `addCallDepth`: the depth is checked before it is raised, so
        // `max-call-depth` + 1 calls can be nested.
        if d > self.options.max_call_depth {
            return Err(Error::at(
                ErrorKind::StackOverflow,
                "stack overflow; max-call-depth exceeded",
                pos,
            ));
        }
        self.call_depth.set(d + 1);
        let r = f();
        self.call_depth.set(d);
        r
    }
}

/// Whether a value refers to other objects (through which a cycle could pass).
fn holds_values(v: &Value) -> bool {
    match v {
        Value::Attrs(a) => !a.is_empty(),
        Value::List(l) => !l.is_empty(),
        Value::Lambda(_) => true,
        Value::PrimOp(p) => !p.args().is_empty(),
        _ => false,
    }
}

/// Reads a Nix source file as bytes, as C++ Nix does: a directory means its `default.nix`.
pub fn read_nix_file(fs: &dyn FileSystem, path: &Path) -> Result<(PathBuf, Vec<u8>)> {
    let mut path = path.to_path_buf();
    let dir = fs.is_dir(&path);
    if dir {
        path.push("default.nix");
    }
    let shown = path.to_string_lossy().into_owned();
    let text = crate::builtins::read_file_bytes(fs, &shown, |e| {
        // A directory without `default.nix` is found missing only when opened.
        let msg = match e.kind() {
            std::io::ErrorKind::NotFound if dir => {
                format!("opening file '{shown}': No such file or directory")
            }
            _ => io_message(&shown, &e),
        };
        Error::new(ErrorKind::Io, msg)
    })?;
    Ok((path, text))
}

/// C++ Nix's wording for a tree that cannot be copied to the store: as for reading, except
/// that the NAR writer's own refusal (a device, socket or fifo: "file '…' has an unsupported
/// type") is given as it is, without a "reading" prefix.
fn store_copy_message(path: &str, e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::InvalidInput => e.to_string(),
        _ => io_message(path, e),
    }
}

/// C++ Nix's wording for a file that cannot be read.
pub fn io_message(path: &str, e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => format!("path '{path}' does not exist"),
        std::io::ErrorKind::PermissionDenied => format!("opening file '{path}': Permission denied"),
        _ => format!("reading '{path}': {e}"),
    }
}
