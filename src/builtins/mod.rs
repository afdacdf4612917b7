//! The global scope and the `builtins` set.
//!
//! The globals, the `builtins` set and `import` form a cycle: `import` must evaluate a file
//! against these very globals. [`Globals::new`] ties it with `Rc::new_cyclic`: the builtins
//! that evaluate code (`import`, `scopedImport`) hold a `Weak` to the finished globals,
//! which never change once built (so every imported file sees the same builtins).
//!
//! Builtins are grouped by area, one file each; each file's `register` adds its own.

mod attrs;
mod context;
mod core;
pub(crate) mod debug;
mod derivation;
mod env;
mod fetch;
mod fetch_git;
mod fetch_hg;
mod files;
mod formats;
mod hashes;
mod import;
mod lists;
mod numbers;
mod paths;
mod regex;
mod sort;
pub(crate) mod store;
mod strings;
mod tarball;
mod versions;

pub(crate) use files::read_file_bytes;

use crate::eval::EvalOptions;
use crate::value::{
    Attrs, AttrsBuilder, PrimOp, PrimOpApp, PrimOpFn, Symbol, SymbolTable, Thunk, ThunkState, Value,
};
use rustc_hash::FxHashMap as HashMap;
use std::rc::{Rc, Weak};

/// nixref's own Nix source: its file name and text (see [`crate::source::BUILTIN_FILE`]).
pub(crate) const BUILTIN_SOURCE: (&str, &str) =
    (derivation::WRAPPER_NAME, derivation::WRAPPER_SOURCE);

/// The names visible in every file, and their values.
pub struct Globals {
    /// Name to index into `values`; lowering resolves global variables with it.
    pub names: HashMap<Symbol, u32>,
    pub values: Vec<Value>,
    /// `builtins.builtins`: a thunk that refers back to the set, cleared on drop so the
    /// self-reference does not keep the set alive forever.
    self_ref: Thunk,
}

impl Drop for Globals {
    fn drop(&mut self) {
        self.self_ref.set(ThunkState::Done(Value::Null));
    }
}

/// The names C++ Nix binds globally as well as in `builtins` (checked against Nix 2.26);
/// every other builtin is global only with a `__` prefix.
pub const PLAIN_GLOBALS: &[&str] = &[
    "abort",
    "baseNameOf",
    "break",
    "derivation",
    "derivationStrict",
    "dirOf",
    "fetchGit",
    "fetchMercurial",
    "fetchTarball",
    "fromTOML",
    "import",
    "isNull",
    "map",
    "placeholder",
    "removeAttrs",
    "scopedImport",
    "throw",
    "toString",
];

/// What the globals are made from: the options their values depend on, and the second
/// `currentTime` was read in (impure evaluations only).
#[derive(PartialEq)]
struct GlobalsKey {
    store_dir: String,
    search_path: Vec<crate::eval::SearchPathEntry>,
    pure_eval: bool,
    system: String,
    time: Option<i64>,
}

impl GlobalsKey {
    fn of(options: &EvalOptions) -> GlobalsKey {
        GlobalsKey {
            store_dir: options.store_dir.clone(),
            search_path: options.search_path.clone(),
            pure_eval: options.pure_eval,
            system: options.current_system().to_string(),
            time: (!options.pure_eval).then(env::now),
        }
    }
}

thread_local! {
    /// The globals last built on this thread, for the next evaluation with the same key.
    static SHARED: std::cell::RefCell<Option<(GlobalsKey, Rc<Globals>)>> =
        const { std::cell::RefCell::new(None) };
}

impl Globals {
    /// The globals for an evaluation: those of an earlier evaluation on this thread made
    /// from the same options (in the same second), or new ones. Building them is a third
    /// of the time of a small evaluation (`nixref diff --bench`), and they never change
    /// once built. They can be shared because every name in them is a start-up symbol
    /// (the same in every [`SymbolTable`]) and the one value made from Nix source,
    /// `derivation`, comes from a file every evaluation has at the same index
    /// ([`crate::source::BUILTIN_FILE`]).
    pub fn shared(options: &EvalOptions, symbols: &SymbolTable) -> Rc<Globals> {
        let key = GlobalsKey::of(options);
        let cached = SHARED.with(|c| {
            c.borrow()
                .as_ref()
                .filter(|(k, _)| *k == key)
                .map(|(_, g)| g.clone())
        });
        if let Some(g) = cached {
            return g;
        }
        let fresh = !symbols.created_any();
        let g = Globals::new(options, symbols);
        // Only globals whose names are all start-up symbols mean the same in another
        // evaluation's table.
        if fresh && !symbols.created_any() {
            SHARED.with(|c| *c.borrow_mut() = Some((key, g.clone())));
        }
        g
    }

