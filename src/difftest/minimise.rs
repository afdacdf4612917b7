//! Minimisation: greedy delta debugging on the syntax tree. Each step tries, from the
//! root down (so the biggest cuts come first), to replace an expression by one of its own
//! subexpressions, by a trivial literal, or by its value; to drop a list item, a binding,
//! a formal, a default, an `or` or part of a string; or to shrink a literal. A candidate is
//! kept when it is smaller (in tokens, then bytes) and the predicate (the divergence)
//! still holds; the search restarts from the smaller program until nothing helps.
//!
//! Candidates are text splices over rnix's tree, so any Nix file can be minimised, not
//! only generated ones. When the original parses cleanly, candidates that do not parse
//! are dropped without asking the (costly) predicate.

use rnix::{SyntaxKind as K, SyntaxNode, TextRange};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Evaluates a closed expression and gives its printed value (`None` when it fails).
pub type ValueOf<'a> = dyn FnMut(&str) -> Option<Vec<u8>> + 'a;

/// Shrinks `program` while `keeps` holds, asking it at most `max_checks` times.
/// Subexpressions are replaced by their values as nixref (in-process) computes them.
pub fn minimise(program: &str, keeps: &mut dyn FnMut(&str) -> bool, max_checks: usize) -> String {
    let quick = crate::Builder::new().max_steps(100_000);
    let file = Path::new("/pwd/minimise.nix");
    let mut value = |text: &str| {
        let o = super::eval_nixref_with(text, file, &quick);
        (o.class == super::Class::Value).then_some(o.value)
    };
    minimise_with(program, keeps, max_checks, &mut value)
}

/// [`minimise`] with the evaluator used for replacing subexpressions by their values.
pub fn minimise_with(
    program: &str,
    keeps: &mut dyn FnMut(&str) -> bool,
    max_checks: usize,
    value_of: &mut ValueOf<'_>,
) -> String {
    let must_parse = rnix::Root::parse(program).errors().is_empty();
    let mut cur = program.to_string();
    let mut tried: HashSet<String> = HashSet::new();
    let mut values: HashMap<String, Option<String>> = HashMap::new();
    let mut checks = 0;
    loop {
        let size = size(&cur);
        let mut improved = false;
        for edit in candidates(&cur) {
            let cand = match edit {
                Edit::Text(t) => t,
                Edit::Value(r) => {
                    let sub = &cur[usize::from(r.start())..usize::from(r.end())];
                    let v = match values.get(sub) {
                        Some(v) => v.clone(),
                        None => {
                            let v = written_value(sub, value_of);
                            values.insert(sub.to_string(), v.clone());
                            v
                        }
                    };
                    let Some(v) = v else { continue };
                    splice(&cur, r, &v)
                }
            };
            if size_of_at_least(&cand, size) || !tried.insert(cand.clone()) {
                continue;
            }
            if must_parse && !rnix::Root::parse(&cand).errors().is_empty() {
                continue;
            }
            if checks >= max_checks {
                return cur;
            }
            checks += 1;
            if keeps(&cand) {
                cur = cand;
                improved = true;
                break;
            }
        }
        if !improved {
            return cur;
        }
    }
}

/// A candidate: a whole text, or "this subexpression replaced by its value" (evaluated
/// only when the search gets to it).
enum Edit {
    Text(String),
    Value(TextRange),
}

/// Tokens other than white space and comments.
pub fn token_count(text: &str) -> usize {
    rnix::tokenize(text)
        .filter(|(k, _)| !matches!(k, K::TOKEN_WHITESPACE | K::TOKEN_COMMENT))
        .count()
}

fn size(text: &str) -> (usize, usize) {
    (token_count(text), text.len())
}

fn size_of_at_least(text: &str, than: (usize, usize)) -> bool {
    size(text) >= than
}

