//! The attribute set builtins: `attrNames`, `attrValues`, `getAttr`, `hasAttr`, `catAttrs`,
//! `intersectAttrs`, `listToAttrs`, `mapAttrs`, `removeAttrs`, `zipAttrsWith`, `groupBy`,
//! `functionArgs`.
//!
//! Each forces exactly what C++ Nix forces: the sets and lists it walks and the names it
//! needs, never the values it moves around. Results are new sets (C++ Nix always builds
//! fresh bindings here, so none of them is `«repeated»` against its input), and the values
//! computed per attribute (`mapAttrs`, `zipAttrsWith`) are lazy applications.

use super::Builder;
use crate::error::{Error, ErrorKind, Result};
use crate::eval::Evaluator;
use crate::source::Pos;
use crate::syntax::expr::Param;
use crate::value::{Attrs, AttrsBuilder, NixString, PrimOp, Symbol, Value};
use std::collections::BTreeMap;

pub fn register(b: &mut Builder) {
    b.primop("attrNames", 1, attr_names);
    b.primop("attrValues", 1, attr_values);
    b.primop("getAttr", 2, get_attr);
    b.primop("hasAttr", 2, has_attr);
    b.primop("catAttrs", 2, cat_attrs);
    b.primop("intersectAttrs", 2, intersect_attrs);
    b.primop("listToAttrs", 1, list_to_attrs);
    b.primop("mapAttrs", 2, map_attrs);
    b.primop("removeAttrs", 2, remove_attrs);
    b.primop("zipAttrsWith", 2, zip_attrs_with);
    b.primop("groupBy", 2, group_by);
    b.primop("functionArgs", 1, function_args);
}

/// The position given to calls a builtin makes itself (C++ Nix passes no position there;
/// the evaluator attaches the builtin's call site to errors).
pub(super) const NO_POS: Pos = Pos::NONE;

/// A name as a Nix string value.
pub(super) fn name_value(name: &[u8]) -> Value {
    Value::String(NixString::plain(name))
}

/// "attribute 'x' missing", with the context C++ Nix's builtins add.
pub(super) fn missing_attr(ev: &Evaluator, name: Symbol, ctx: &str) -> Error {
    Error::new(
        ErrorKind::MissingAttr,
        format!("attribute '{}' missing", ev.symbols.quoted(name)),
    )
    .with_context(None, ctx)
}

/// A lazy `f a b`: C++ Nix stores such applications as unevaluated thunks.
pub(super) fn lazy_call(f: &Value, a: Value, b: Value) -> Value {
    let f = f.clone();
    Value::native_thunk(move |ev| ev.call_value(&f, [a, b], f.call_pos()))
}

/// `attrNames set`: the names in byte order.
fn attr_names(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let a = ev.force_attrs(
        &args[0],
        "while evaluating the argument passed to builtins.attrNames",
    )?;
    let names = ev.symbols.by_name(&a);
    Ok(Value::list(
        names.iter().map(|e| name_value(ev.symbols.name(e.name))),
    ))
}

/// `attrValues set`: the values in the order of their names, unforced.
fn attr_values(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let a = ev.force_attrs(
        &args[0],
        "while evaluating the argument passed to builtins.attrValues",
    )?;
    Ok(Value::list(
        ev.symbols.by_name(&a).iter().map(|e| e.value.clone()),
    ))
}

/// `getAttr name set`: the name is forced before the set; the value is forced.
fn get_attr(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let name = ev.force_string_no_ctx(
        &args[0],
        "while evaluating the first argument passed to builtins.getAttr",
    )?;
    let a = ev.force_attrs(
        &args[1],
        "while evaluating the second argument passed to builtins.getAttr",
    )?;
    let name = ev.create_symbol(name.as_bytes());
    match a.get(name) {
        Some(v) => ev.force(v),
        None => Err(missing_attr(
            ev,
            name,
            "in the attribute set under consideration",
        )),
    }
}

/// `hasAttr name set`.
fn has_attr(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let name = ev.force_string_no_ctx(
        &args[0],
        "while evaluating the first argument passed to builtins.hasAttr",
    )?;
    let a = ev.force_attrs(
        &args[1],
        "while evaluating the second argument passed to builtins.hasAttr",
    )?;
    Ok(Value::Bool(a.contains(ev.create_symbol(name.as_bytes()))))
}

/// `catAttrs name sets`: every set of the list is forced, the values are not.
fn cat_attrs(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let name = ev.force_string_no_ctx(
        &args[0],
        "while evaluating the first argument passed to builtins.catAttrs",
    )?;
    let list = ev.force_list(
        &args[1],
        "while evaluating the second argument passed to builtins.catAttrs",
    )?;
    let name = ev.create_symbol(name.as_bytes());
    let mut out = Vec::new();
    for x in list.iter() {
        let a = ev.force_attrs(
            x,
            "while evaluating an element in the list passed as second argument to builtins.catAttrs",
        )?;
        if let Some(v) = a.get(name) {
            out.push(v.clone());
        }
    }
    Ok(Value::list(out))
}

/// `intersectAttrs e1 e2`: the attributes of `e2` whose names `e1` has.
fn intersect_attrs(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let left = ev.force_attrs(
        &args[0],
        "while evaluating the first argument passed to builtins.intersectAttrs",
    )?;
    let right = ev.force_attrs(
        &args[1],
        "while evaluating the second argument passed to builtins.intersectAttrs",
    )?;
    Ok(Value::Attrs(right.filter(|e| left.contains(e.name))))
}

