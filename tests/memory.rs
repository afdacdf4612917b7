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
