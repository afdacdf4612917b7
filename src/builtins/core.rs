//! The core builtins: errors, `tryEval`, forcing, types, `toString`, arithmetic.

use super::Builder;
use crate::error::{Error, ErrorKind, Result};
use crate::eval::{CoerceMode, Evaluator};
use crate::value::{AttrsBuilder, PrimOp, Symbol, Value};

pub fn register(b: &mut Builder) {
    b.constant("true", Value::Bool(true));
    b.constant("false", Value::Bool(false));
    b.constant("null", Value::Null);
    b.constant("langVersion", Value::Int(6));
    b.constant("nixVersion", Value::string(crate::NIX_VERSION));
    b.primop("throw", 1, throw);
    b.primop("abort", 1, abort);
    b.primop("tryEval", 1, try_eval);
    b.primop("seq", 2, seq);
    b.primop("deepSeq", 2, deep_seq);
    b.primop("typeOf", 1, type_of);
    b.primop("isNull", 1, |ev, _, a| {
        is(ev, &a[0], |v| matches!(v, Value::Null))
    });
    b.primop("isBool", 1, |ev, _, a| {
        is(ev, &a[0], |v| matches!(v, Value::Bool(_)))
    });
    b.primop("isInt", 1, |ev, _, a| {
        is(ev, &a[0], |v| matches!(v, Value::Int(_)))
    });
    b.primop("isFloat", 1, |ev, _, a| {
        is(ev, &a[0], |v| matches!(v, Value::Float(_)))
    });
    b.primop("isString", 1, |ev, _, a| {
        is(ev, &a[0], |v| matches!(v, Value::String(_)))
    });
    b.primop("isPath", 1, |ev, _, a| {
        is(ev, &a[0], |v| matches!(v, Value::Path(_)))
    });
    b.primop("isList", 1, |ev, _, a| {
        is(ev, &a[0], |v| matches!(v, Value::List(_)))
    });
    b.primop("isAttrs", 1, |ev, _, a| {
        is(ev, &a[0], |v| matches!(v, Value::Attrs(_)))
    });
    b.primop("isFunction", 1, |ev, _, a| {
        is(ev, &a[0], Value::is_function)
    });
    b.primop("toString", 1, to_string);
    b.primop("unsafeGetAttrPos", 2, unsafe_get_attr_pos);
    b.primop("add", 2, |ev, _, a| {
        ev.arith(crate::eval::Arith::Add, &a[0], &a[1])
    });
    b.primop("sub", 2, |ev, _, a| {
        ev.arith(crate::eval::Arith::Sub, &a[0], &a[1])
    });
    b.primop("mul", 2, |ev, _, a| {
        ev.arith(crate::eval::Arith::Mul, &a[0], &a[1])
    });
    b.primop("div", 2, |ev, _, a| {
        ev.arith(crate::eval::Arith::Div, &a[0], &a[1])
    });
    b.primop("lessThan", 2, |ev, _, a| {
        Ok(Value::Bool(ev.less_than(&a[0], &a[1])?))
    });
}

/// `throw msg`: an error `tryEval` catches.
fn throw(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let msg = ev.coerce_to_nix_string(
        &args[0],
        CoerceMode::INTERPOLATE,
        "while evaluating the error message passed to builtin.throw",
    )?;
    Err(Error::new(ErrorKind::Throw, msg.to_str_lossy()))
}

/// `abort msg`: an error nothing catches.
fn abort(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let msg = ev.coerce_to_nix_string(
        &args[0],
        CoerceMode::INTERPOLATE,
        "while evaluating the error message passed to builtins.abort",
    )?;
    Err(Error::new(
        ErrorKind::Abort,
        format!(
            "evaluation aborted with the following error message: '{}'",
            msg.to_str_lossy()
        ),
    ))
}

/// `tryEval e`: `{ success = true; value = e; }` once `e` is in weak head normal form, or
/// `{ success = false; value = false; }` if that threw or failed an assertion.
fn try_eval(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let mut m = AttrsBuilder::with_capacity(2);
    let success = ev.sym("success");
    match ev.force(&args[0]) {
        Ok(v) => {
            m.insert(success, Value::Bool(true));
            m.insert(Symbol::VALUE, v);
        }
        Err(e) if e.kind().is_catchable() => {
            if ev.observing() {
                ev.observe(crate::eval::Event::Catch(&e));
            }
            m.insert(success, Value::Bool(false));
            m.insert(Symbol::VALUE, Value::Bool(false));
        }
        Err(e) => return Err(e),
    }
    Ok(Value::Attrs(m.finish()))
}

fn seq(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    ev.force(&args[0])?;
    ev.force(&args[1])
}

fn deep_seq(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    ev.force_deep(&args[0])?;
    ev.force(&args[1])
}

fn type_of(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    Ok(Value::string(ev.force(&args[0])?.type_name()))
}

fn is(ev: &Evaluator, v: &Value, pred: impl Fn(&Value) -> bool) -> Result<Value> {
    Ok(Value::Bool(pred(&ev.force(v)?)))
}

fn to_string(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let s = ev.coerce_to_nix_string(
        &args[0],
        CoerceMode::TO_STRING,
        "while evaluating the first argument passed to builtins.toString",
    )?;
    Ok(Value::String(s))
}

/// `unsafeGetAttrPos name set`: where a set literal defined `name`, as
/// `{ file; line; column; }`, or `null` when unknown.
fn unsafe_get_attr_pos(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let name = ev.force_string(
        &args[0],
        "while evaluating the first argument passed to builtins.unsafeGetAttrPos",
    )?;
    let set = ev.force_attrs(
        &args[1],
        "while evaluating the second argument passed to builtins.unsafeGetAttrPos",
    )?;
    Ok(match set.pos(ev.create_symbol(name.as_bytes())) {
        Some(p) => ev.pos_attrs(p),
        None => Value::Null,
    })
}
