//! The library's public face: an [`Evaluation`] made by a [`Builder`], the [`Value`]s it
//! gives, and the [`Error`] that renders as C++ Nix's standard error.
//!
//! Everything here is a thin layer over the evaluator (`crate::eval`), which stays
//! private so that it can change without breaking a VM's test suite that depends on
//! nixref. The layer's rules:
//! - A [`Value`] borrows its [`Evaluation`], so it cannot outlive it or be forced by
//!   another one (its thunks refer to that evaluation's files, names and globals).
//! - Nothing here panics on a value of the wrong type: every accessor returns a
//!   [`Result`] whose error is C++ Nix's own (`expected an integer but found …`).
//! - An [`Error`] is rendered when it leaves the evaluation (while its source files are
//!   at hand), so [`Error::render`] needs nothing else and gives exactly what
//!   `nix-instantiate` prints.

use crate::error::ErrorKind;
use crate::eval::{EvalOptions, Evaluator, SearchPathEntry};
use crate::io::{FileSystem, RealFs};
use crate::output::{Sink, Stderr};
use crate::source::Origin;
use crate::value::Value as Raw;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// The result of everything in the public API that can fail.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Sets up an [`Evaluation`]: settings, search path, files, and where messages go.
///
/// ```
/// use nixref::{Builder, io::MemoryFs, output::Captured};
/// let messages = Captured::new();
/// let nix = Builder::new()
///     .option("system", "aarch64-linux")?
///     .search_path("lib=/src/lib")
///     .file_system(MemoryFs::new().file("/src/lib/default.nix", "{ x = 2; }"))
///     .sink(messages.clone())
///     .build();
/// let v = nix.eval("builtins.trace builtins.currentSystem (import <lib>).x")?;
/// assert_eq!(v.as_int()?, 2);
/// assert_eq!(messages.text(), "trace: aarch64-linux\n");
/// # Ok::<(), nixref::Error>(())
/// ```
#[derive(Clone)]
pub struct Builder {
    options: EvalOptions,
    include: Vec<String>,
    fs: Rc<dyn FileSystem>,
    sink: Rc<dyn Sink>,
}

impl Default for Builder {
    fn default() -> Builder {
        Builder::new()
    }
}

impl std::fmt::Debug for Builder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Builder")
            .field("options", &self.options)
            .field("include", &self.include)
            .finish_non_exhaustive()
    }
}

impl Builder {
    /// C++ Nix's defaults, independent of the environment: no search path, no `$HOME`,
    /// store `/nix/store`, system `x86_64-linux`, the real file system, messages to
    /// standard error.
    pub fn new() -> Builder {
        Builder {
            options: EvalOptions::default(),
            include: Vec::new(),
            fs: Rc::new(RealFs),
            sink: Rc::new(Stderr),
        }
    }

    /// The defaults `nix-instantiate` takes from the environment: `NIX_PATH`, `HOME`,
    /// `NIX_STORE_DIR`, the settings in `NIX_CONFIG`.
    pub fn from_env() -> Builder {
        Builder {
            options: EvalOptions::from_env(),
            ..Builder::new()
        }
    }

