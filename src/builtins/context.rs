//! String context builtins: `getContext`, `hasContext`, `appendContext`,
//! `unsafeDiscardStringContext`, `unsafeDiscardOutputDependency`,
//! `addDrvOutputDependencies`.
//!
//! A string's context is a set of elements (see [`ContextElem`]). `getContext` shows it
//! as a set keyed by store path, each value saying how the path is referred to:
//! `path = true` (a plain store path), `allOutputs = true` (a derivation with all its
//! outputs, as a `drvPath` carries) and `outputs = [ ... ]` (some outputs of a
//! derivation, as an `outPath` carries); attributes that would be false or empty are
//! left out. `appendContext` reads the same shape back.

use super::Builder;
use crate::error::{Error, Result};
use crate::eval::{CoerceMode, Evaluator};
use crate::store::path::{is_derivation, parse_store_path};
use crate::value::{AttrsBuilder, Context, ContextElem, NixString, PrimOp, Symbol, Value};
use std::collections::BTreeMap;
use std::rc::Rc;

pub fn register(b: &mut Builder) {
    b.primop("getContext", 1, get_context);
    b.primop("hasContext", 1, has_context);
    b.primop("appendContext", 2, append_context);
    b.primop("unsafeDiscardStringContext", 1, discard_string_context);
    b.primop(
        "unsafeDiscardOutputDependency",
        1,
        discard_output_dependency,
    );
    b.primop("addDrvOutputDependencies", 1, add_drv_output_dependencies);
}

/// How one store path appears in a context (one value of `getContext`'s result).
#[derive(Default)]
struct PathInfo {
    path: bool,
    all_outputs: bool,
    outputs: Vec<Rc<str>>,
}

/// `getContext s`: `s` must be a string (no coercion).
fn get_context(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let s = ev.force_string(
        &args[0],
        "while evaluating the argument passed to builtins.getContext",
    )?;
    let mut infos: BTreeMap<Rc<str>, PathInfo> = BTreeMap::new();
    for elem in s.context() {
        match elem {
            ContextElem::Opaque(p) => infos.entry(p.clone()).or_default().path = true,
            ContextElem::DrvDeep(d) => infos.entry(d.clone()).or_default().all_outputs = true,
            ContextElem::Built { drv, output } => infos
                .entry(drv.clone())
                .or_default()
                .outputs
                .push(output.clone()),
        }
    }
    let mut result = AttrsBuilder::with_capacity(infos.len());
    for (path, info) in infos {
        let mut m = AttrsBuilder::new();
        if info.path {
            m.insert(Symbol::PATH, Value::Bool(true));
        }
        if info.all_outputs {
            m.insert(ev.sym("allOutputs"), Value::Bool(true));
        }
        if !info.outputs.is_empty() {
            let names = info.outputs.iter().map(|o| Value::string(&**o));
            m.insert(Symbol::OUTPUTS, Value::list(names));
        }
        result.insert(ev.sym(&path), Value::Attrs(m.finish()));
    }
    Ok(Value::Attrs(result.finish()))
}

/// `hasContext s`: `s` must be a string (no coercion).
fn has_context(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let s = ev.force_string(
        &args[0],
        "while evaluating the argument passed to builtins.hasContext",
    )?;
    Ok(Value::Bool(s.has_context()))
}

