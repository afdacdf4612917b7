//! nixref: a tree-walking reference interpreter for the Nix language.
//!
//! Source goes parse (rnix) → lower ([`syntax`]) → evaluate ([`eval`]); values are in
//! [`value`], the builtins in [`builtins`], printing in [`print`], the modelled store in
//! [`store`]. [`cli`] is the `nix-instantiate`-compatible command line and
//! [`conformance`] the runner for test folders in Nix's own format. See ARCHITECTURE.md.

pub mod builtins;
pub mod cli;
pub mod conformance;
pub mod difftest;
pub mod error;
pub mod eval;
pub mod explain;
pub mod path;
pub mod print;
pub mod semantics;
pub mod source;
pub mod store;
pub mod syntax;
pub mod value;

pub use error::{Error, ErrorKind, Result};
pub use eval::{EvalOptions, Evaluator};
pub use value::Value;

/// The C++ Nix version whose behaviour nixref follows (what `builtins.nixVersion` says).
pub const NIX_VERSION: &str = "2.26.3";

/// Evaluates an expression given as text (relative paths resolve against `base_dir`) and
/// prints it as `nix-instantiate --eval --strict` would. Errors come back as [`Error`].
pub fn eval_strict_to_string(
    text: &str,
    base_dir: &std::path::Path,
    options: EvalOptions,
) -> Result<String> {
    let ev = Evaluator::new(options);
    let v = ev.eval_source(source::Origin::String, text, base_dir)?;
    let v = ev.force_deep(&v)?;
    Ok(print::print_value(&ev.symbols, &v))
}
