//! nixref: a tree-walking reference interpreter for the Nix language, which behaves
//! exactly as C++ Nix 2.26's `nix-instantiate --eval`: its values, its laziness, the
//! errors `builtins.tryEval` catches, and its standard error byte for byte.
//!
//! As a library it is an oracle for other evaluators (bytecode VMs in particular): make
//! an [`Evaluation`] with a [`Builder`], evaluate text or files, look at the resulting
//! [`Value`]s, and compare an [`Error`]'s [`kind`](Error::kind) or its
//! [`render`](Error::render)ed text with what the other evaluator says.
//!
//! ```
//! use nixref::{Builder, ErrorKind, io::MemoryFs, output::Captured};
//!
//! let files = MemoryFs::new()
//!     .file("/p/default.nix", "{ n = builtins.trace \"counting\" (1 + 2); }\n")
//!     .file("/p/bad.nix", "1 + \"a\"\n");
//! let trace = Captured::new();
//! let nix = Builder::new().file_system(files).sink(trace.clone()).build();
//!
//! let v = nix.eval_file("/p")?;
//! assert_eq!(v.attr("n")?.unwrap().as_int()?, 3);
//! assert_eq!(trace.text(), "trace: counting\n");
//!
//! let err = nix.eval_file("/p/bad.nix").unwrap_err();
//! assert_eq!(err.kind(), ErrorKind::Type);
//! // What `nix-instantiate --eval /p/bad.nix` prints, byte for byte.
//! assert_eq!(err.render(), "\
//! error: cannot add a string to an integer
//!        at /p/bad.nix:1:5:
//!             1| 1 + \"a\"
//!              |     ^
//!             2|
//! ");
//! # Ok::<(), nixref::Error>(())
//! ```
//!
//! Inside, source goes parse (rnix) → lower → evaluate; see ARCHITECTURE.md. The
//! evaluator's modules are private; besides this API the crate's tools are public:
//! [`cli`] (the `nix-instantiate` command), [`conformance`] (the runner for test
//! folders in Nix's format), [`difftest`] (the differential tester) and [`semantics`]
//! (the semantics reference).
#![warn(missing_docs)]

mod api;
mod builtins;
pub mod cli;
pub mod conformance;
pub mod difftest;
mod error;
mod eval;
mod explain;
pub mod io;
pub mod output;
mod path;
mod print;
pub mod semantics;
mod source;
mod store;
mod syntax;
mod value;

pub use api::{Builder, Error, Evaluation, Result, Value, ValueType};
pub use error::ErrorKind;

/// The C++ Nix version whose behaviour nixref follows (what `builtins.nixVersion` says).
pub const NIX_VERSION: &str = "2.26.3";
