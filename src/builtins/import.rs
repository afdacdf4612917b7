//! `import`, `scopedImport`, and the search path (`__findFile`, `__nixPath`).

use super::{Builder, Globals};
use crate::error::{Error, ErrorKind, Result};
use crate::eval::{CoerceMode, EvalOptions, Evaluator, read_nix_file};
use crate::source::Origin;
use crate::value::{AttrMap, PrimOp, Symbol, Value, sym};
use std::path::{Path, PathBuf};
use std::rc::Rc;

pub fn register(b: &mut Builder, options: &EvalOptions) {
    b.primop_with_globals("import", 1, import);
    b.primop_with_globals("scopedImport", 2, scoped_import);
    b.primop("findFile", 2, find_file);
    let entries = options.search_path.iter().map(|e| {
        let mut m = AttrMap::new();
        m.insert(sym("path"), Value::string(e.path.as_str()));
        m.insert(sym("prefix"), Value::string(e.prefix.as_str()));
        Value::attrs(m)
    });
    b.constant("nixPath", Value::list(entries));
}

fn globals_of(op: &PrimOp) -> Rc<Globals> {
    op.globals
        .as_ref()
        .and_then(|w| w.upgrade())
        .expect("the globals outlive every evaluation that can call import")
}

/// The file `import` reads: the path (C++ Nix's `realisePath`), or its `default.nix`
/// when it is a directory.
fn import_target(ev: &Evaluator, v: &Value) -> Result<PathBuf> {
    let mut p = PathBuf::from(super::files::realise_path(ev, v)?);
    if p.is_dir() {
        p.push("default.nix");
    }
    Ok(p)
}

/// `import path`: evaluates the file against the globals; the result is cached per file,
/// so importing the same file twice gives the same value (C++ Nix's `fileEvalCache`).
fn import(ev: &Evaluator, op: &PrimOp, args: Vec<Value>) -> Result<Value> {
    let globals = globals_of(op);
    let path = import_target(ev, &args[0])?;
    if let Some(v) = ev.import_cache().borrow().get(&path) {
        return ev.force(v);
    }
    let expr = parse_file(ev, &globals, &path, None)?;
    let v = Value::suspended(Rc::new(expr), ev.root_env(Vec::new()));
    ev.import_cache().borrow_mut().insert(path, v.clone());
    ev.force(&v)
}

/// `scopedImport scope path`: like `import`, but the names of `scope` are bound around the
/// file (shadowing globals); never cached.
fn scoped_import(ev: &Evaluator, op: &PrimOp, args: Vec<Value>) -> Result<Value> {
    let globals = globals_of(op);
    let scope = ev.force_attrs(
        &args[0],
        "while evaluating the first argument passed to builtins.scopedImport",
    )?;
    let path = import_target(ev, &args[1])?;
    let names: Vec<Symbol> = scope.iter().map(|(k, _)| k.clone()).collect();
    let values: Vec<Value> = scope.iter().map(|(_, v)| v.clone()).collect();
    let expr = parse_file(ev, &globals, &path, Some(names))?;
    ev.eval(&expr, &ev.root_env(values))
}

fn parse_file(
    ev: &Evaluator,
    globals: &Globals,
    path: &Path,
    scope: Option<Vec<Symbol>>,
) -> Result<crate::syntax::expr::Expr> {
    debug_assert!(
        std::ptr::eq(globals, &**ev.globals()),
        "one set of globals per evaluation"
    );
    let (path, text) = read_nix_file(path)?;
    let dir = path.parent().unwrap_or(Path::new("/")).to_path_buf();
    ev.parse(Origin::File(path), &text, &dir, scope)
}

/// `__findFile nixPath name`: the first search path entry under which `name` exists.
fn find_file(ev: &Evaluator, _: &PrimOp, args: Vec<Value>) -> Result<Value> {
    let entries = ev.force_list(
        &args[0],
        "while evaluating the first argument passed to builtins.findFile",
    )?;
    let name = ev.force_string(
        &args[1],
        "while evaluating the second argument passed to builtins.findFile",
    )?;
    let name = name.to_str_lossy().into_owned();
    for e in entries.iter() {
        let e = ev.force_attrs(
            e,
            "while evaluating an element of the list passed to builtins.findFile",
        )?;
        let prefix = match e.get(b"prefix") {
            Some(p) => ev
                .force_string(p, "while evaluating the `prefix` attribute")?
                .to_str_lossy()
                .into_owned(),
            None => String::new(),
        };
        let Some(path) = e.get(b"path") else {
            return Err(Error::type_error("attribute 'path' missing"));
        };
        let path = ev.coerce_to_nix_string(
            path,
            CoerceMode::TO_STRING,
            "while evaluating the `path` attribute",
        )?;
        let rest = if prefix.is_empty() {
            Some(name.as_str())
        } else if name == prefix {
            Some("")
        } else {
            name.strip_prefix(&prefix).and_then(|r| r.strip_prefix('/'))
        };
        let Some(rest) = rest else { continue };
        let base = absolute(&path.to_str_lossy());
        let candidate = if rest.is_empty() {
            base
        } else {
            crate::path::canon_path(&format!("{base}/{rest}"))
        };
        if Path::new(&candidate).exists() {
            return Ok(Value::Path(candidate.into()));
        }
    }
    // C++ Nix throws this one as a `ThrownError`: `tryEval <missing>` is false.
    Err(Error::new(
        ErrorKind::Throw,
        format!(
            "file '{name}' was not found in the Nix search path (add it using $NIX_PATH or -I)"
        ),
    ))
}

/// A search path entry, made absolute against the current directory.
fn absolute(p: &str) -> String {
    if p.starts_with('/') {
        return crate::path::canon_path(p);
    }
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
    crate::path::canon_path(&format!("{}/{p}", cwd.display()))
}