    /// A C++ Nix setting that changes evaluation, as `--option NAME VALUE` gives it:
    /// `pure-eval`, `restrict-eval`, `allowed-uris`, `system`, `eval-system`,
    /// `nix-path` (and their `extra-` forms), `max-call-depth`, `trace-verbose`,
    /// `abort-on-warn`, `experimental-features` (`pipe-operators`). An invalid Boolean is
    /// warned about (to the sink), as C++ Nix does; a setting nixref does not know is an
    /// error.
    pub fn option(mut self, name: &str, value: &str) -> Result<Builder> {
        // C++ Nix's Boolean settings: an invalid value is warned about and changes nothing.
        let flag = |o: &mut EvalOptions, old: bool| match value {
            "true" | "yes" | "1" => true,
            "false" | "no" | "0" => false,
            _ => {
                o.warnings.push(format!(
                    "warning: error: Boolean setting '{name}' has invalid value '{value}'\n"
                ));
                old
            }
        };
        match name {
            "max-call-depth" => match value.parse() {
                Ok(n) => self.options.max_call_depth = n,
                Err(_) => {
                    return Err(Error::usage(format!(
                        "configuration setting 'max-call-depth' should be an integer, not '{value}'"
                    )));
                }
            },
            "trace-verbose" => {
                let old = self.options.trace_verbose;
                self.options.trace_verbose = flag(&mut self.options, old);
            }
            "show-trace" => {
                let old = self.options.show_trace;
                self.options.show_trace = flag(&mut self.options, old);
            }
            "abort-on-warn" => {
                let old = self.options.abort_on_warn;
                self.options.abort_on_warn = flag(&mut self.options, old);
            }
            "experimental-features" | "extra-experimental-features" => {
                let pipes = value.split_whitespace().any(|f| f == "pipe-operators");
                if name.starts_with("extra-") {
                    self.options.pipe_operators |= pipes;
                } else {
                    self.options.pipe_operators = pipes;
                }
            }
            "nix-path" | "extra-nix-path" => {
                self.options.set_setting(name, value);
                let o = &mut self.options;
                o.search_path = o
                    .nix_path
                    .iter()
                    .map(|s| SearchPathEntry::parse(s))
                    .collect();
            }
            _ if self.options.set_setting(name, value) => {}
            _ => return Err(Error::usage(format!("unknown setting '{name}'"))),
        }
        Ok(self)
    }

    /// Adds a search path entry, as `-I` does: `prefix=path` or a bare `path`. Entries
    /// come before those of the `nix-path` setting, in the order added.
    pub fn search_path(mut self, entry: &str) -> Builder {
        self.include.push(entry.to_string());
        self
    }

    /// Bounds the evaluation to this many steps (nixref's own limit, for fuzzing: a
    /// runaway program fails with [`ErrorKind::Budget`] instead of running on).
    pub fn max_steps(mut self, steps: u64) -> Builder {
        self.options.max_steps = Some(steps);
        self
    }

    /// Where the evaluation reads files from (the real file system by default).
    pub fn file_system(mut self, fs: impl FileSystem + 'static) -> Builder {
        self.fs = Rc::new(fs);
        self
    }

    /// Where warnings and `trace` output go (standard error by default).
    pub fn sink(mut self, sink: impl Sink + 'static) -> Builder {
        self.sink = Rc::new(sink);
        self
    }

    /// Settings made by nixref itself (the differential tester's).
    pub(crate) fn from_options(options: EvalOptions) -> Builder {
        Builder {
            options,
            ..Builder::new()
        }
    }

    /// The options as the evaluator takes them: the `-I` entries before the search path
    /// of the settings (never the machine's channels, which `nix-instantiate` adds).
    pub(crate) fn eval_options(&self) -> EvalOptions {
        let mut o = self.options.clone();
        let mut path: Vec<SearchPathEntry> = self
            .include
            .iter()
            .map(|s| SearchPathEntry::parse(s))
            .collect();
        path.append(&mut o.search_path);
        o.search_path = path;
        o
    }

    /// The evaluator these settings make, with another sink.
    pub(crate) fn evaluator_with_sink(&self, sink: Rc<dyn Sink>) -> Evaluator {
        Evaluator::with_io(self.eval_options(), self.fs.clone(), sink)
    }

    /// A fresh evaluation with these settings.
    pub fn build(&self) -> Evaluation {
        Evaluation {
            ev: self.evaluator_with_sink(self.sink.clone()),
        }
    }
}

/// One evaluation: its files, names, import cache and store paths. Everything evaluated
/// in it may share them (an `import` of the same file gives the same value); values
/// borrow it, so it lives as long as they do. Dropping it frees what its values made
/// (cycles included).
pub struct Evaluation {
    ev: Evaluator,
}

impl std::fmt::Debug for Evaluation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Evaluation(..)")
    }
}

impl Evaluation {
    /// A [`Builder`] with C++ Nix's defaults.
    pub fn builder() -> Builder {
        Builder::new()
    }

