//! Number builtins beyond the arithmetic in `core`: `bitAnd`, `bitOr`, `bitXor`, `ceil`,
//! `floor`.

use super::Builder;
use crate::error::Result;
use crate::eval::Evaluator;
use crate::value::{PrimOp, Value};

pub fn register(b: &mut Builder) {
    b.primop("bitAnd", 2, |ev, _, a| {
        bit_op(ev, a, "bitAnd", |x, y| x & y)
    });
    b.primop("bitOr", 2, |ev, _, a| bit_op(ev, a, "bitOr", |x, y| x | y));
    b.primop("bitXor", 2, |ev, _, a| {
        bit_op(ev, a, "bitXor", |x, y| x ^ y)
    });
    b.primop("ceil", 1, |ev, op, a| round(ev, op, a, f64::ceil));
    b.primop("floor", 1, |ev, op, a| round(ev, op, a, f64::floor));
}

/// The bitwise builtins: both arguments must be integers, the first is checked first.
fn bit_op(ev: &Evaluator, args: &[Value], name: &str, f: fn(i64, i64) -> i64) -> Result<Value> {
    let x = ev.force_int(&args[0], || {
        format!("while evaluating the first argument passed to builtins.{name}")
    })?;
    let y = ev.force_int(&args[1], || {
        format!("while evaluating the second argument passed to builtins.{name}")
    })?;
    Ok(Value::Int(f(x, y)))
}

/// `ceil` / `floor`: an integer argument is taken as a float first (so integers beyond
/// 2^53 are rounded to a float). The rounded float becomes an integer the way C++ Nix's
/// conversion does on x86-64: a NaN, an infinity or a value outside the 64-bit range gives
/// the smallest integer, with no error.
fn round(ev: &Evaluator, op: &PrimOp, args: &[Value], f: fn(f64) -> f64) -> Result<Value> {
    let ctx = format!(
        "while evaluating the first argument passed to builtins.{}",
        op.name
    );
    // C++ Nix's `forceFloat`: errors of the forcing get the frame too.
    let x = match ev
        .force(&args[0])
        .map_err(|e| e.with_context(None, ctx.clone()))?
    {
        Value::Int(i) => i as f64,
        Value::Float(x) => x,
        other => return Err(ev.type_mismatch("a float", &other).with_context(None, ctx)),
    };
    Ok(Value::Int(float_to_int(f(x))))
}

/// x86-64's `cvttsd2si`: truncation, or `i64::MIN` when the result does not fit.
fn float_to_int(x: f64) -> i64 {
    // 2^63 is exactly representable; every float below it and at or above -2^63 fits.
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    if x.is_nan() || !(-LIMIT..LIMIT).contains(&x) {
        i64::MIN
    } else {
        x as i64
    }
}

#[cfg(test)]
mod tests {
    use super::float_to_int;

    #[test]
    fn conversion_like_x86() {
        assert_eq!(float_to_int(1.5), 1);
        assert_eq!(float_to_int(-1.5), -1);
        assert_eq!(float_to_int(f64::NAN), i64::MIN);
        assert_eq!(float_to_int(f64::INFINITY), i64::MIN);
        assert_eq!(float_to_int(9.3e18), i64::MIN);
        assert_eq!(float_to_int(-9_223_372_036_854_775_808.0), i64::MIN);
    }
}
