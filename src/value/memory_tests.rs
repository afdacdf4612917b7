//! An evaluation's memory is given back when its evaluator is dropped, even where the
//! program made reference cycles (recursive bindings), and cycles that become garbage
//! while it runs are freed while it runs.
//!
//! The cycle collector keeps a registry of the objects through which cycles pass
//! (recursive frames, evaluated thunks that hold values); an object leaves it when it is
//! freed, so the registry's size says whether such objects are still alive.

use crate::eval::{EvalOptions, Evaluator};
use crate::source::Origin;
use crate::value::Value;
use crate::value::cycles::tracked_count;
use std::path::Path;

/// Whether anything the program made through which a cycle could pass is still alive
/// after the program's function value and the evaluator are dropped.
fn closure_env_after_drop(program: &str) -> bool {
    let before = tracked_count();
    let ev = Evaluator::new(EvalOptions::default());
    let v = ev
        .eval_source(Origin::String, program, Path::new("/"))
        .expect("evaluates");
    assert!(
        matches!(v, Value::Lambda(_)),
        "{program} should give a function"
    );
    assert!(tracked_count() > before, "{program} makes a cycle");
    drop(v);
    drop(ev);
    tracked_count() > before
}

/// The evaluations of a thread share their globals (made from the same options), and
/// `derivation`, made from nixref's own Nix source, works in each of them, with its
/// positions in that source.
#[test]
fn evaluations_share_their_globals() {
    let program = r#"let d = derivation { name = "x"; builder = "b"; system = "s"; }; in [ d.drvPath (builtins.unsafeGetAttrPos "drvPath" d).line ]"#;
    let run = || {
        let ev = Evaluator::new(EvalOptions::default());
        let v = ev
            .eval_source(Origin::String, program, Path::new("/"))
            .and_then(|v| ev.force_deep(&v))
            .expect("evaluates");
        (
            crate::print::print_value(&ev.symbols, &v),
            ev.globals().clone(),
        )
    };
    let (first, g1) = run();
    let (second, g2) = run();
    assert_eq!(first, second);
    assert!(std::rc::Rc::ptr_eq(&g1, &g2), "the globals are shared");
}

/// A value the caller keeps stays whole after its evaluator is gone.
#[test]
fn a_value_kept_by_the_caller_survives_its_evaluator() {
    let ev = Evaluator::new(EvalOptions::default());
    let v = ev
        .eval_source(
            Origin::String,
            "let f = n: if n == 0 then [ ] else [ n ] ++ f (n - 1); in { xs = f 3; g = f; }",
            Path::new("/"),
        )
        .expect("evaluates");
    let Value::Attrs(a) = &v else { panic!("a set") };
    let g = a.get(ev.sym("g")).expect("g").clone();
    drop(v);
    drop(ev);
    let ev2 = Evaluator::new(EvalOptions::default());
    let r = ev2
        .call_value(&g, [Value::Int(2)], crate::source::Pos::NONE)
        .and_then(|r| ev2.force_deep(&r))
        .expect("the kept function still works");
    let Value::List(l) = r else { panic!("a list") };
    assert_eq!(l.len(), 2);
}

/// Garbage cycles made while an evaluation runs are freed while it runs: 250,000
/// iterations that each make a recursive frame and drop it leave the registry small.
#[test]
fn cycles_are_freed_during_evaluation() {
    crate::value::cycles::set_collection_threshold(50_000);
    let ev = Evaluator::new(EvalOptions::default());
    let v = ev
        .eval_source(
            Origin::String,
            "builtins.foldl' (acc: i: let f = x: if x == 0 then 0 else f (x - 1); in acc + f 1) 0 (builtins.genList (x: x) 250000)",
            Path::new("/"),
        )
        .and_then(|v| ev.force_deep(&v))
        .expect("evaluates");
    assert!(matches!(v, Value::Int(0)));
    assert!(
        tracked_count() < 100_001,
        "{} tracked objects are left: garbage cycles were not collected",
        tracked_count()
    );
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
/// as long as the cycle does. (The `derivation` function itself, made once and kept by
/// the globals that the evaluations of a thread share, is made before counting.)
#[test]
fn many_derivations_keep_nothing() {
    let ev = Evaluator::new(EvalOptions::default());
    ev.eval_source(Origin::String, "builtins.derivation", Path::new("/"))
        .expect("evaluates");
    drop(ev);
    for i in 0..300 {
        let program = format!(
            r#"(derivation {{ name = "d{i}"; builder = "b"; system = "s"; outputs = [ "out" "dev" ]; f = x: x; }}).dev.out.f"#
        );
        assert!(!closure_env_after_drop(&program));
    }
}
