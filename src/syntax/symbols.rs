//! The order in which C++ Nix's parser creates a file's names (symbols).
//!
//! C++ Nix visits a set's attributes in the order their names were first created (see
//! `value/symbols.rs`), and a program's names are created by its LR parser's actions, as
//! each rule is reduced. That is source order, except where a rule's action creates the
//! name of a token that comes before other parts of the same rule:
//! - a lambda's parameter (`x: body`, `x@{ ... }: body`, `{ ... }@x: body`) is created
//!   after everything in its body;
//! - a formal with a default (`{ a ? d }`) is created after the names in `d`.
//!
//! Attribute names written as strings without interpolation (`"a" = 1`, `${"a"} = 1`,
//! `inherit "a"`) are static names, created where they stand; other strings in attribute
//! position are dynamic and get their name only when evaluated.

use super::strings;
use rnix::SyntaxKind::*;
use rnix::SyntaxNode;
use rnix::ast;
use rowan::ast::AstNode;

/// The names `root` creates, in C++ Nix's creation order (first creation only matters to
/// the caller; repeats are kept).
pub fn creation_order(root: &SyntaxNode, src: &[u8]) -> Vec<Vec<u8>> {
    let mut w = Walker {
        src,
        out: Vec::new(),
    };
    w.node(root);
    w.out
}

struct Walker<'a> {
    src: &'a [u8],
    out: Vec<Vec<u8>>,
}

impl Walker<'_> {
    fn node(&mut self, n: &SyntaxNode) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || match n.kind() {
            NODE_IDENT => self.ident(n),
            NODE_LAMBDA => self.lambda(n),
            NODE_PAT_ENTRY => self.pat_entry(n),
            NODE_ATTRPATH | NODE_INHERIT => self.attr_names(n),
            _ => self.children(n),
        })
    }

    fn children(&mut self, n: &SyntaxNode) {
        for c in n.children() {
            self.node(&c);
        }
    }

    fn ident(&mut self, n: &SyntaxNode) {
        self.out.push(n.text().to_string().into_bytes());
    }

    /// Parameter names last: C++'s lambda rules create them when the whole lambda, body
    /// included, is reduced.
    fn lambda(&mut self, n: &SyntaxNode) {
        let Some(l) = ast::Lambda::cast(n.clone()) else {
            return self.children(n);
        };
        let mut last = Vec::new();
        match l.param() {
            Some(ast::Param::IdentParam(p)) => last.extend(p.ident()),
            Some(ast::Param::Pattern(p)) => {
                for e in p.pat_entries() {
                    self.node(e.syntax());
                }
                last.extend(p.pat_bind().and_then(|b| b.ident()));
            }
            None => {}
        }
        if let Some(b) = l.body() {
            self.node(b.syntax());
        }
        for i in last {
            self.ident(i.syntax());
        }
    }

    /// `a ? d`: the default's names, then the formal's.
    fn pat_entry(&mut self, n: &SyntaxNode) {
        let Some(e) = ast::PatEntry::cast(n.clone()) else {
            return self.children(n);
        };
        if let Some(d) = e.default() {
            self.node(d.syntax());
        }
        if let Some(i) = e.ident() {
            self.ident(i.syntax());
        }
    }

    /// An attribute path or `inherit` list: static string names are created here, anything
    /// else is walked as usual.
    fn attr_names(&mut self, n: &SyntaxNode) {
        for c in n.children() {
            match ast::Attr::cast(c.clone()).and_then(|a| self.static_string(a)) {
                Some(name) => self.out.push(name),
                None => self.node(&c),
            }
        }
    }

    /// The name of `"a"` or `${"a"}` (parentheses allowed inside), a string without
    /// interpolation, which C++ Nix turns into a static name while parsing.
    fn static_string(&self, a: ast::Attr) -> Option<Vec<u8>> {
        match a {
            ast::Attr::Str(s) => strings::literal(&s, self.src),
            ast::Attr::Dynamic(d) => match d.expr().map(super::lower::strip_parens) {
                Some(ast::Expr::Str(s)) => strings::literal(&s, self.src),
                _ => None,
            },
            ast::Attr::Ident(_) => None,
        }
    }
}
