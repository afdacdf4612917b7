//! Syntax: parsing with rnix and lowering to nixref's expression tree.

mod cursed_or;
pub mod expr;
mod function_position;
mod green;
mod indented_attr;
pub mod lints;
pub mod lower;
mod parse;
mod show;
mod strings;
mod symbols;
mod syntax_error;

pub use lower::{Context, parse};

/// `nix-instantiate --parse`: an expression that parsed without errors, shown as C++
/// Nix's `Expr::show` prints it (relative paths made absolute against `base_dir`).
pub fn show_parsed(src: &[u8], base_dir: &str) -> String {
    let text = lower::rnix_text(src);
    let Ok(parsed) = parse::parse(&text) else {
        return String::new();
    };
    let root = parsed.syntax();
    match root
        .children()
        .find_map(<rnix::ast::Expr as rowan::ast::AstNode>::cast)
    {
        Some(e) => show::show(&e, base_dir, src),
        None => String::new(),
    }
}
