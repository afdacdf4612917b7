//! Syntax: parsing with rnix and lowering to nixref's expression tree.

pub mod expr;
pub mod lints;
pub mod lower;
mod show;
mod strings;
mod symbols;
mod syntax_error;

pub use lower::{Context, parse};
