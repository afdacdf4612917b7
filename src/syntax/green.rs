//! Quick looks at rnix's green tree: walking it makes no cursor nodes (a rowan cursor
//! allocates one per node visited), so a question most programs answer "no" to is asked
//! there first.

use rowan::{GreenNodeData, NodeOrToken};

/// Whether some node that `child` accepts is a child of a node of one of the `parents`
/// kinds. Walks with its own stack: a tree can be a million levels deep.
pub(super) fn any_child_of(
    root: &GreenNodeData,
    parents: &[rnix::SyntaxKind],
    child: impl Fn(&GreenNodeData) -> bool,
) -> bool {
    let parents: Vec<rowan::SyntaxKind> = parents
        .iter()
        .map(|&k| rowan::SyntaxKind(k as u16))
        .collect();
    let mut todo = vec![root];
    while let Some(n) = todo.pop() {
        let parent = parents.contains(&n.kind());
        for c in n.children() {
            if let NodeOrToken::Node(c) = c {
                if parent && child(c) {
                    return true;
                }
                todo.push(c);
            }
        }
    }
    false
}

/// Whether a green node is of this kind.
pub(super) fn is(n: &GreenNodeData, kind: rnix::SyntaxKind) -> bool {
    n.kind() == rowan::SyntaxKind(kind as u16)
}
