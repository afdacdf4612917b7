//! Indented strings as attribute names, which rnix accepts and C++ Nix's grammar does not.
//!
//! An attribute name in C++ Nix's grammar is an identifier, `or`, `${ … }` or a string in
//! double quotes (`attr` and `string_attr`); `''…''` is not among them. rnix takes any
//! string there, so `a.''x''`, `{ ''a'' = 1; }`, `a ? ''x''` and `inherit ''a'';` reach us
//! as trees. Bison fails at the `''` itself; what it says it expected depends on where
//! (after `.` or `?`, at the start of a binding: see
//! [`super::syntax_error::binding_expectation`]); after `inherit`, nothing.

use rnix::{SyntaxKind::*, SyntaxNode};

/// The first indented string used as a name: C++ Nix's message and its byte offset.
pub(super) fn first(root: &SyntaxNode, src: &str) -> Option<(String, u32)> {
    // A quick look at the green tree first: most programs have none.
    let indented = |s: &rowan::GreenNodeData| {
        super::green::is(s, NODE_STRING)
            && s.children()
                .next()
                .and_then(|t| t.into_token())
                .is_some_and(|t| t.text() == "''")
    };
    if !super::green::any_child_of(root.green(), &[NODE_ATTRPATH, NODE_INHERIT], indented) {
        return None;
    }
    let s = root.descendants().find(is_indented_name)?;
    let at = u32::from(s.text_range().start());
    let unexpected = "syntax error, unexpected start of an indented string";
    let msg = match s.parent().map(|p| p.kind()) {
        Some(NODE_INHERIT) => unexpected.to_string(),
        _ => {
            let exp = super::syntax_error::binding_expectation(&src[..at as usize]);
            format!("{unexpected}{exp}")
        }
    };
    Some((msg, at))
}

/// A `''…''` string standing where a name stands.
fn is_indented_name(n: &SyntaxNode) -> bool {
    n.kind() == NODE_STRING
        && n.first_token().is_some_and(|t| t.text() == "''")
        && n.parent()
            .is_some_and(|p| matches!(p.kind(), NODE_ATTRPATH | NODE_INHERIT))
}
