//! Symbols: attribute and variable names as small integers, numbered in the order C++ Nix
//! creates them.
//!
//! C++ Nix keeps an attribute set sorted by symbol, and a symbol is a number handed out when
//! a name is first seen: first a fixed list at start-up (well-known names, then every
//! builtin as it is registered, then the names of its own `derivation` wrapper), then each
//! name of a program as its parser creates it ([`crate::syntax`]'s `creation_order`), then
//! names made while evaluating (dynamic attributes, `listToAttrs`, `fromJSON`, `getAttr`,
//! ...). That order is the order in which C++ Nix visits a set's attributes when it forces
//! it deeply (`--strict`, `deepSeq`), compares two sets (`==`), or checks a call's
//! arguments against a function's formals, so when two attributes of one set both fail,
//! which error is reported depends on it: `{ b = throw "b"; a = throw "a"; }` fails with
//! `b` under `--strict`, and `{ zz = throw "zz"; name = throw "name"; }` with `name` (a
//! start-up symbol).
//!
//! nixref numbers its symbols the same way, so a [`Symbol`] compares as C++'s does and a
//! set kept sorted by symbol (see [`Attrs`]) is visited in C++'s order for free; name
//! comparisons are integer comparisons. Printing, `attrNames`, `toJSON` and the like sort by
//! name instead ([`SymbolTable::by_name`]). Each [`Evaluator`](crate::eval::Evaluator) owns
//! one table, like C++'s per-process symbol table, so its memory goes away with the
//! evaluation; the start-up names are shared by all tables.

use super::{Attrs, Entry};
use elsa::index_set::FrozenIndexSet;
use rustc_hash::{FxBuildHasher, FxHashMap};
use std::borrow::Cow;
use std::cmp::Ordering;
use std::sync::OnceLock;

/// An interned name: its creation rank in its evaluator's [`SymbolTable`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Symbol(u32);

/// The start-up names the evaluator refers to, by their place in [`STARTUP`].
impl Symbol {
    pub const WITH: Symbol = Symbol(0);
    pub const OUT_PATH: Symbol = Symbol(1);
    pub const DRV_PATH: Symbol = Symbol(2);
    pub const TYPE: Symbol = Symbol(3);
    pub const META: Symbol = Symbol(4);
    pub const NAME: Symbol = Symbol(5);
    pub const VALUE: Symbol = Symbol(6);
    pub const SYSTEM: Symbol = Symbol(7);
    pub const OVERRIDES: Symbol = Symbol(8);
    pub const OUTPUTS: Symbol = Symbol(9);
    pub const OUTPUT_NAME: Symbol = Symbol(10);
    pub const IGNORE_NULLS: Symbol = Symbol(11);
    pub const FILE: Symbol = Symbol(12);
    pub const LINE: Symbol = Symbol(13);
    pub const COLUMN: Symbol = Symbol(14);
    pub const FUNCTOR: Symbol = Symbol(15);
    pub const TO_STRING: Symbol = Symbol(16);
    pub const RIGHT: Symbol = Symbol(17);
    pub const WRONG: Symbol = Symbol(18);
    pub const STRUCTURED_ATTRS: Symbol = Symbol(19);
    pub const BUILDER: Symbol = Symbol(26);
    pub const ARGS: Symbol = Symbol(27);
    pub const CONTENT_ADDRESSED: Symbol = Symbol(28);
    pub const IMPURE: Symbol = Symbol(29);
    pub const OUTPUT_HASH: Symbol = Symbol(30);
    pub const OUTPUT_HASH_ALGO: Symbol = Symbol(31);
    pub const OUTPUT_HASH_MODE: Symbol = Symbol(32);
    pub const RECURSE_FOR_DERIVATIONS: Symbol = Symbol(33);
    pub const DESCRIPTION: Symbol = Symbol(34);
    pub const SELF: Symbol = Symbol(35);
    pub const EMPTY: Symbol = Symbol(36);
    pub const START_SET: Symbol = Symbol(37);
    pub const OPERATOR: Symbol = Symbol(38);
    pub const KEY: Symbol = Symbol(39);
    pub const PATH: Symbol = Symbol(40);
    pub const PREFIX: Symbol = Symbol(41);
    pub const OUTPUT_SPECIFIED: Symbol = Symbol(42);
    pub const BODY: Symbol = Symbol(50);
    pub const BUILTINS: Symbol = Symbol(51);

