//! Functions where C++ Nix's grammar does not allow them.
//!
//! In C++ Nix's (bison) grammar a function (`x: ...`, `{ ... }: ...`, `x@{ ... }: ...`)
//! is a whole expression, like `let`, `with` and `assert`: it may stand at the top, in
//! parentheses, as a binding's value, as a branch of `if`, in `${ }`, as a default
//! value, or as the body of another such expression. It cannot be the argument of an
//! application, an operand of an operator, an element of a list or the default of `or`
//! without parentheses. rnix parses a function wherever a simple expression can start,
//! so `(a: a) x: x`, `1 + x: x` and `[ x: x ]` reach us as trees; this module finds such
//! functions and words the error the way bison does.
//!
//! Bison reads the start of a misplaced function as an ordinary expression: `x` as a
//! variable, `{` as the start of an attribute set. It fails at the first token that
//! cannot continue that reading. After a complete expression it first reduces as far as
//! the grammar lets it (default reductions), so the tokens it says it expected are those
//! that may follow the innermost enclosing whole expression: `)` in parentheses, `;`
//! after a binding, `then` after `if`'s condition, the end of the file at the top, and
//! none in a list (a list may continue with too many kinds of token to name).

use super::syntax_error::kind_name;
use rnix::{SyntaxKind::*, SyntaxNode, SyntaxToken};

/// The earliest misplaced function's error message and byte offset, if there is one.
pub fn first_misplaced(root: &SyntaxNode) -> Option<(String, u32)> {
    if !has_operand_function(root.green()) {
        return None;
    }
    root.descendants()
        .filter(|n| n.kind() == NODE_LAMBDA && is_operand(n))
        .filter_map(|n| describe(&n))
        .min_by_key(|(_, offset)| *offset)
}

/// Whether some function is the child of a node of [`is_operand`]'s kinds: a quick look
/// at the green tree, as most programs have none.
fn has_operand_function(root: &rowan::GreenNodeData) -> bool {
    let parents = [
        NODE_APPLY,
        NODE_BIN_OP,
        NODE_UNARY_OP,
        NODE_LIST,
        NODE_SELECT,
        NODE_HAS_ATTR,
    ];
    super::green::any_child_of(root, &parents, |c| super::green::is(c, NODE_LAMBDA))
}

/// Whether the node stands where C++ Nix's grammar takes only a simple expression.
fn is_operand(n: &SyntaxNode) -> bool {
    n.parent().is_some_and(|p| {
        matches!(
            p.kind(),
            NODE_APPLY | NODE_BIN_OP | NODE_UNARY_OP | NODE_LIST | NODE_SELECT | NODE_HAS_ATTR
        )
    })
}

/// The error bison gives for a function in operand position: at its `:` or `@` when it
/// starts with a name or with `{ }`, inside the braces (read as a set) otherwise.
fn describe(lambda: &SyntaxNode) -> Option<(String, u32)> {
    let mut tokens = significant_tokens(lambda);
    let first = tokens.next()?;
    let second = tokens.next()?;
    let (bad, expecting) = match (first.kind(), second.kind()) {
        (TOKEN_IDENT, _) => (second, after_expression(lambda)?),
        (TOKEN_L_BRACE, TOKEN_R_BRACE) => (tokens.next()?, after_expression(lambda)?),
        (TOKEN_L_BRACE, TOKEN_IDENT) => (tokens.next()?, Some("'.' or '='")),
        // In a set's first binding, bison names only `inherit` (see syntax_error).
        (TOKEN_L_BRACE, TOKEN_ELLIPSIS) => (second, Some("'inherit'")),
        _ => return None,
    };
    let mut msg = format!(
        "syntax error, unexpected {}",
        kind_name(bad.kind(), bad.text())
    );
    if let Some(e) = expecting {
        msg.push_str(", expecting ");
        msg.push_str(e);
    }
    Some((msg, u32::from(bad.text_range().start())))
}

fn significant_tokens(n: &SyntaxNode) -> impl Iterator<Item = SyntaxToken> {
    n.descendants_with_tokens()
        .filter_map(|e| e.into_token())
        .filter(|t| !t.kind().is_trivia())
}

/// What bison expects after the expression that ends just before a misplaced function:
/// the token that closes the innermost enclosing whole expression (`Some(None)` inside a
/// list, where it names none). `None` when the tree around it is not understood (rnix
/// recovered from another error there), so that rnix's own error is reported instead.
fn after_expression(n: &SyntaxNode) -> Option<Option<&'static str>> {
    let mut child = n.clone();
    loop {
        let parent = child.parent()?;
        let closing = match parent.kind() {
            NODE_APPLY | NODE_BIN_OP | NODE_UNARY_OP | NODE_SELECT | NODE_HAS_ATTR
            | NODE_LAMBDA | NODE_LET_IN => None,
            NODE_LIST => return Some(None),
            NODE_ROOT => Some("end of file"),
            NODE_PAREN | NODE_INHERIT_FROM => Some("')'"),
            NODE_ATTRPATH_VALUE => Some("';'"),
            NODE_INTERPOL | NODE_DYNAMIC => Some("'}'"),
            NODE_PAT_ENTRY => Some("'}' or ','"),
            NODE_WITH | NODE_ASSERT | NODE_IF_ELSE => closing_keyword(&parent, &child)?,
            _ => return None,
        };
        if closing.is_some() {
            return Some(closing);
        }
        child = parent;
    }
}

/// Within `with e; body`, `assert e; body` and `if c then t else e`: the token after
/// `child`, or `None` for the last part, which ends where the whole construct ends.
fn closing_keyword(parent: &SyntaxNode, child: &SyntaxNode) -> Option<Option<&'static str>> {
    let index = parent.children().position(|c| &c == child)?;
    let last = if parent.kind() == NODE_IF_ELSE { 2 } else { 1 };
    Some(match (parent.kind(), index) {
        (_, i) if i == last => None,
        (NODE_IF_ELSE, 0) => Some("'then'"),
        (NODE_IF_ELSE, _) => Some("'else'"),
        _ => Some("';'"),
    })
}
