//! Syntax: parsing with rnix and lowering to nixref's expression tree.

pub mod expr;
mod function_position;
pub mod lints;
pub mod lower;
mod parse;
mod show;
mod strings;
mod symbols;
mod syntax_error;

pub use lower::{Context, parse};