    /// The symbol's rank, for tables indexed by symbol.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The names C++ Nix 2.26's `nix-instantiate` has created before it reads the program, in
/// creation order. Observed, not derived: a set with one attribute per candidate name
/// (every builtin with and without `__`, the evaluator's well-known names, the names in its
/// `derivation` wrapper, common short names), each a `builtins.trace` of its own name, forced
/// with `--strict` by the oracle; the traces come out in this order, before any name the
/// program itself introduced (`spec-tests/attrs/eval-okay-symbol-order-startup.nix` checks it).
const STARTUP: [&str; 256] = [
    "<with>",
    "outPath",
    "drvPath",
    "type",
    "meta",
    "name",
    "value",
    "system",
    "__overrides",
    "outputs",
    "outputName",
    "__ignoreNulls",
    "file",
    "line",
    "column",
    "__functor",
    "__toString",
    "right",
    "wrong",
    "__structuredAttrs",
    "allowedReferences",
    "allowedRequisites",
    "disallowedReferences",
    "disallowedRequisites",
    "maxSize",
    "maxClosureSize",
    "builder",
    "args",
    "__contentAddressed",
    "__impure",
    "outputHash",
    "outputHashAlgo",
    "outputHashMode",
    "recurseForDerivations",
    "description",
    "self",
    "",
    "startSet",
    "operator",
    "key",
    "path",
    "prefix",
    "outputSpecified",
    "__sub",
    "__lessThan",
    "__mul",
    "__div",
    "or",
    "__findFile",
    "__nixPath",
    "body",
    "builtins",
    "true",
    "false",
    "null",
    "__currentTime",
    "currentTime",
    "__currentSystem",
    "currentSystem",
    "__nixVersion",
    "nixVersion",
    "__storeDir",
    "storeDir",
    "__langVersion",
    "langVersion",
    "__traceVerbose",
    "traceVerbose",
    "nixPath",
    "scopedImport",
    "import",
    "__typeOf",
    "typeOf",
    "isNull",
    "__isFunction",
    "isFunction",
    "__isInt",
    "isInt",
    "__isFloat",
    "isFloat",
    "__isString",
    "isString",
    "__isBool",
    "isBool",
    "__isPath",
    "isPath",
    "__genericClosure",
    "genericClosure",
    "break",
    "abort",
    "throw",
    "__addErrorContext",
    "addErrorContext",
    "__ceil",
    "ceil",
    "__floor",
    "floor",
    "__tryEval",
    "tryEval",
    "__getEnv",
    "getEnv",
    "__seq",
    "seq",
    "__deepSeq",
    "deepSeq",
    "__trace",
    "trace",
    "__warn",
    "warn",
    "derivationStrict",
    "placeholder",
    "__toPath",
    "toPath",
    "__storePath",
    "storePath",
    "__pathExists",
    "pathExists",
    "baseNameOf",
    "dirOf",
    "__readFile",
    "readFile",
    "findFile",
    "__hashFile",
    "hashFile",
    "__readFileType",
    "readFileType",
    "__readDir",
    "readDir",
    "__toXML",
    "toXML",
    "__toJSON",
    "toJSON",
    "__fromJSON",
    "fromJSON",
    "__toFile",
    "toFile",
    "__filterSource",
    "filterSource",
    "__path",
    "__attrNames",
    "attrNames",
    "__attrValues",
    "attrValues",
    "__getAttr",
    "getAttr",
    "__unsafeGetAttrPos",
    "unsafeGetAttrPos",
    "__hasAttr",
    "hasAttr",
    "__isAttrs",
    "isAttrs",
    "removeAttrs",
    "__listToAttrs",
    "listToAttrs",
    "__intersectAttrs",
    "intersectAttrs",
    "__catAttrs",
    "catAttrs",
    "__functionArgs",
    "functionArgs",
    "__mapAttrs",
    "mapAttrs",
    "__zipAttrsWith",
    "zipAttrsWith",
    "__isList",
    "isList",
    "__elemAt",
    "elemAt",
    "__head",
    "head",
    "__tail",
    "tail",
    "map",
    "__filter",
    "filter",
    "__elem",
    "elem",
    "__concatLists",
    "concatLists",
    "__length",
    "length",
    "__foldl'",
    "foldl'",
    "__any",
    "any",
    "__all",
    "all",
    "__genList",
    "genList",
    "__sort",
    "sort",
    "__partition",
    "partition",
    "__groupBy",
    "groupBy",
    "__concatMap",
    "concatMap",
    "__add",
    "add",
    "sub",
    "mul",
    "div",
    "__bitAnd",
    "bitAnd",
    "__bitOr",
    "bitOr",
    "__bitXor",
    "bitXor",
    "lessThan",
    "toString",
    "__substring",
    "substring",
    "__stringLength",
    "stringLength",
    "__hashString",
    "hashString",
    "__convertHash",
    "convertHash",
    "__match",
    "match",
    "__split",
    "split",
    "__concatStringsSep",
    "concatStringsSep",
    "__replaceStrings",
    "replaceStrings",
    "__parseDrvName",
    "parseDrvName",
    "__compareVersions",
    "compareVersions",
    "__splitVersion",
    "splitVersion",
    "__unsafeDiscardStringContext",
    "unsafeDiscardStringContext",
    "__hasContext",
    "hasContext",
    "__unsafeDiscardOutputDependency",
    "unsafeDiscardOutputDependency",
    "__addDrvOutputDependencies",
    "addDrvOutputDependencies",
    "__getContext",
    "getContext",
    "__appendContext",
    "appendContext",
    "fetchMercurial",
    "__fetchurl",
    "fetchurl",
    "fetchTarball",
    "fetchGit",
    "fromTOML",
    "derivation",
    "strict",
    "drvAttrs",
    "commonAttrs",
    "outputsList",
    "x",
    "outputToAttrListElement",
];

fn startup_rank(name: &[u8]) -> Option<u32> {
    static RANKS: OnceLock<FxHashMap<&'static [u8], u32>> = OnceLock::new();
    let ranks = RANKS.get_or_init(|| (0..).zip(STARTUP).map(|(i, n)| (n.as_bytes(), i)).collect());
    ranks.get(name).copied()
}

/// One evaluation's names: the start-up names, then every name created since, in order.
#[derive(Default)]
pub struct SymbolTable {
    later: FrozenIndexSet<Box<[u8]>, FxBuildHasher>,
}

impl SymbolTable {
    /// The symbol of `name`, created now if it does not exist yet (C++'s `symbols.create`).
    pub fn intern(&self, name: &[u8]) -> Symbol {
        if let Some(r) = startup_rank(name) {
            return Symbol(r);
        }
        let i = match self.later.get_full(name) {
            Some((i, _)) => i,
            None => self.later.insert_full(name.into()).0,
        };
        Symbol(STARTUP.len() as u32 + i as u32)
    }