/// All one-step reductions of `text`, root first.
fn candidates(text: &str) -> Vec<Edit> {
    let root = rnix::Root::parse(text).syntax();
    let mut out: Vec<String> = Vec::new();
    let mut values: Vec<TextRange> = Vec::new();
    // The whole program replaced by any closed part of it: divergences usually live in
    // one small subexpression.
    if let Some(top) = root.children().find(is_expr) {
        for d in top.descendants().skip(1).filter(is_expr) {
            out.push(d.text().to_string());
        }
    }
    for node in root.descendants() {
        let r = node.text_range();
        let put = |with: &str| splice(text, r, with);
        if is_expr(&node) {
            for child in node.children().filter(is_expr) {
                out.push(put(&wrapped(&child)));
            }
            for lit in ["null", "0", "true", "\"\"", "[ ]", "{ }"] {
                if node.text() != lit {
                    out.push(put(lit));
                }
            }
            if !matches!(
                node.kind(),
                K::NODE_LITERAL | K::NODE_IDENT | K::NODE_STRING
            ) {
                values.push(r);
            }
        }
        deletions(text, &node, &mut out);
        if node.kind() == K::NODE_LITERAL {
            for s in shrink_literal(&node.text().to_string()) {
                out.push(put(&s));
            }
        }
        if node.kind() == K::NODE_PAREN
            && let Some(inner) = node.children().find(is_expr)
        {
            // Always right for an atomic expression; otherwise the predicate decides.
            out.push(put(&inner.text().to_string()));
        }
    }
    // Values come last: each costs an evaluation.
    let mut edits: Vec<Edit> = out.into_iter().map(Edit::Text).collect();
    edits.extend(values.into_iter().map(Edit::Value));
    edits
}

fn splice(text: &str, r: TextRange, with: &str) -> String {
    let (a, b) = (usize::from(r.start()), usize::from(r.end()));
    format!("{}{with}{}", &text[..a], &text[b..])
}

fn is_expr(n: &SyntaxNode) -> bool {
    matches!(
        n.kind(),
        K::NODE_APPLY
            | K::NODE_ASSERT
            | K::NODE_ATTR_SET
            | K::NODE_BIN_OP
            | K::NODE_CUR_POS
            | K::NODE_HAS_ATTR
            | K::NODE_IDENT
            | K::NODE_IF_ELSE
            | K::NODE_LAMBDA
            | K::NODE_LEGACY_LET
            | K::NODE_LET_IN
            | K::NODE_LIST
            | K::NODE_LITERAL
            | K::NODE_PAREN
            | K::NODE_PATH_ABS
            | K::NODE_PATH_REL
            | K::NODE_PATH_HOME
            | K::NODE_PATH_SEARCH
            | K::NODE_SELECT
            | K::NODE_STRING
            | K::NODE_UNARY_OP
            | K::NODE_WITH
    ) && !matches!(
        n.parent().map(|p| p.kind()),
        Some(K::NODE_ATTRPATH | K::NODE_INHERIT | K::NODE_PAT_ENTRY | K::NODE_PAT_BIND)
    ) && !(n.kind() == K::NODE_IDENT && is_binder(n))
}

/// An identifier that names a binding (a lambda's parameter) rather than using one.
fn is_binder(n: &SyntaxNode) -> bool {
    matches!(n.parent().map(|p| p.kind()), Some(K::NODE_IDENT_PARAM))
}

fn is_atomic(n: &SyntaxNode) -> bool {
    matches!(
        n.kind(),
        K::NODE_IDENT
            | K::NODE_LITERAL
            | K::NODE_STRING
            | K::NODE_LIST
            | K::NODE_ATTR_SET
            | K::NODE_PAREN
            | K::NODE_PATH_ABS
            | K::NODE_PATH_REL
            | K::NODE_CUR_POS
    )
}

fn wrapped(n: &SyntaxNode) -> String {
    let t = n.text().to_string();
    if is_atomic(n) { t } else { format!("({t})") }
}

/// Deletions inside a node: list items, bindings, formals and their defaults, `...`, an
/// `@` name, `or` defaults, string parts, `rec`.
fn deletions(text: &str, node: &SyntaxNode, out: &mut Vec<String>) {
    let del = |r: TextRange| splice(text, r, "");
    match node.kind() {
        K::NODE_LIST => {
            for c in node.children().filter(is_expr) {
                out.push(del(c.text_range()));
            }
        }
        K::NODE_ATTR_SET | K::NODE_LET_IN | K::NODE_LEGACY_LET => {
            for c in node.children() {
                if matches!(c.kind(), K::NODE_ATTRPATH_VALUE | K::NODE_INHERIT) {
                    out.push(del(c.text_range()));
                }
                if c.kind() == K::NODE_INHERIT {
                    let names: Vec<_> =
                        c.children().filter(|n| n.kind() == K::NODE_IDENT).collect();
                    if names.len() > 1 {
                        for n in names {
                            out.push(del(n.text_range()));
                        }
                    }
                }
            }
            if let Some(t) = node
                .children_with_tokens()
                .find(|t| t.kind() == K::TOKEN_REC)
            {
                out.push(del(t.text_range()));
            }
        }
        K::NODE_PATTERN => pattern_deletions(text, node, out),
        K::NODE_STRING => {
            for c in node.children_with_tokens() {
                if matches!(c.kind(), K::NODE_INTERPOL | K::TOKEN_STRING_CONTENT) {
                    out.push(del(c.text_range()));
                }
            }
        }
        K::NODE_SELECT => {
            if let Some(or) = node
                .children_with_tokens()
                .find(|t| t.kind() == K::TOKEN_OR)
            {
                let end = node.text_range().end();
                out.push(del(TextRange::new(or.text_range().start(), end)));
            }
        }
        _ => {}
    }
}