/// `appendContext s ctx`: `s` (a string, keeping its own context) with the elements
/// described by `ctx` (in `getContext`'s shape) added. Each key must be a store path; it
/// is used in canonical form, but whether it is a derivation is judged from the key as
/// written. In read-only mode nothing checks that the paths exist.
fn append_context(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let orig = ev.force_string(
        &args[0],
        "while evaluating the first argument passed to builtins.appendContext",
    )?;
    let set = ev.force_attrs(
        &args[1],
        "while evaluating the second argument passed to builtins.appendContext",
    )?;
    let store_dir = &ev.options.store_dir;
    let mut context = orig.context().clone();
    // In the set's own (symbol) order, as C++ Nix walks it: which error comes first
    // depends on it.
    for entry in set.iter() {
        let (name, info) = (ev.symbols.name(entry.name), &entry.value);
        // Every check of an entry is placed at its definition, as in C++ Nix.
        let at = |e: Error| e.at_call_site(entry.pos).with_pos(entry.pos);
        let checked = |e: Error| e.at_call_site(entry.pos);
        // C++ Nix shows the key as an identifier, quoted unless it is a valid one.
        let mut quoted = Vec::new();
        crate::print::attr_name(name, &mut quoted);
        let shown = String::from_utf8_lossy(&quoted);
        let path: Rc<str> = match parse_store_path(store_dir, name) {
            Ok(p) => p.into(),
            Err(_) => {
                return Err(at(Error::type_error(format!(
                    "context key '{shown}' is not a store path"
                ))));
            }
        };
        let info = ev
            .force_attrs(info, "while evaluating the value of a string context")
            .map_err(checked)?;
        let path_ctx = "while evaluating the `path` attribute of a string context";
        // The checks of `path`, `allOutputs` and `outputs` are at those attributes.
        if let Some(v) = info.entry(Symbol::PATH)
            && ev
                .force_bool(&v.value, path_ctx)
                .map_err(|e| e.at_call_site(v.pos))?
        {
            context.insert(ContextElem::Opaque(path.clone()));
        }
        let all_ctx = "while evaluating the `allOutputs` attribute of a string context";
        if let Some(v) = info.entry(ev.sym("allOutputs"))
            && ev
                .force_bool(&v.value, all_ctx)
                .map_err(|e| e.at_call_site(v.pos))?
        {
            if !is_derivation(name) {
                return Err(at(Error::type_error(format!(
                    "tried to add all-outputs context of {shown}, which is not a derivation, to a string"
                ))));
            }
            context.insert(ContextElem::DrvDeep(path.clone()));
        }
        if let Some(v) = info.entry(Symbol::OUTPUTS) {
            let checked = |e: Error| e.at_call_site(v.pos);
            let outputs = ev
                .force_list(
                    &v.value,
                    "while evaluating the `outputs` attribute of a string context",
                )
                .map_err(checked)?;
            if !outputs.is_empty() && !is_derivation(name) {
                return Err(at(Error::type_error(format!(
                    "tried to add derivation output context of {shown}, which is not a derivation, to a string"
                ))));
            }
            for o in outputs.iter() {
                let output = ev
                    .force_string_no_ctx(
                        o,
                        "while evaluating an output name within a string context",
                    )
                    .map_err(checked)?;
                context.insert(ContextElem::Built {
                    drv: path.clone(),
                    output: output.to_str_lossy().into(),
                });
            }
        }
    }
    Ok(Value::String(NixString::new(orig.as_bytes(), context)))
}

/// Coerces the argument as interpolation does (paths are copied to the store, sets
/// with `outPath` or `__toString` are accepted), keeping its context.
fn coerce(ev: &Evaluator, v: &Value, name: &str) -> Result<NixString> {
    ev.coerce_to_nix_string(v, CoerceMode::INTERPOLATE, || {
        format!("while evaluating the argument passed to builtins.{name}")
    })
}

/// `unsafeDiscardStringContext s`: the coerced string without any context.
fn discard_string_context(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let s = coerce(ev, &args[0], "unsafeDiscardStringContext")?;
    Ok(Value::String(NixString::plain(s.as_bytes())))
}

/// `unsafeDiscardOutputDependency s`: each whole-derivation element (`drvPath`'s
/// context) becomes a plain reference to the `.drv` file; other elements stay.
fn discard_output_dependency(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let s = coerce(ev, &args[0], "unsafeDiscardOutputDependency")?;
    let context: Context = s
        .context()
        .iter()
        .map(|e| match e {
            ContextElem::DrvDeep(d) => ContextElem::Opaque(d.clone()),
            e => e.clone(),
        })
        .collect();
    Ok(Value::String(NixString::new(s.as_bytes(), context)))
}

/// `addDrvOutputDependencies s`: the opposite of `unsafeDiscardOutputDependency` for a
/// string whose context is exactly one element: a plain `.drv` path becomes a
/// whole-derivation element; a whole-derivation element stays; a derivation output is
/// an error.
fn add_drv_output_dependencies(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let s = coerce(ev, &args[0], "addDrvOutputDependencies")?;
    let mut elems = s.context().iter();
    let (Some(elem), None) = (elems.next(), elems.next()) else {
        return Err(Error::type_error(format!(
            "context of string '{}' must have exactly one element, but has {}",
            s.to_str_lossy(),
            s.context().len()
        )));
    };
    let new = match elem {
        ContextElem::Opaque(p) if is_derivation(p.as_bytes()) => ContextElem::DrvDeep(p.clone()),
        ContextElem::Opaque(p) => {
            return Err(Error::type_error(format!("path '{p}' is not a derivation")));
        }
        ContextElem::Built { output, .. } => {
            return Err(Error::type_error(format!(
                "`addDrvOutputDependencies` can only act on derivations, not on a derivation output such as '{output}'"
            )));
        }
        ContextElem::DrvDeep(d) => ContextElem::DrvDeep(d.clone()),
    };
    Ok(Value::String(NixString::new(
        s.as_bytes(),
        [new].into_iter().collect(),
    )))
}
