//! The order in which C++ Nix created each attribute name, which is the order in which it
//! visits a set's attributes when it forces it deeply (`--strict`, `deepSeq`), compares two
//! sets (`==`), or checks a call's arguments against a function's formals.
//!
//! C++ Nix keeps an attribute set sorted by symbol, and a symbol is a number handed out when
//! a name is first seen: first a fixed list at start-up (well-known names, then every
//! builtin as it is registered, then the names of its own `derivation` wrapper), then each
//! name of a program as its parser creates it ([`crate::syntax::creation_order`]), then names
//! made while evaluating (dynamic attributes, `listToAttrs`, `fromJSON`, ...). When two
//! attributes of one set both fail, which error is reported depends on this order:
//! `{ b = throw "b"; a = throw "a"; }` fails with `b` under `--strict`, and
//! `{ zz = throw "zz"; name = throw "name"; }` with `name` (a start-up symbol).
//!
//! Printing, `attrNames`, `toJSON` and the like sort by name instead; only the visits above
//! use this order. Each [`Evaluator`](super::Evaluator) owns one table, like C++'s
//! per-process symbol table, so its memory goes away with the evaluation.

use crate::value::{Attrs, Symbol, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

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
    static RANKS: OnceLock<HashMap<&'static [u8], u32>> = OnceLock::new();
    let ranks = RANKS.get_or_init(|| (0..).zip(STARTUP).map(|(i, n)| (n.as_bytes(), i)).collect());
    ranks.get(name).copied()
}

/// Creation ranks of the names made after start-up.
#[derive(Default)]
pub struct SymbolTable {
    later: RefCell<HashMap<Symbol, u32>>,
}

impl SymbolTable {
    /// Records that `name` was created now, unless it already exists (C++'s `symbols.create`).
    pub fn intern(&self, name: &Symbol) {
        self.rank(name);
    }

    /// [`intern`](Self::intern) for each name, in order.
    pub fn intern_all(&self, names: &[Symbol]) {
        for n in names {
            self.intern(n);
        }
    }

    /// The name's creation rank. A name never recorded is created by this very look-up (a
    /// name a builtin made without recording it counts as made when first visited).
    pub fn rank(&self, name: &Symbol) -> u32 {
        if let Some(r) = startup_rank(name) {
            return r;
        }
        let mut later = self.later.borrow_mut();
        let next = STARTUP.len() as u32 + later.len() as u32;
        *later.entry(name.clone()).or_insert(next)
    }

    /// A set's attributes in C++ Nix's order (creation order of their names).
    pub fn in_creation_order<'a>(&self, attrs: &'a Attrs) -> Vec<(&'a Symbol, &'a Value)> {
        let mut v: Vec<_> = attrs.iter().collect();
        if v.len() > 1 {
            v.sort_by_cached_key(|(name, _)| self.rank(name));
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::sym;

    #[test]
    fn startup_names_come_first_then_creation_order() {
        let t = SymbolTable::default();
        t.intern(&sym("zz"));
        t.intern(&sym("aa"));
        assert!(t.rank(&sym("zz")) < t.rank(&sym("aa")));
        assert!(t.rank(&sym("x")) < t.rank(&sym("zz")));
        assert!(t.rank(&sym("name")) < t.rank(&sym("x")));
        assert_eq!(t.rank(&sym("<with>")), 0);
    }

    #[test]
    fn startup_names_are_distinct() {
        let mut names: Vec<_> = STARTUP.to_vec();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), STARTUP.len());
    }
}