fn pattern_deletions(text: &str, node: &SyntaxNode, out: &mut Vec<String>) {
    let del = |r: TextRange| splice(text, r, "");
    let elems: Vec<_> = node.children_with_tokens().collect();
    for (i, e) in elems.iter().enumerate() {
        let r = e.text_range();
        match e.kind() {
            K::NODE_PAT_ENTRY | K::TOKEN_ELLIPSIS => {
                // The entry with the comma after it, or before it when it is the last.
                let next_comma = elems[i + 1..]
                    .iter()
                    .take_while(|x| x.kind() == K::TOKEN_WHITESPACE || x.kind() == K::TOKEN_COMMA)
                    .find(|x| x.kind() == K::TOKEN_COMMA);
                let prev_comma = elems[..i]
                    .iter()
                    .rev()
                    .take_while(|x| x.kind() == K::TOKEN_WHITESPACE || x.kind() == K::TOKEN_COMMA)
                    .find(|x| x.kind() == K::TOKEN_COMMA);
                let range = match (next_comma, prev_comma) {
                    (Some(c), _) => TextRange::new(r.start(), c.text_range().end()),
                    (None, Some(c)) => TextRange::new(c.text_range().start(), r.end()),
                    (None, None) => r,
                };
                out.push(del(range));
                if let Some(n) = e.as_node()
                    && let Some(q) = n
                        .children_with_tokens()
                        .find(|t| t.kind() == K::TOKEN_QUESTION)
                {
                    out.push(del(TextRange::new(q.text_range().start(), r.end())));
                }
            }
            K::NODE_PAT_BIND => out.push(del(r)),
            _ => {}
        }
    }
}

/// Smaller literals: 0 and 1, half of an integer, shorter floats.
fn shrink_literal(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(n) = t.parse::<i64>() {
        for m in [0, 1, n / 2] {
            if m != n && m >= 0 {
                out.push(m.to_string());
            }
        }
    } else if t.contains('.') || t.contains('e') || t.contains('E') {
        for f in ["0.0", "1.0", "0.5"] {
            if f != t {
                out.push(f.to_string());
            }
        }
    }
    out
}

/// A closed subexpression's value, written as Nix, when it evaluates and the printed
/// form reads back as the same value.
fn written_value(text: &str, value_of: &mut ValueOf<'_>) -> Option<String> {
    let printed = String::from_utf8(value_of(text)?).ok()?;
    let printed = printed.trim_end_matches('\n');
    if printed.contains('<') || printed.contains('«') || printed.len() >= text.len() {
        return None;
    }
    let again = value_of(printed)?;
    if again.strip_suffix(b"\n")? != printed.as_bytes() {
        return None;
    }
    Some(if printed.starts_with('-') {
        format!("({printed})")
    } else {
        printed.to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shrinks_to_the_offending_operator() {
        let program = "let a = [ 1 2 3 ]; b = { x = 5; y = \"s\"; }; in [ (builtins.length a) (b.x - 7) \"z\" ]";
        let mut keeps = |p: &str| p.contains('-') && rnix::Root::parse(p).errors().is_empty();
        let small = minimise(program, &mut keeps, 1000);
        assert!(token_count(&small) <= 3, "{small}");
    }

    #[test]
    fn deletes_formals() {
        let program = "({ a, b ? 2, ... }: a) { a = 1; }";
        let mut keeps = |p: &str| p.contains("a }") || p.contains("{ a");
        let small = minimise(program, &mut keeps, 1000);
        assert!(small.len() < program.len(), "{small}");
    }
}
