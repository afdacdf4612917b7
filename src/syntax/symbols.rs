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

/// Gives `create` the names `root` creates, in C++ Nix's creation order (first creation
/// only matters to the caller; repeats are given too). The walk keeps its own stack: a
/// tree can be as deep as a chain of a million applications.
pub fn creation_order(root: &SyntaxNode, src: &[u8], create: &mut dyn FnMut(&[u8])) {
    let mut w = Walker {
        src,
        out: create,
        todo: vec![Work::Node(root.clone())],
    };
    while let Some(next) = w.todo.pop() {
        match next {
            Work::Node(n) => w.node(&n),
            Work::Children(mut children) => {
                if let Some(c) = children.next() {
                    w.todo.push(Work::Children(children));
                    w.node(&c);
                }
            }
            Work::Name(name) => (w.out)(&name),
        }
    }
}

/// What is left to do, last first.
enum Work {
    /// Walk a node.
    Node(SyntaxNode),
    /// Walk the rest of a node's children (one at a time: a set or list can have a
    /// million).
    Children(rnix::SyntaxNodeChildren),
    /// Create a name.
    Name(Vec<u8>),
}

struct Walker<'a> {
    src: &'a [u8],
    out: &'a mut dyn FnMut(&[u8]),
    todo: Vec<Work>,
}

impl Walker<'_> {
    /// Schedules `items` to be done in their order.
    fn then(&mut self, items: Vec<Work>) {
        self.todo.extend(items.into_iter().rev());
    }

    fn node(&mut self, n: &SyntaxNode) {
        match n.kind() {
            NODE_IDENT => super::lower::with_text(n, |t| (self.out)(t.as_bytes())),
            NODE_LAMBDA => self.lambda(n),
            NODE_PAT_ENTRY => self.pat_entry(n),
            NODE_ATTRPATH | NODE_INHERIT => self.attr_names(n),
            _ => self.children(n),
        }
    }

    fn children(&mut self, n: &SyntaxNode) {
        self.todo.push(Work::Children(n.children()));
    }

    /// Parameter names last: C++'s lambda rules create them when the whole lambda, body
    /// included, is reduced.
    fn lambda(&mut self, n: &SyntaxNode) {
        let Some(l) = ast::Lambda::cast(n.clone()) else {
            return self.children(n);
        };
        let mut items = Vec::new();
        let mut last = Vec::new();
        match l.param() {
            Some(ast::Param::IdentParam(p)) => last.extend(p.ident()),
            Some(ast::Param::Pattern(p)) => {
                items.extend(p.pat_entries().map(|e| Work::Node(e.syntax().clone())));
                last.extend(p.pat_bind().and_then(|b| b.ident()));
            }
            None => {}
        }
        items.extend(l.body().map(|b| Work::Node(b.syntax().clone())));
        items.extend(last.iter().map(|i| Work::Name(ident(i.syntax()))));
        self.then(items);
    }

    /// `a ? d`: the default's names, then the formal's.
    fn pat_entry(&mut self, n: &SyntaxNode) {
        let Some(e) = ast::PatEntry::cast(n.clone()) else {
            return self.children(n);
        };
        let mut items = Vec::new();
        items.extend(e.default().map(|d| Work::Node(d.syntax().clone())));
        items.extend(e.ident().map(|i| Work::Name(ident(i.syntax()))));
        self.then(items);
    }

    /// An attribute path or `inherit` list: static string names are created here, anything
    /// else is walked as usual.
    fn attr_names(&mut self, n: &SyntaxNode) {
        let items = n
            .children()
            .map(
                |c| match ast::Attr::cast(c.clone()).and_then(|a| self.static_string(a)) {
                    Some(name) => Work::Name(name),
                    None => Work::Node(c),
                },
            )
            .collect();
        self.then(items);
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

fn ident(n: &SyntaxNode) -> Vec<u8> {
    n.text().to_string().into_bytes()
}