/// `listToAttrs [ { name; value; } ... ]`: the first definition of a name wins, and only
/// its `value` needs to exist. Elements and names are forced at once, values are not.
fn list_to_attrs(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let list = ev.force_list(
        &args[0],
        "while evaluating the argument passed to builtins.listToAttrs",
    )?;
    let mut m = AttrsBuilder::with_capacity(list.len());
    let mut seen = rustc_hash::FxHashSet::default();
    for x in list.iter() {
        let a = ev.force_attrs(
            x,
            "while evaluating an element of the list passed to builtins.listToAttrs",
        )?;
        let name = a
            .entry(Symbol::NAME)
            .ok_or_else(|| missing_attr(ev, Symbol::NAME, "in a {name=...; value=...;} pair"))?;
        // Checked at the `name` attribute's definition, as C++ Nix does.
        let name = ev.force_string_no_ctx(&name.value,
            "while evaluating the `name` attribute of an element of the list passed to builtins.listToAttrs",
        ).map_err(|e| e.at_call_site(name.pos))?;
        let name = ev.create_symbol(name.as_bytes());
        if !seen.insert(name) {
            continue;
        }
        let value = a
            .entry(Symbol::VALUE)
            .ok_or_else(|| missing_attr(ev, Symbol::VALUE, "in a {name=...; value=...;} pair"))?;
        // Each attribute is placed where its `value` was defined (unsafeGetAttrPos).
        m.insert_at(name, value.value.clone(), value.pos);
    }
    Ok(Value::Attrs(m.finish_first_wins()))
}

/// `mapAttrs f set`: each value becomes the lazy `f name value`; `f` itself is not forced.
fn map_attrs(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let a = ev.force_attrs(
        &args[1],
        "while evaluating the second argument passed to builtins.mapAttrs",
    )?;
    Ok(Value::Attrs(a.map_values(|e| {
        lazy_call(
            &args[0],
            name_value(ev.symbols.name(e.name)),
            e.value.clone(),
        )
    })))
}

/// `removeAttrs set names`: every name is forced (and must be a plain string) even if the
/// set lacks it.
fn remove_attrs(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let a = ev.force_attrs(
        &args[0],
        "while evaluating the first argument passed to builtins.removeAttrs",
    )?;
    let names = ev.force_list(
        &args[1],
        "while evaluating the second argument passed to builtins.removeAttrs",
    )?;
    let mut removed = rustc_hash::FxHashSet::default();
    for x in names.iter() {
        let name = ev.force_string_no_ctx(
            x,
            "while evaluating the values of the second argument passed to builtins.removeAttrs",
        )?;
        removed.insert(ev.create_symbol(name.as_bytes()));
    }
    Ok(Value::Attrs(a.filter(|e| !removed.contains(&e.name))))
}

/// `zipAttrsWith f sets`: for each name found in any set, the lazy `f name [values...]`
/// with the values in list order. `f` is forced first, then the list and every set.
fn zip_attrs_with(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let f = ev.force_function(
        &args[0],
        "while evaluating the first argument passed to builtins.zipAttrsWith",
    )?;
    let list = ev.force_list(
        &args[1],
        "while evaluating the second argument passed to builtins.zipAttrsWith",
    )?;
    let mut seen: BTreeMap<Symbol, Vec<Value>> = BTreeMap::new();
    for x in list.iter() {
        let a = ev.force_attrs(
            x,
            "while evaluating a value of the list passed as second argument to builtins.zipAttrsWith",
        )?;
        for e in a.iter() {
            seen.entry(e.name).or_default().push(e.value.clone());
        }
    }
    let m = seen
        .into_iter()
        .map(|(k, vs)| {
            let v = lazy_call(&f, name_value(ev.symbols.name(k)), Value::list(vs));
            (k, v)
        })
        .collect();
    Ok(Value::Attrs(m))
}

/// `groupBy f list`: `f` is called on every element at once; each result must be a plain
/// string. The groups keep list order.
fn group_by(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let f = ev.force_function(
        &args[0],
        "while evaluating the first argument passed to builtins.groupBy",
    )?;
    let list = ev.force_list(
        &args[1],
        "while evaluating the second argument passed to builtins.groupBy",
    )?;
    let mut groups: BTreeMap<Symbol, Vec<Value>> = BTreeMap::new();
    for x in list.iter() {
        let r = ev.call(&f, x.clone(), NO_POS)?;
        let name = ev.force_string_no_ctx(
            &r,
            "while evaluating the return value of the grouping function passed to builtins.groupBy",
        )?;
        groups
            .entry(ev.create_symbol(name.as_bytes()))
            .or_default()
            .push(x.clone());
    }
    let m = groups
        .into_iter()
        .map(|(k, vs)| (k, Value::list(vs)))
        .collect();
    Ok(Value::Attrs(m))
}

/// `functionArgs f`: for a lambda with formals, each formal mapped to whether it has a
/// default; `{}` for a plain lambda and for builtins (even partially applied ones). A set
/// with `__functor` is not a function here.
fn function_args(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    match ev.force(&args[0])? {
        Value::PrimOp(_) => Ok(Value::Attrs(Attrs::empty())),
        Value::Lambda(c) => match &c.def.param {
            Param::Ident(_) => Ok(Value::Attrs(Attrs::empty())),
            // The formals' positions come along (`unsafeGetAttrPos` on the result).
            Param::Formals { formals, .. } => {
                let mut m = AttrsBuilder::with_capacity(formals.len());
                for f in formals.iter() {
                    m.insert_at(f.name, Value::Bool(f.default.is_some()), f.pos);
                }
                Ok(Value::Attrs(m.finish()))
            }
        },
        _ => Err(Error::type_error("'functionArgs' requires a function")),
    }
}