    /// Evaluates an expression (as `nix-instantiate --eval -E` does: relative paths are
    /// relative to the current directory) to weak head normal form.
    pub fn eval(&self, text: &str) -> Result<Value<'_>> {
        let dir = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
        self.eval_in(text, &dir)
    }

    /// Evaluates an expression whose relative paths are relative to `base_dir`.
    pub fn eval_in(&self, text: &str, base_dir: &Path) -> Result<Value<'_>> {
        let r = self.ev.eval_source(Origin::String, text, base_dir);
        self.wrap(r)
    }

    /// Evaluates source text as if it were the file `path` (its name in messages, its
    /// folder for relative paths), without reading that file. Like a file, the text is
    /// bytes (it need not be UTF-8).
    pub fn eval_as_file(&self, text: impl AsRef<[u8]>, path: &Path) -> Result<Value<'_>> {
        let dir = path.parent().unwrap_or(Path::new("/"));
        let r = self
            .ev
            .parse(Origin::File(path.to_path_buf()), text.as_ref(), dir, None)
            .and_then(|e| self.ev.eval(&e, &self.ev.root_env(Vec::new())));
        self.wrap(r)
    }

    /// Reads and evaluates a file (a directory means its `default.nix`), as
    /// `nix-instantiate --eval FILE` does.
    pub fn eval_file(&self, path: impl AsRef<Path>) -> Result<Value<'_>> {
        let path = crate::eval::absolute_path(&path.as_ref().to_string_lossy());
        let r = self.ev.eval_file(Path::new(&path));
        self.wrap(r)
    }

    fn wrap(&self, r: crate::error::Result<Raw>) -> Result<Value<'_>> {
        match r {
            Ok(v) => Ok(Value { nix: self, v }),
            Err(e) => Err(self.error(e)),
        }
    }

    fn error(&self, e: crate::error::Error) -> Error {
        Error {
            kind: e.kind(),
            message: e.message().to_string(),
            rendered: crate::cli::render_error(&self.ev, &e),
        }
    }
}

/// The type of a value, as `builtins.typeOf` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueType {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A 64-bit integer.
    Int,
    /// A double-precision float.
    Float,
    /// A string (bytes, with a context of store paths).
    String,
    /// A path.
    Path,
    /// An attribute set.
    Set,
    /// A list.
    List,
    /// A function (a lambda, a builtin, or a builtin partially applied).
    Lambda,
}

impl ValueType {
    /// `builtins.typeOf`'s name: `null`, `bool`, `int`, `float`, `string`, `path`,
    /// `set`, `list`, `lambda`.
    pub fn name(self) -> &'static str {
        match self {
            ValueType::Null => "null",
            ValueType::Bool => "bool",
            ValueType::Int => "int",
            ValueType::Float => "float",
            ValueType::String => "string",
            ValueType::Path => "path",
            ValueType::Set => "set",
            ValueType::List => "list",
            ValueType::Lambda => "lambda",
        }
    }
}

/// A value of an [`Evaluation`], evaluated as far as it has been: attributes and list
/// items stay lazy until asked for. The accessors force what they need.
///
/// A value borrows its evaluation (whose files, names and globals its thunks need), so it
/// cannot be kept past it:
///
/// ```compile_fail,E0597
/// let v = {
///     let nix = nixref::Evaluation::builder().build();
///     nix.eval("{ a = 1 + 1; }").unwrap()
/// }; // error: `nix` does not live long enough
/// v.attr("a");
/// ```
///
/// ```
/// let nix = nixref::Evaluation::builder().build();
/// let v = nix.eval(r#"{ a = [ 1 "two" ]; b = throw "no"; }"#)?;
/// assert_eq!(v.attr_names()?, ["a", "b"]);
/// let a = v.attr("a")?.expect("a is there");
/// assert_eq!(a.items()?[1].as_str()?, "two");
/// let err = v.attr("b")?.unwrap().force().unwrap_err();
/// assert_eq!(err.kind(), nixref::ErrorKind::Throw);
/// # Ok::<(), nixref::Error>(())
/// ```
#[derive(Clone)]
pub struct Value<'a> {
    nix: &'a Evaluation,
    v: Raw,
}

