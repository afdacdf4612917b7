//! `import`, `scopedImport`, and the search path (`__findFile`, `__nixPath`).

use super::{Builder, Globals};
use crate::error::{Error, ErrorKind, Result};
use crate::eval::{CoerceMode, EvalOptions, Evaluator, Resolved};
use crate::source::Origin;
use crate::value::{AttrsBuilder, PrimOp, Symbol, Value};
use std::path::{Path, PathBuf};
use std::rc::Rc;

pub fn register(b: &mut Builder, options: &EvalOptions) {
    b.primop_with_globals("import", 1, import);
    b.primop_with_globals("scopedImport", 2, scoped_import);
    b.primop("findFile", 2, find_file);
    let entries = options.search_path.iter().map(|e| {
        let mut m = AttrsBuilder::with_capacity(2);
        m.insert(Symbol::PATH, Value::string(e.path.as_str()));
        m.insert(Symbol::PREFIX, Value::string(e.prefix.as_str()));
        Value::Attrs(m.finish())
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
    let mut p = PathBuf::from(super::files::realise_path_for_import(ev, v)?);
    if ev
        .fs()
        .is_dir(Path::new(&ev.real_path(&p.to_string_lossy())))
    {
        p.push("default.nix");
        // A directory without one fails when the file is opened, in C++ Nix's words.
        if ev
            .fs()
            .symlink_metadata(Path::new(&ev.real_path(&p.to_string_lossy())))
            .is_err()
        {
            return Err(Error::new(
                ErrorKind::Io,
                format!("opening file '{}': No such file or directory", p.display()),
            ));
        }
    }
    Ok(p)
}

/// `import path`: evaluates the file against the globals; the result is cached per file,
/// so importing the same file twice gives the same value (C++ Nix's `fileEvalCache`).
fn import(ev: &Evaluator, op: &PrimOp, args: &[Value]) -> Result<Value> {
    let globals = globals_of(op);
    let path = import_target(ev, &args[0])?;
    // An error of the file's own value (not of values inside it, forced later) names the
    // file, as C++ Nix's `evalFile` does.
    let in_file = |e: crate::error::Error| {
        e.with_context(
            None,
            format!("while evaluating the file '{}':", path.display()),
        )
    };
    let cached = ev.import_cache().borrow().get(&path).cloned();
    if let Some(v) = cached {
        return ev.force(&v).map_err(in_file);
    }
    let expr = parse_file(ev, &globals, &path, None)?;
    let v = Value::suspended(Rc::new(expr), ev.root_env(Vec::new()));
    ev.import_cache()
        .borrow_mut()
        .insert(path.clone(), v.clone());
    ev.force(&v).map_err(in_file)
}

/// `scopedImport scope path`: like `import`, but the names of `scope` are bound around the
/// file (shadowing globals); never cached.
fn scoped_import(ev: &Evaluator, op: &PrimOp, args: &[Value]) -> Result<Value> {
    let globals = globals_of(op);
    let scope = ev.force_attrs(
        &args[0],
        "while evaluating the first argument passed to builtins.scopedImport",
    )?;
    let path = import_target(ev, &args[1])?;
    let names: Vec<Symbol> = scope.iter().map(|e| e.name).collect();
    let values: Vec<Value> = scope.iter().map(|e| e.value.clone()).collect();
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
    let (path, text) = ev.read_source_file(path)?;
    let dir = path.parent().unwrap_or(Path::new("/")).to_path_buf();
    ev.parse(Origin::File(path), text, &dir, scope)
}

/// `__findFile nixPath name`: the first search path entry under which `name` exists,
/// with its symbolic links resolved (C++ Nix's `findFile`). The entries are all
/// looked at before `name` is forced. The part of `name` after the entry's prefix is
/// read as a path below the entry (so `..` cannot leave it). The `nix/` files C++ Nix
/// has built in (`<nix/fetchurl.nix>`) are not provided.
fn find_file(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let entries = ev.force_list(
        &args[0],
        "while evaluating the first argument passed to builtins.findFile",
    )?;
    let mut lookup = Vec::new();
    for e in entries.iter() {
        lookup.push(search_path_entry(ev, e)?);
    }
    let name = ev.force_string(
        &args[1],
        "while evaluating the second argument passed to builtins.findFile",
    )?;
    let name = name.to_str_lossy().into_owned();
    for (prefix, path) in &lookup {
        let Some(rest) = suffix_if_match(prefix, &name) else {
            continue;
        };
        let Some(base) = resolve_entry(ev, path)? else {
            continue;
        };
        let rest = crate::path::canon_path(&format!("/{rest}"));
        let candidate = crate::path::canon_path(&format!("{base}{rest}"));
        let resolved = match ev.resolve_symlinks(&candidate, true)? {
            Resolved::Path(p) => p,
            Resolved::Forbidden(p) => return Err(ev.forbidden(&p)),
        };
        if ev.path_allowed(&resolved) && ev.fs().exists(Path::new(&ev.real_path(&resolved))) {
            return Ok(Value::Path(resolved.into()));
        }
    }
    // C++ Nix throws these as a `ThrownError`: `tryEval <missing>` is false.
    let msg = if ev.options.pure_eval {
        format!("cannot look up '<{name}>' in pure evaluation mode (use '--impure' to override)")
    } else {
        format!("file '{name}' was not found in the Nix search path (add it using $NIX_PATH or -I)")
    };
    Err(Error::new(ErrorKind::Throw, msg))
}

/// One element of `findFile`'s list: its `prefix` (default empty) and its `path`, a
/// string whose store paths must be valid.
fn search_path_entry(ev: &Evaluator, e: &Value) -> Result<(String, String)> {
    let e = ev.force_attrs(
        e,
        "while evaluating an element of the list passed to builtins.findFile",
    )?;
    let prefix = match e.get(Symbol::PREFIX) {
        Some(p) => ev
            .force_string(
                p,
                "while evaluating the `prefix` attribute of an element of the list passed to builtins.findFile",
            )?
            .to_str_lossy()
            .into_owned(),
        None => String::new(),
    };
    let Some(path) = e.get(Symbol::PATH) else {
        return Err(Error::type_error("attribute 'path' missing")
            .with_context(None, "in an element of the __nixPath"));
    };
    let path = ev.coerce_to_nix_string(
        path,
        CoerceMode {
            more: false,
            copy_to_store: false,
            canonicalize: true,
        },
        "while evaluating the `path` attribute of an element of the list passed to builtins.findFile",
    )?;
    let text = path.to_str_lossy().into_owned();
    if ev.realise_context(path.context()).is_err() {
        // C++ Nix's message names an empty path here.
        return Err(Error::type_error(format!(
            "cannot find '{text}', since path '' is not valid"
        )));
    }
    Ok((prefix, text))
}

/// C++ Nix's `suffixIfPotentialMatch`: what is left of `name` after `prefix`, when the
/// prefix is a whole leading path of it.
fn suffix_if_match<'a>(prefix: &str, name: &'a str) -> Option<&'a str> {
    let n = prefix.len();
    let need_separator = n > 0 && n < name.len();
    if need_separator && name.as_bytes()[n] != b'/' {
        return None;
    }
    if !name.starts_with(prefix) {
        return None;
    }
    Some(&name[if need_separator { n + 1 } else { n }..])
}

/// The directory a search path entry names, or `None` (with a warning) when there is
/// none. URL entries need downloading, which nixref cannot do.
fn resolve_entry(ev: &Evaluator, path: &str) -> Result<Option<String>> {
    if crate::eval::is_pseudo_url(path) {
        return Ok(super::fetch::search_path_tarball(ev, path));
    }
    ev.resolve_lookup_entry(path, false)
}
