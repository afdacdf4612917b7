//! Data formats: `fromJSON`, `toJSON`, `fromTOML`, `toXML`.

mod json;
mod toml;

use super::Builder;
use crate::error::Result;
use crate::eval::Evaluator;
use crate::value::{Context, NixString, PrimOp, Value};

pub fn register(b: &mut Builder) {
    b.primop("fromJSON", 1, from_json);
    b.primop("toJSON", 1, to_json);
    b.primop("fromTOML", 1, from_toml);
    b.primop("toXML", 1, to_xml);
}

/// `fromJSON s`: `s` must not refer to store paths. Errors of the JSON reader come with
/// the context "while decoding a JSON string" (see `json::parse`).
fn from_json(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let s = ev.force_string_no_ctx(
        &args[0],
        "while evaluating the first argument passed to builtins.fromJSON",
    )?;
    json::parse(s.as_bytes(), &ev.symbols)
}

/// `toJSON v`: forces `v` completely; the string keeps the contexts of every string in it.
fn to_json(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let mut context = Context::new();
    let s = crate::print::to_json(ev, &args[0], &mut context)?;
    Ok(Value::String(NixString::new(s.into_bytes(), context)))
}

/// `fromTOML s`.
fn from_toml(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let s = ev.force_string_no_ctx(
        &args[0],
        "while evaluating the argument passed to builtins.fromTOML",
    )?;
    toml::parse(s.as_bytes(), &ev.symbols)
}

/// `toXML v`: the XML `nix-instantiate --xml` would print, forcing everything, without
/// positions (C++ Nix's `toXML` never writes them). The string keeps the contexts of the
/// strings that were written (not those inside a derivation written as `<repeated />`).
fn to_xml(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let (xml, context) = crate::print::to_xml_with_context(ev, &args[0], true, false)?;
    Ok(Value::String(NixString::concat(&xml, context)))
}