    /// New globals, their names created in `symbols`.
    pub fn new(options: &EvalOptions, symbols: &SymbolTable) -> Rc<Globals> {
        Rc::new_cyclic(|weak| {
            let mut b = Builder {
                weak: weak.clone(),
                symbols,
                attrs: AttrsBuilder::with_capacity(128),
            };
            core::register(&mut b);
            files::register(&mut b);
            import::register(&mut b, options);
            strings::register(&mut b);
            regex::register(&mut b);
            hashes::register(&mut b);
            versions::register(&mut b);
            attrs::register(&mut b);
            lists::register(&mut b);
            sort::register(&mut b);
            numbers::register(&mut b);
            debug::register(&mut b);
            formats::register(&mut b);
            context::register(&mut b);
            derivation::register(&mut b);
            store::register(&mut b, options);
            paths::register(&mut b);
            env::register(&mut b, options);
            fetch::register(&mut b);
            fetch_git::register(&mut b);
            fetch_hg::register(&mut b);
            b.finish()
        })
    }

    /// The value of a global name.
    pub fn get(&self, name: Symbol) -> Option<&Value> {
        self.names.get(&name).map(|&i| &self.values[i as usize])
    }
}

/// Collects the builtins while the globals are being built.
pub struct Builder<'a> {
    weak: Weak<Globals>,
    symbols: &'a SymbolTable,
    attrs: AttrsBuilder,
}

impl Builder<'_> {
    /// Adds a builtin function.
    pub fn primop(&mut self, name: &'static str, arity: usize, func: PrimOpFn) {
        let op = Rc::new(PrimOp {
            name,
            arity,
            func,
            globals: None,
            own_frame: false,
        });
        self.attrs.insert(
            self.symbols.sym(name),
            Value::PrimOp(PrimOpApp::new(op, Vec::new())),
        );
    }

    /// Adds a builtin that evaluates code against the globals (`import`).
    pub fn primop_with_globals(&mut self, name: &'static str, arity: usize, func: PrimOpFn) {
        let op = Rc::new(PrimOp {
            name,
            arity,
            func,
            globals: Some(self.weak.clone()),
            own_frame: false,
        });
        self.attrs.insert(
            self.symbols.sym(name),
            Value::PrimOp(PrimOpApp::new(op, Vec::new())),
        );
    }

    /// Adds a builtin that adds its own context frame to errors raised while it runs,
    /// instead of the usual one (`addErrorContext`).
    pub fn primop_own_frame(&mut self, name: &'static str, arity: usize, func: PrimOpFn) {
        let op = Rc::new(PrimOp {
            name,
            arity,
            func,
            globals: None,
            own_frame: true,
        });
        self.attrs.insert(
            self.symbols.sym(name),
            Value::PrimOp(PrimOpApp::new(op, Vec::new())),
        );
    }

    /// Adds a constant (`true`, `langVersion`, ...).
    pub fn constant(&mut self, name: &'static str, v: Value) {
        self.attrs.insert(self.symbols.sym(name), v);
    }

    fn finish(mut self) -> Globals {
        let self_ref = Thunk::new(ThunkState::Blackhole);
        self.attrs
            .insert(Symbol::BUILTINS, Value::Thunk(self_ref.clone()));
        let attrs: Attrs = self.attrs.finish();
        let builtins = Value::Attrs(attrs.clone());
        self_ref.set(ThunkState::Done(builtins.clone()));
        let symbols = self.symbols;
        let mut names = HashMap::with_capacity_and_hasher(2 * attrs.len(), Default::default());
        let mut values = Vec::with_capacity(2 * attrs.len());
        let mut add = |name: Symbol, v: Value| {
            names.insert(name, values.len() as u32);
            values.push(v);
        };
        // A builtin is global either under its own name (PLAIN_GLOBALS, true, false,
        // null) or with a `__` prefix, never both (checked against Nix 2.26).
        let plain: Vec<Symbol> = PLAIN_GLOBALS
            .iter()
            .chain(&["builtins", "true", "false", "null"])
            .map(|n| symbols.sym(n))
            .collect();
        // In the order of registration, as C++ Nix creates the `__` names.
        let mut prefixed = b"__".to_vec();
        for e in attrs.iter() {
            if plain.contains(&e.name) {
                continue;
            }
            prefixed.truncate(2);
            prefixed.extend_from_slice(symbols.name(e.name));
            add(symbols.intern(&prefixed), e.value.clone());
        }
        for name in PLAIN_GLOBALS {
            if let Some(v) = attrs.get(symbols.sym(name)) {
                add(symbols.sym(name), v.clone());
            }
        }
        for name in ["true", "false", "null"] {
            let s = symbols.sym(name);
            add(s, attrs.get(s).expect("core defines it").clone());
        }
        add(Symbol::BUILTINS, builtins);
        Globals {
            names,
            values,
            self_ref,
        }
    }
}
