//! Duplicate attributes before a syntax error: C++ Nix reports them first.
//!
//! C++ Nix's parser adds each binding to its set (or `let`) when it reduces the binding,
//! i.e. right after its `;`, and a name bound twice is an error there and then
//! ("attribute 'a' already defined at …"). So in `{ a = 1; a = 2;` (never closed) the
//! duplicate is the error, not the end of the file. nixref finds syntax errors first (rnix
//! builds the whole tree), so when there is one, the binding groups before it are checked
//! for duplicates the way lowering checks them (`Lowerer::add_attr`): each group's
//! bindings that end with a `;` before the syntax error and hold no part rnix could not
//! parse, in order. Other errors of the bindings (undefined variables, ...) come after
//! parsing in C++ Nix too, and are not looked for.

use super::{Error, Lowerer, Pending, Pos, Result};
use rnix::SyntaxKind::{
    NODE_ATTR_SET, NODE_ATTRPATH_VALUE, NODE_ERROR, NODE_LEGACY_LET, NODE_LET_IN, NODE_PAREN,
    TOKEN_SEMICOLON,
};
use rnix::SyntaxNode;
use rnix::ast::{self, HasEntry};
use rowan::ast::AstNode;

/// The duplicate attribute C++ Nix's parser reports before the syntax error at `limit`:
/// the one whose binding ends first.
pub(super) fn before(l: &mut Lowerer, root: &SyntaxNode, limit: u32) -> Option<Error> {
    let errors: Vec<u32> = root
        .descendants()
        .filter(|n| n.kind() == NODE_ERROR)
        .map(|n| n.text_range().start().into())
        .collect();
    let complete = |entry: &SyntaxNode| {
        let r = entry.text_range();
        let (start, end) = (u32::from(r.start()), u32::from(r.end()));
        end <= limit
            && entry
                .last_token()
                .is_some_and(|t| t.kind() == TOKEN_SEMICOLON)
            && errors
                .get(errors.partition_point(|&e| e < start))
                .is_none_or(|&e| e >= end)
    };
    let mut first: Option<(u32, Error)> = None;
    for group in root.descendants() {
        if u32::from(group.text_range().start()) >= limit || is_nested_literal(&group) {
            continue;
        }
        let found = match group.kind() {
            NODE_ATTR_SET => ast::AttrSet::cast(group).and_then(|s| check(l, &s, &complete)),
            NODE_LET_IN => ast::LetIn::cast(group).and_then(|s| check(l, &s, &complete)),
            NODE_LEGACY_LET => ast::LegacyLet::cast(group).and_then(|s| check(l, &s, &complete)),
            _ => None,
        };
        if let Some((end, e)) = found
            && first.as_ref().is_none_or(|(f, _)| end < *f)
        {
            first = Some((end, e));
        }
    }
    first.map(|(_, e)| e)
}

/// A set literal that is the value of a binding: its names are checked with the
/// binding's group (a later `a = { … };` merges into it).
fn is_nested_literal(group: &SyntaxNode) -> bool {
    let mut n = group.parent();
    while let Some(p) = n.as_ref().filter(|p| p.kind() == NODE_PAREN) {
        n = p.parent();
    }
    group.kind() == NODE_ATTR_SET && n.is_some_and(|p| p.kind() == NODE_ATTRPATH_VALUE)
}

/// The first duplicate among the complete bindings of one group, and where the binding
/// that repeats the name ends.
fn check(
    l: &mut Lowerer,
    group: &impl HasEntry,
    complete: &dyn Fn(&SyntaxNode) -> bool,
) -> Option<(u32, Error)> {
    let pos = l.pos(group);
    let mut p: Pending = l.empty_pending(pos);
    for entry in group.entries() {
        if !complete(entry.syntax()) {
            break;
        }
        let end = u32::from(entry.syntax().text_range().end());
        let added: Result<()> = match entry {
            ast::Entry::Inherit(inh) => l.add_inherit(&mut p, inh),
            ast::Entry::AttrpathValue(av) => {
                let (Some(path), Some(value)) = (av.attrpath(), av.value()) else {
                    break;
                };
                let epos: Pos = l.pos(&av);
                let path: Vec<ast::Attr> = path.attrs().collect();
                l.add_attr(&mut p, &path, value, epos)
            }
        };
        if let Err(e) = added {
            return Some((end, e));
        }
    }
    None
}