impl std::fmt::Debug for Value<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.show())
    }
}

impl<'a> Value<'a> {
    fn make(&self, v: Raw) -> Value<'a> {
        Value { nix: self.nix, v }
    }

    fn forced(&self) -> Result<Raw> {
        self.nix.ev.force(&self.v).map_err(|e| self.nix.error(e))
    }

    /// The value in weak head normal form (its outermost constructor evaluated).
    pub fn force(&self) -> Result<Value<'a>> {
        self.forced().map(|v| self.make(v))
    }

    /// The value with everything inside it evaluated (`--strict`, `deepSeq`).
    pub fn force_deep(&self) -> Result<Value<'a>> {
        let v = self
            .nix
            .ev
            .force_deep(&self.v)
            .map_err(|e| self.nix.error(e))?;
        Ok(self.make(v))
    }

    /// Its type (forcing it).
    pub fn type_of(&self) -> Result<ValueType> {
        Ok(match self.forced()? {
            Raw::Null => ValueType::Null,
            Raw::Bool(_) => ValueType::Bool,
            Raw::Int(_) => ValueType::Int,
            Raw::Float(_) => ValueType::Float,
            Raw::String(_) => ValueType::String,
            Raw::Path(_) => ValueType::Path,
            Raw::Attrs(_) => ValueType::Set,
            Raw::List(_) => ValueType::List,
            Raw::Lambda(_) | Raw::PrimOp(_) => ValueType::Lambda,
            // `force` never gives a thunk; should it, it is not a value of any type.
            Raw::Thunk(_) => {
                return Err(Error::usage("a value that is still a thunk".to_string()));
            }
        })
    }

    /// C++ Nix's error for a value that is not of the type wanted.
    fn mismatch(&self, expected: &str, found: &Raw) -> Error {
        self.nix.error(self.nix.ev.type_mismatch(expected, found))
    }

    /// A Boolean.
    pub fn as_bool(&self) -> Result<bool> {
        match self.forced()? {
            Raw::Bool(b) => Ok(b),
            v => Err(self.mismatch("a Boolean", &v)),
        }
    }

    /// An integer.
    pub fn as_int(&self) -> Result<i64> {
        match self.forced()? {
            Raw::Int(i) => Ok(i),
            v => Err(self.mismatch("an integer", &v)),
        }
    }

    /// A float (an integer is not converted).
    pub fn as_float(&self) -> Result<f64> {
        match self.forced()? {
            Raw::Float(x) => Ok(x),
            v => Err(self.mismatch("a float", &v)),
        }
    }

    /// A string's bytes (Nix strings need not be UTF-8); its context is not kept.
    pub fn as_bytes(&self) -> Result<Vec<u8>> {
        match self.forced()? {
            Raw::String(s) => Ok(s.as_bytes().to_vec()),
            v => Err(self.mismatch("a string", &v)),
        }
    }

    /// A string as text (bytes that are not UTF-8 replaced by U+FFFD).
    pub fn as_str(&self) -> Result<String> {
        match self.forced()? {
            Raw::String(s) => Ok(s.to_str_lossy().into_owned()),
            v => Err(self.mismatch("a string", &v)),
        }
    }

    /// A path (absolute and canonical).
    pub fn as_path(&self) -> Result<PathBuf> {
        match self.forced()? {
            Raw::Path(p) => Ok(PathBuf::from(p.as_str())),
            v => Err(self.mismatch("a path", &v)),
        }
    }

    /// A list's items, unevaluated.
    pub fn items(&self) -> Result<Vec<Value<'a>>> {
        match self.forced()? {
            Raw::List(l) => Ok(l.iter().map(|x| self.make(x.clone())).collect()),
            v => Err(self.mismatch("a list", &v)),
        }
    }

    /// A set's attribute names, sorted as `builtins.attrNames` sorts them.
    pub fn attr_names(&self) -> Result<Vec<String>> {
        match self.forced()? {
            Raw::Attrs(a) => {
                let symbols = &self.nix.ev.symbols;
                Ok(symbols
                    .by_name(&a)
                    .iter()
                    .map(|e| symbols.text(e.name).into_owned())
                    .collect())
            }
            v => Err(self.mismatch("a set", &v)),
        }
    }

    /// A set's attributes, unevaluated, sorted by name as `builtins.attrNames` sorts them.
    pub fn attrs(&self) -> Result<Vec<(String, Value<'a>)>> {
        match self.forced()? {
            Raw::Attrs(a) => {
                let symbols = &self.nix.ev.symbols;
                Ok(symbols
                    .by_name(&a)
                    .iter()
                    .map(|e| {
                        let name = symbols.text(e.name).into_owned();
                        (name, self.make(e.value.clone()))
                    })
                    .collect())
            }
            v => Err(self.mismatch("a set", &v)),
        }
    }

    /// A set's attribute, unevaluated (`None` if the set has no such attribute).
    pub fn attr(&self, name: &str) -> Result<Option<Value<'a>>> {
        match self.forced()? {
            Raw::Attrs(a) => {
                // A name the evaluation never made cannot be in the set (and looking it
                // up must not make it: names are numbered in creation order).
                let found = self
                    .nix
                    .ev
                    .symbols
                    .lookup(name.as_bytes())
                    .and_then(|s| a.get(s));
                Ok(found.map(|v| self.make(v.clone())))
            }
            v => Err(self.mismatch("a set", &v)),
        }
    }

    /// Applies the value (a function, or a set with `__functor`) to an argument of the
    /// same evaluation (one of another evaluation is an [`ErrorKind::Usage`] error: its
    /// names are numbered in another table).
    pub fn call(&self, arg: &Value<'a>) -> Result<Value<'a>> {
        if !std::ptr::eq(self.nix, arg.nix) {
            return Err(Error::usage(
                "a value of one evaluation cannot be passed to another".to_string(),
            ));
        }
        let r = self
            .nix
            .ev
            .call_value(&self.v, [arg.v.clone()], crate::source::Pos::NONE)
            .map_err(|e| self.nix.error(e))?;
        Ok(self.make(r))
    }

    /// The value printed as `nix-instantiate --eval --strict` prints it (everything
    /// forced first), without the final newline.
    pub fn to_nix_string(&self) -> Result<String> {
        let v = self.force_deep()?;
        Ok(crate::print::print_value(&self.nix.ev.symbols, &v.v))
    }

    /// The value as C++ Nix's value printer shows it in messages and `trace`, forcing
    /// nothing (unevaluated parts are `«thunk»`).
    pub fn show(&self) -> String {
        crate::print::show(&self.nix.ev, &self.v, &crate::print::PrintOptions::FULL)
    }
}

/// An evaluation error: its class, its message, and the whole text C++ Nix prints to
/// standard error for it (context frames, positions with source excerpts).
///
/// ```
/// let nix = nixref::Evaluation::builder().build();
/// let err = nix.eval_in("1 + \"a\"", std::path::Path::new("/")).unwrap_err();
/// assert_eq!(err.kind(), nixref::ErrorKind::Type);
/// assert_eq!(err.message(), "cannot add a string to an integer");
/// assert!(err.render().starts_with("error: cannot add a string to an integer\n"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    rendered: String,
}

impl Error {
    /// A bad setting given to the [`Builder`], or a misuse of the API.
    fn usage(message: String) -> Error {
        Error {
            kind: ErrorKind::Usage,
            rendered: format!("error: {message}\n"),
            message,
        }
    }

    /// Its class (which `builtins.tryEval` catches, which a VM must reproduce).
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The message alone, in C++ Nix's words (`value is null while a set was expected`).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Exactly what `nix-instantiate --eval` writes to standard error for this error
    /// (ending in a newline): the text of the renderer the command itself uses.
    pub fn render(&self) -> &str {
        &self.rendered
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
