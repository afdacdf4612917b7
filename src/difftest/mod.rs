//! Differential testing: generate Nix programs, evaluate them with nixref and with another
//! evaluator, minimise every divergence, group the findings into root causes and write one
//! spec fixture per cause.
//!
//! The pieces are usable on their own, in-process, from another evaluator's tests:
//! - [`generate`] writes a random program ([`GenConfig`] says how; [`SplitMix64`] makes it
//!   reproducible, [`ByteEntropy`] lets a fuzzer drive it);
//! - [`eval_nixref`] evaluates a program with nixref and gives its [`Outcome`] (the strict
//!   printed value or the class of the error);
//! - a [`Profile`] turns another evaluator's output into an [`Outcome`] ([`classify`] with
//!   C++ Nix's);
//! - [`Outcome::divergence`] compares two outcomes at a [`Compare`] level;
//! - [`minimise`] shrinks a program while a predicate (the divergence) still holds;
//! - [`group`] groups findings into [`Cause`]s.
//!
//! `nixref diff` (see [`cli`]) runs campaigns against an external command; a
//! [`Campaign`] with an [`InProcess`] evaluator runs one against a function in this
//! process (`examples/vm_difftest.rs`).
//!
//! A bytecode VM's own tests can also use the generator and nixref as the oracle directly:
//!
//! ```
//! use nixref::difftest::{Class, GenConfig, SplitMix64, eval_nixref, generate};
//! use std::path::Path;
//!
//! let cfg = GenConfig::for_nixref();
//! for i in 0..20 {
//!     let program = generate(&cfg, &mut SplitMix64::for_program(42, i));
//!     let expected = eval_nixref(&program.text, Path::new("/pwd/prog.nix"));
//!     // Evaluate `program.text` with the VM here and compare: `expected.class`, and
//!     // `expected.value` (the `--eval --strict` output) when the class is a value.
//!     assert!(expected.class != Class::Crash, "{}", program.text);
//! }
//! ```
//!
//! With the VM as a function giving an [`Outcome`], the loop compares and reports. Here
//! the "VM" is nixref itself through its public API ([`crate::Evaluation`]), which must
//! agree with the oracle on every program:
//!
//! ```
//! use nixref::difftest::{Class, Compare, GenConfig, Outcome, SplitMix64, eval_nixref, generate};
//! use std::path::Path;
//!
//! fn my_vm(text: &str, file: &Path) -> Outcome {
//!     let nix = nixref::Builder::new().max_steps(1_000_000).build();
//!     match nix.eval_as_file(text, file).and_then(|v| v.to_nix_string()) {
//!         Ok(printed) => Outcome::value(format!("{printed}\n").into_bytes()),
//!         Err(e) => Outcome::other(Class::Error(e.kind()), e.render().to_string()),
//!     }
//! }
//!
//! let (cfg, file) = (GenConfig::for_nixref(), Path::new("/pwd/prog.nix"));
//! for i in 0..50 {
//!     let program = generate(&cfg, &mut SplitMix64::for_program(7, i));
//!     let expected = eval_nixref(&program.text, file);
//!     if expected.class == Class::Timeout {
//!         continue;
//!     }
//!     let got = my_vm(&program.text, file);
//!     assert_eq!(expected.divergence(&got, Compare::Message), None, "{}", program.text);
//! }
//! ```

mod bench;
mod campaign;
mod causes;
pub mod cli;
mod coverage;
mod external;
mod fixture;
pub mod generator;
mod minimise;
mod outcome;
mod profile;
mod report;
mod rng;
mod signatures;
mod types;

pub use campaign::{Campaign, Finding, InProcess, Known, Origin, Summary};
pub use causes::{Cause, Features, features, group};
pub use coverage::{Coverage, FORMS};
pub use external::{External, Ran, Run, run, run_external};
pub use generator::{GenConfig, Program, generate, nixref_builtins};
pub use minimise::{ValueOf, minimise, minimise_with, token_count};
pub use outcome::{
    Class, Compare, Divergence, Outcome, classify, eval_nixref, eval_nixref_with, evaluate,
};
pub use profile::{Normalisation, Profile, Rule, SHIPPED as SHIPPED_PROFILES};
pub use rng::{ByteEntropy, Entropy, SplitMix64};
pub use signatures::{Builtin, Tag, table as builtin_table};
pub use types::{Fields, StrKind, Ty};
