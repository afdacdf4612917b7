//! An evaluation's memory is given back when its evaluator is dropped, even where the
//! program made reference cycles (recursive bindings).

use nixref::source::Origin;
use nixref::{EvalOptions, Evaluator, Value};
use std::path::Path;
use std::rc::Rc;

fn closure_env_after_drop(program: &str) -> bool {
    let ev = Evaluator::new(EvalOptions::default());
    let v = ev
        .eval_source(Origin::String, program, Path::new("/"))
        .expect("evaluates");
    let Value::Lambda(c) = &v else {
        panic!("{program} should give a function")
    };
    let weak = Rc::downgrade(&c.env);
    drop(v);
    drop(ev);
    weak.upgrade().is_some()
}

#[test]
fn recursive_let_is_freed() {
    assert!(!closure_env_after_drop("let f = x: f x; in f"));
}

#[test]
fn recursive_set_is_freed() {
    assert!(!closure_env_after_drop(
        "(rec { f = x: g x; g = x: f x; }).f"
    ));
}

#[test]
fn many_evaluations_keep_no_frames() {
    for i in 0..2000 {
        let program = format!("let f = n: if n == 0 then 0 else f (n - 1); in x: f {i}");
        assert!(!closure_env_after_drop(&program));
    }
}

/// A set that holds itself through a thunk alone: once `s` has run, its value points back
/// at the thunk, with no frame in between.
#[test]
fn self_holding_set_is_freed() {
    assert!(!closure_env_after_drop(
        "let s = { inherit s; f = x: x; }; in s.s.f"
    ));
}

/// Each output of `derivation` holds every output (itself included), so a derivation
/// makes such a cycle on every call; a long run of programs that call it must not keep
/// them. `f` is one of the attributes the outputs share, so its closure lives exactly
/// as long as the cycle does.
#[test]
fn many_derivations_keep_nothing() {
    for i in 0..300 {
        let program = format!(
            r#"(derivation {{ name = "d{i}"; builder = "b"; system = "s"; outputs = [ "out" "dev" ]; f = x: x; }}).dev.out.f"#
        );
        assert!(!closure_env_after_drop(&program));
    }
}
