//! Every builtin: what it does, what it forces (which arguments, how deeply, in what
//! order), what it leaves lazy, its errors, C++ Nix's edge behaviours nixref reproduces,
//! version notes, how the VM provides it, and examples.
//!
//! Keyed by the name in `builtins`; `tests/docs.rs` checks that the entries are exactly
//! the builtins the evaluator registers, with the same arities.

mod attrs;
mod constants;
mod context;
mod control;
mod derivations;
mod files;
mod formats;
mod lists;
mod numbers;
mod store;
mod strings;
mod types;

use super::Errors;

/// One builtin.
pub struct Builtin {
    /// The name in `builtins` (its global name follows from `crate::builtins::PLAIN_GLOBALS`).
    pub name: &'static str,
    /// How many arguments it takes before it runs; 0 for a constant.
    pub arity: usize,
    /// How it is used: the name and its parameters.
    pub signature: &'static str,
    /// What it does.
    pub rule: &'static str,
    /// Which arguments it forces, how deeply, in what order.
    pub forces: &'static str,
    /// What stays lazy in its result.
    pub lazy: &'static str,
    /// The errors it raises.
    pub errors: Errors,
    /// C++ Nix's edge behaviours that nixref reproduces ("" when there are none to say).
    pub edges: &'static str,
    /// Where Nix 2.26 and current C++ Nix differ ("" when they agree).
    pub versions: &'static str,
    /// How the VM provides it (the instructions are `Call`s; see the area's introduction).
    pub vm: &'static str,
    /// Where the VM's behaviour differs from C++ Nix's.
    pub vm_differs: &'static [&'static str],
    /// Spec fixtures, relative to `spec-tests/`.
    pub examples: &'static [&'static str],
}

/// A page of builtins.
pub struct BuiltinArea {
    /// The page is `builtins-ID.md`.
    pub id: &'static str,
    /// The area's title.
    pub title: &'static str,
    /// What the area's builtins have in common.
    pub intro: &'static str,
    /// Its builtins.
    pub entries: &'static [Builtin],
}

/// What holds for the VM's builtins in general (said once on every page).
pub const VM_CALLS: &str = "In the VM a builtin is a value: each argument is applied by a `Call` of \
     its own (a partial application is a new builtin value) and the builtin's code runs once the \
     last one arrives. tvix-eval then forces the arguments not declared lazy, from the last to the \
     first, and a catchable error in one of them is the result at once, before the earlier ones \
     are forced and before the builtin's own code runs. So C++ Nix's order of forcing (usually the \
     first argument first, often checked before the next one is forced) is not reproduced: with \
     two failing arguments the VM reports the last one's error.";

/// Every builtin's entry, by area.
pub const AREAS: &[BuiltinArea] = &[
    control::AREA,
    types::AREA,
    numbers::AREA,
    strings::AREA,
    lists::AREA,
    attrs::AREA,
    formats::AREA,
    context::AREA,
    derivations::AREA,
    store::AREA,
    files::AREA,
    constants::AREA,
];

/// The entry for a builtin.
pub fn get(name: &str) -> Option<&'static Builtin> {
    AREAS
        .iter()
        .flat_map(|a| a.entries.iter())
        .find(|b| b.name == name)
}
