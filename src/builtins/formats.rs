//! Data formats: `fromJSON`, `toJSON`, `fromTOML`, `toXML`.

mod json;
mod toml;

use super::Builder;
use crate::error::Result;
use crate::eval::Evaluator;
use crate::value::{Context, NixString, PrimOp, Symbol, Value};
use std::collections::HashSet;

pub fn register(b: &mut Builder) {
    b.primop("fromJSON", 1, from_json);
    b.primop("toJSON", 1, to_json);
    b.primop("fromTOML", 1, from_toml);
    b.primop("toXML", 1, to_xml);
}

/// `fromJSON s`: `s` must not refer to store paths. Errors of the JSON reader come with
/// the context "while decoding a JSON string" (see `json::parse`).
fn from_json(ev: &Evaluator, _: &PrimOp, args: Vec<Value>) -> Result<Value> {
    let s = ev.force_string_no_ctx(
        &args[0],
        "while evaluating the first argument passed to builtins.fromJSON",
    )?;
    json::parse(s.as_bytes(), &ev.symbols)
}

/// `toJSON v`: forces `v` completely; the string keeps the contexts of every string in it.
fn to_json(ev: &Evaluator, _: &PrimOp, args: Vec<Value>) -> Result<Value> {
    let mut context = Context::new();
    let s = crate::print::to_json(ev, &args[0], &mut context)?;
    Ok(Value::String(NixString::new(s.into_bytes(), context)))
}

/// `fromTOML s`.
fn from_toml(ev: &Evaluator, _: &PrimOp, args: Vec<Value>) -> Result<Value> {
    let s = ev.force_string_no_ctx(
        &args[0],
        "while evaluating the argument passed to builtins.fromTOML",
    )?;
    toml::parse(&s.to_str_lossy(), &ev.symbols)
}

/// `toXML v`: the XML `nix-instantiate --xml` would print, forcing everything, without
/// positions (C++ Nix's `toXML` never writes them). The string keeps the contexts of the
/// strings that were written.
fn to_xml(ev: &Evaluator, _: &PrimOp, args: Vec<Value>) -> Result<Value> {
    let xml = crate::print::to_xml(ev, &args[0], true, false)?;
    let mut context = Context::new();
    xml_context(ev, &args[0], &mut context, &mut HashSet::new())?;
    Ok(Value::String(NixString::new(xml.into_bytes(), context)))
}

/// Collects the contexts of the strings `toXML` writes out: every string value, except
/// inside a derivation written as `<repeated />` (one whose `drvPath` is empty, missing
/// or was seen before). Everything is already forced by the time this runs.
fn xml_context(
    ev: &Evaluator,
    v: &Value,
    context: &mut Context,
    drvs_seen: &mut HashSet<Vec<u8>>,
) -> Result<()> {
    match ev.force(v)? {
        Value::String(s) => context.extend(s.context().iter().cloned()),
        Value::List(l) => {
            for x in l.iter() {
                xml_context(ev, x, context, drvs_seen)?;
            }
        }
        Value::Attrs(a) => {
            if ev.is_derivation(&a)? {
                let drv_path = match a.get(Symbol::DRV_PATH).map(|p| ev.force(p)).transpose()? {
                    Some(Value::String(s)) => s.as_bytes().to_vec(),
                    _ => Vec::new(),
                };
                if drv_path.is_empty() || !drvs_seen.insert(drv_path) {
                    return Ok(());
                }
            }
            for e in ev.symbols.by_name(&a) {
                xml_context(ev, &e.value, context, drvs_seen)?;
            }
        }
        _ => {}
    }
    Ok(())
}