    /// [`intern`](Self::intern) for text.
    pub fn sym(&self, name: &str) -> Symbol {
        self.intern(name.as_bytes())
    }

    /// The symbol of `name` if it exists, without creating it.
    pub fn lookup(&self, name: &[u8]) -> Option<Symbol> {
        startup_rank(name).map(Symbol).or_else(|| {
            self.later
                .get_full(name)
                .map(|(i, _)| Symbol(STARTUP.len() as u32 + i as u32))
        })
    }

    /// Whether any name was created after the start-up ones.
    pub fn created_any(&self) -> bool {
        self.later.get_index(0).is_some()
    }

    /// The name's bytes.
    pub fn name(&self, s: Symbol) -> &[u8] {
        match STARTUP.get(s.index()) {
            Some(n) => n.as_bytes(),
            None => self
                .later
                .get_index(s.index() - STARTUP.len())
                .expect("a symbol of this table"),
        }
    }

    /// The name as text, invalid UTF-8 replaced (for messages).
    pub fn text(&self, s: Symbol) -> Cow<'_, str> {
        String::from_utf8_lossy(self.name(s))
    }

    /// The name as C++ Nix writes a symbol in a message: as it is when it is an
    /// identifier, else as a string literal (`'"b c"'`).
    pub fn quoted(&self, s: Symbol) -> String {
        crate::print::symbol_str(self.name(s))
    }

