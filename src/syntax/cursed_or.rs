//! C++ Nix's warning about `or` used as a variable in a call (`f or`).
//!
//! Nix's grammar reads `or` right after a simple expression as a call of that expression
//! on a variable named `or` (nixpkgs once had a function `or`, and `map or [ … ]` had to
//! keep working). C++ Nix (2.26 and current) warns where a planned change (NixOS/nix#11121,
//! treating `or` as an ordinary identifier) would change the meaning: where such a call is
//! itself an argument of a call (`g f or` is `g (f or)` today), an element of a list
//! (`[ f or ]`), or the default of a selection (`a.b or f or`). As the head of a call
//! (`f or 2`), on its own, or in parentheses it keeps its meaning and nothing is said.
//!
//! rnix builds the same tree as C++ Nix here: the call is a `NODE_APPLY` whose argument is
//! the identifier `or`, nested where C++ Nix's `ExprCall` is. So the warnings are found on
//! the finished tree. C++ Nix warns when the parser reduces the enclosing rule, i.e. just
//! after the call's `or`: a call inside another one is warned about first, and the order
//! of all warnings is the order of the ends of the calls.

use rnix::SyntaxKind::{NODE_APPLY, NODE_IDENT, NODE_LIST, NODE_SELECT, TOKEN_OR};
use rnix::SyntaxNode;

/// A call `f or` that C++ Nix warns about: where it starts (the warning's position) and
/// where its `or` ends (the end of the expression the warning shows).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct CursedOr {
    pub start: u32,
    pub end: u32,
}

/// The calls of `or` in `root` that C++ Nix warns about, in the order it warns. The tree
/// is walked without recursion (it may be a million levels deep).
pub(super) fn find(root: &SyntaxNode) -> Vec<CursedOr> {
    let mut found: Vec<CursedOr> = root
        .descendants()
        .filter(|n| is_or_call(n) && warned_in_context(n))
        .map(|n| {
            let r = n.text_range();
            CursedOr {
                start: r.start().into(),
                end: r.end().into(),
            }
        })
        .collect();
    found.sort_by_key(|c| c.end);
    found
}

/// C++ Nix's message for one call: its position is given by the caller, `snippet` is the
/// source text of the call (from the start of `f` to the end of `or`, as it is written,
/// line breaks included).
pub(super) fn message(at: &str, snippet: &str) -> String {
    format!(
        "at {at}: This expression uses `or` as an identifier in a way that will change in a future Nix release.\n\
         Wrap this entire expression in parentheses to preserve its current meaning:\n    ({snippet})\n\
         Give feedback at https://github.com/NixOS/nix/pull/11121\n"
    )
}

/// `f or`: an application whose argument is the identifier `or`.
fn is_or_call(n: &SyntaxNode) -> bool {
    n.kind() == NODE_APPLY
        && n.children().nth(1).is_some_and(|arg| {
            arg.kind() == NODE_IDENT && arg.first_token().is_some_and(|t| t.text() == "or")
        })
}

/// Whether the call stands where C++ Nix's grammar warns: an application's argument, a
/// list element, or the default after a selection's `or`.
fn warned_in_context(call: &SyntaxNode) -> bool {
    let Some(parent) = call.parent() else {
        return false;
    };
    match parent.kind() {
        NODE_APPLY => parent.children().nth(1).as_ref() == Some(call),
        NODE_LIST => true,
        NODE_SELECT => call
            .siblings_with_tokens(rowan::Direction::Prev)
            .any(|s| s.kind() == TOKEN_OR),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(src: &str) -> Vec<&str> {
        let root = rnix::Root::parse(src).syntax();
        find(&root)
            .into_iter()
            .map(|c| &src[c.start as usize..c.end as usize])
            .collect()
    }

    #[test]
    fn warned_where_the_meaning_would_change() {
        assert_eq!(found("g f or"), ["f or"]);
        assert_eq!(found("[ (f or) f or ]"), ["f or"]);
        assert_eq!(found("{ }.a or (x: x) or"), ["(x: x) or"]);
        assert_eq!(found("(x: x) (y: y) or"), ["(y: y) or"]);
    }

    #[test]
    fn silent_where_it_keeps_its_meaning() {
        assert!(found("f or").is_empty());
        assert!(found("f or 2").is_empty());
        assert!(found("g (f or)").is_empty());
        assert!(found("map or [ ]").is_empty());
        assert!(found("- f or").is_empty());
    }

    #[test]
    fn inner_calls_come_first() {
        assert_eq!(found("[ [ f or ] or ]"), ["f or", "[ f or ] or"]);
        assert_eq!(found("[ a or b or ]"), ["a or", "b or"]);
    }
}