    /// Compares two names by their bytes (the order of printing and `attrNames`).
    pub fn cmp_names(&self, a: Symbol, b: Symbol) -> Ordering {
        if a == b {
            Ordering::Equal
        } else {
            self.name(a).cmp(self.name(b))
        }
    }

    /// A set's attributes in name order, as C++ Nix prints and lists them.
    pub fn by_name<'a>(&self, attrs: &'a Attrs) -> Vec<&'a Entry> {
        let mut v: Vec<&Entry> = attrs.iter().collect();
        if v.len() > 1 {
            v.sort_unstable_by(|a, b| self.cmp_names(a.name, b.name));
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn startup_names_come_first_then_creation_order() {
        let t = SymbolTable::default();
        let zz = t.sym("zz");
        let aa = t.sym("aa");
        assert!(zz < aa);
        assert!(t.sym("x") < zz);
        assert!(t.sym("name") < t.sym("x"));
        assert_eq!(t.sym("<with>"), Symbol::WITH);
        assert_eq!(t.name(aa), b"aa");
        assert_eq!(t.lookup(b"nope"), None);
        assert_eq!(t.lookup(b"zz"), Some(zz));
    }

    #[test]
    fn startup_names_are_distinct() {
        let mut names: Vec<_> = STARTUP.to_vec();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), STARTUP.len());
    }

    #[test]
    fn named_constants_are_their_names() {
        let t = SymbolTable::default();
        for (s, name) in [
            (Symbol::WITH, "<with>"),
            (Symbol::OUT_PATH, "outPath"),
            (Symbol::DRV_PATH, "drvPath"),
            (Symbol::TYPE, "type"),
            (Symbol::META, "meta"),
            (Symbol::NAME, "name"),
            (Symbol::VALUE, "value"),
            (Symbol::SYSTEM, "system"),
            (Symbol::OVERRIDES, "__overrides"),
            (Symbol::OUTPUTS, "outputs"),
            (Symbol::OUTPUT_NAME, "outputName"),
            (Symbol::IGNORE_NULLS, "__ignoreNulls"),
            (Symbol::FILE, "file"),
            (Symbol::LINE, "line"),
            (Symbol::COLUMN, "column"),
            (Symbol::FUNCTOR, "__functor"),
            (Symbol::TO_STRING, "__toString"),
            (Symbol::RIGHT, "right"),
            (Symbol::WRONG, "wrong"),
            (Symbol::STRUCTURED_ATTRS, "__structuredAttrs"),
            (Symbol::BUILDER, "builder"),
            (Symbol::ARGS, "args"),
            (Symbol::CONTENT_ADDRESSED, "__contentAddressed"),
            (Symbol::IMPURE, "__impure"),
            (Symbol::OUTPUT_HASH, "outputHash"),
            (Symbol::OUTPUT_HASH_ALGO, "outputHashAlgo"),
            (Symbol::OUTPUT_HASH_MODE, "outputHashMode"),
            (Symbol::RECURSE_FOR_DERIVATIONS, "recurseForDerivations"),
            (Symbol::DESCRIPTION, "description"),
            (Symbol::SELF, "self"),
            (Symbol::EMPTY, ""),
            (Symbol::START_SET, "startSet"),
            (Symbol::OPERATOR, "operator"),
            (Symbol::KEY, "key"),
            (Symbol::PATH, "path"),
            (Symbol::PREFIX, "prefix"),
            (Symbol::OUTPUT_SPECIFIED, "outputSpecified"),
            (Symbol::BODY, "body"),
            (Symbol::BUILTINS, "builtins"),
        ] {
            assert_eq!(t.sym(name), s, "{name}");
        }
    }
}
