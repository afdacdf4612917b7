//! Root causes: findings grouped by what they are about, so that a bug that shows in a
//! hundred programs is reported once.
//!
//! A finding's *signature* comes from its minimised program (minimisation leaves mostly
//! what the divergence needs): the constructs it uses, literals abstracted away. The
//! *telling* constructs are the operators, the builtins it calls (`builtins.X`, a plain
//! global such as `map`, or any `__X` alias, which count as one construct: "the `__`
//! aliases"), and the keywords with their own semantics (`with`, `assert`, `rec`,
//! `inherit`, `or`, `?`, `...`, `@`, defaults, interpolation, `__curPos`, `<...>` paths,
//! legacy `let { }`). The rest (lists, sets, `let`, functions, applications, selections,
//! `if`, variables) and the kinds of literal (int, float, string, path, ...) only
//! describe the program's shape.
//!
//! Findings with the same telling constructs form one cause when their outcomes share a
//! class on one side (a broken `&&` gives a wrong value here and a wrong error there, but
//! nixref's side is a value both times); a finding whose telling constructs include all
//! those of a smaller cause, with a class in common, joins that one (the extra constructs
//! only gave the same bug another way to show). Findings without a telling construct are
//! grouped by their shape constructs and literal kinds (`1.0e-320`: "float"). Each cause
//! shows its smallest program and every class pair it covers.
//!
//! While a campaign runs, a divergence whose program has all the telling constructs of a
//! cause already minimised, with the same classes on both sides, is presumed to be that
//! cause and is not minimised (`Campaign::presume`).

use super::campaign::Finding;
use super::minimise::token_count;
use super::outcome::Class;
use crate::builtins::PLAIN_GLOBALS;
use rnix::{SyntaxKind as K, SyntaxNode};
use std::collections::{BTreeMap, BTreeSet};

/// What a program is made of, for grouping.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Features {
    /// Operators, builtins and keywords with their own semantics.
    pub telling: BTreeSet<String>,
    /// The other constructs and the kinds of literal.
    pub shape: BTreeSet<String>,
}

impl Features {
    /// The grouping key: the telling constructs, or the shape when there are none.
    pub fn key(&self) -> String {
        if self.telling.is_empty() {
            format!(
                "({})",
                self.shape.iter().cloned().collect::<Vec<_>>().join(" ")
            )
        } else {
            self.telling.iter().cloned().collect::<Vec<_>>().join(" ")
        }
    }
}

/// The features of a program (a program that does not parse has the feature
/// `syntax-error` besides whatever parsed).
pub fn features(program: &str) -> Features {
    let parse = rnix::Root::parse(program);
    let root = parse.syntax();
    let mut f = Features::default();
    if !parse.errors().is_empty() {
        f.shape.insert("syntax-error".into());
    }
    let bound = binders(&root);
    for node in root.descendants() {
        node_features(&node, &bound, &mut f);
    }
    for tok in root
        .descendants_with_tokens()
        .filter_map(|e| e.into_token())
    {
        let lit = match tok.kind() {
            K::TOKEN_INTEGER => "int",
            K::TOKEN_FLOAT => "float",
            K::TOKEN_URI => "uri",
            _ => continue,
        };
        f.shape.insert(lit.into());
    }
    f
}

fn node_features(node: &SyntaxNode, bound: &BTreeSet<String>, f: &mut Features) {
    let mut tell = |s: &str| {
        f.telling.insert(s.to_string());
    };
    let has_token = |k: K| {
        node.children_with_tokens()
            .any(|c| c.as_token().is_some_and(|t| t.kind() == k))
    };
    match node.kind() {
        K::NODE_BIN_OP => {
            if let Some(op) = node
                .children_with_tokens()
                .filter_map(|c| c.into_token())
                .find(|t| !matches!(t.kind(), K::TOKEN_WHITESPACE | K::TOKEN_COMMENT))
            {
                tell(op.text());
            }
        }
        K::NODE_UNARY_OP => tell(if has_token(K::TOKEN_INVERT) {
            "!"
        } else {
            "unary -"
        }),
        K::NODE_ASSERT => tell("assert"),
        K::NODE_WITH => tell("with"),
        K::NODE_HAS_ATTR => tell("?"),
        K::NODE_SELECT if has_token(K::TOKEN_OR) => tell("or"),
        K::NODE_DYNAMIC => tell("dynamic attribute"),
        K::NODE_INTERPOL => match node.parent().map(|p| p.kind()) {
            Some(K::NODE_STRING) => tell("string interpolation"),
            _ => tell("path interpolation"),
        },
        K::NODE_INHERIT => tell("inherit"),
        K::NODE_INHERIT_FROM => tell("inherit (from)"),
        K::NODE_ATTR_SET if has_token(K::TOKEN_REC) => tell("rec"),
        K::NODE_LEGACY_LET => tell("let { }"),
        K::NODE_PATTERN => {
            if has_token(K::TOKEN_ELLIPSIS) {
                tell("...");
            }
            if node.children().any(|c| c.kind() == K::NODE_PAT_BIND) {
                tell("@");
            }
        }
        K::NODE_PAT_ENTRY if has_token(K::TOKEN_QUESTION) => tell("formal default"),
        K::NODE_CUR_POS => tell("__curPos"),
        K::NODE_PATH_SEARCH => tell("<path>"),
        K::NODE_PATH_HOME => tell("~ path"),
        K::NODE_IDENT => {
            if let Some(name) = reference(node, bound) {
                match global(&name, node) {
                    Global::Telling(s) => tell(&s),
                    Global::Shape(s) => {
                        f.shape.insert(s.to_string());
                    }
                }
            }
        }
        _ => {}
    }
    let shape = match node.kind() {
        K::NODE_APPLY => "apply",
        K::NODE_SELECT => "select",
        K::NODE_LIST => "list",
        K::NODE_ATTR_SET => "set",
        K::NODE_LET_IN => "let",
        K::NODE_LAMBDA => "function",
        K::NODE_PATTERN => "formals",
        K::NODE_IF_ELSE => "if",
        K::NODE_PATH_ABS | K::NODE_PATH_REL => "path",
        K::NODE_STRING if node.text().to_string().starts_with("''") => "indented string",
        K::NODE_STRING => "string",
        _ => return,
    };
    f.shape.insert(shape.into());
}

enum Global {
    Telling(String),
    Shape(&'static str),
}

/// What a name no binding of the program binds refers to.
fn global(name: &str, node: &SyntaxNode) -> Global {
    match name {
        "true" | "false" => Global::Shape("bool"),
        "null" => Global::Shape("null"),
        "builtins" => match selected_name(node) {
            Some(attr) if attr.starts_with("__") => Global::Telling("builtins.__X".into()),
            Some(attr) => Global::Telling(format!("builtins.{attr}")),
            None => Global::Shape("builtins"),
        },
        n if n.starts_with("__") => Global::Telling("__X aliases".into()),
        n if PLAIN_GLOBALS.contains(&n) => Global::Telling(format!("builtins.{n}")),
        _ => Global::Shape("var"),
    }
}

/// `builtins.NAME`: the NAME selected from this identifier, when it is a plain one.
fn selected_name(ident: &SyntaxNode) -> Option<String> {
    let select = ident.parent().filter(|p| p.kind() == K::NODE_SELECT)?;
    if select.first_child().as_ref() != Some(ident) {
        return None;
    }
    let path = select.children().find(|c| c.kind() == K::NODE_ATTRPATH)?;
    let first = path.first_child()?;
    (first.kind() == K::NODE_IDENT).then(|| first.text().to_string())
}

/// The name an identifier refers to, when it is a reference no binding of the program
/// covers (attribute names, parameters and bound names are not references).
fn reference(ident: &SyntaxNode, bound: &BTreeSet<String>) -> Option<String> {
    let parent = ident.parent()?;
    if matches!(
        parent.kind(),
        K::NODE_ATTRPATH | K::NODE_IDENT_PARAM | K::NODE_PAT_ENTRY | K::NODE_PAT_BIND
    ) {
        return None;
    }
    let name = ident.text().to_string();
    (!bound.contains(&name)).then_some(name)
}

/// Every name the program binds: parameters, formals, `let` and `rec` attributes,
/// inherited names in those.
fn binders(root: &SyntaxNode) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for n in root.descendants() {
        match n.kind() {
            K::NODE_IDENT_PARAM | K::NODE_PAT_ENTRY | K::NODE_PAT_BIND => {
                if let Some(i) = n.children().find(|c| c.kind() == K::NODE_IDENT) {
                    out.insert(i.text().to_string());
                }
            }
            K::NODE_ATTRPATH_VALUE | K::NODE_INHERIT => {
                let scope = n.parent();
                let binding = scope.as_ref().is_some_and(|s| {
                    matches!(s.kind(), K::NODE_LET_IN | K::NODE_LEGACY_LET)
                        || (s.kind() == K::NODE_ATTR_SET
                            && s.children_with_tokens()
                                .any(|c| c.as_token().is_some_and(|t| t.kind() == K::TOKEN_REC)))
                });
                if !binding {
                    continue;
                }
                if n.kind() == K::NODE_INHERIT {
                    for i in n.children().filter(|c| c.kind() == K::NODE_IDENT) {
                        out.insert(i.text().to_string());
                    }
                } else if let Some(first) = n
                    .children()
                    .find(|c| c.kind() == K::NODE_ATTRPATH)
                    .and_then(|p| p.first_child())
                    .filter(|c| c.kind() == K::NODE_IDENT)
                {
                    out.insert(first.text().to_string());
                }
            }
            _ => {}
        }
    }
    out
}

/// One root cause: findings (indices into the campaign's findings) with one signature.
#[derive(Clone, Debug)]
pub struct Cause {
    /// The signature: the telling constructs (or the shape, in parentheses).
    pub key: String,
    /// The findings, smallest program first (the first is the representative).
    pub findings: Vec<usize>,
    /// Divergent programs behind it (findings plus programs that minimised to the same).
    pub programs: u64,
    /// Class pairs (`nixref/other`) and how many programs showed each.
    pub pairs: BTreeMap<String, u64>,
}

impl Cause {
    /// The smallest finding.
    pub fn representative(&self) -> usize {
        self.findings[0]
    }
}

/// A group of findings being formed.
struct Group {
    key: String,
    telling: BTreeSet<String>,
    /// The shape its findings have in common.
    shape: BTreeSet<String>,
    members: Vec<usize>,
    nixref: BTreeSet<Class>,
    other: BTreeSet<Class>,
    pairs: BTreeSet<(Class, Class)>,
}

impl Group {
    /// Whether a finding with these classes fits: one side's class is one of ours.
    fn fits(&self, nixref: &BTreeSet<Class>, other: &BTreeSet<Class>) -> bool {
        !self.nixref.is_disjoint(nixref) || !self.other.is_disjoint(other)
    }
}

/// Groups findings into causes, most programs first.
///
/// 1. Findings with the same key (telling constructs, or shape) whose outcomes share a
///    class on one side (nixref's or the other's) form a group: linked transitively, so
///    `&&` giving a wrong value and `&&` giving a wrong error are one group, while `+`
///    overflowing and `+` visiting attributes in another order are two.
/// 2. A group whose telling constructs include all of a smaller group's, and whose
///    classes fit it (and the group that one has joined), joins that group: preferably one
///    that has its very class pair, then
///    one that shares the other evaluator's class, then the one with the most telling
///    constructs, then the most findings.
/// 3. But a group nixref rejects as a parse error joins the group of the smallest program
///    it rejects too, without telling constructs, whose shape it has (the reason is in the
///    text: `null - 1.0e-320` goes with `1.0e-320`).
pub fn group(findings: &[Finding]) -> Vec<Cause> {
    let feats: Vec<Features> = findings.iter().map(|f| features(&f.program)).collect();
    let mut by_key: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, f) in feats.iter().enumerate() {
        by_key.entry(f.key()).or_default().push(i);
    }
    let mut groups: Vec<Group> = Vec::new();
    for (key, members) in by_key {
        let telling = feats[members[0]].telling.clone();
        let mut mine: Vec<Group> = Vec::new();
        for i in members {
            let (a, b) = (findings[i].nixref.class, findings[i].other.class);
            let (na, nb) = (BTreeSet::from([a]), BTreeSet::from([b]));
            // Every group this finding fits merges with it.
            let (fit, rest): (Vec<Group>, Vec<Group>) =
                mine.into_iter().partition(|g| g.fits(&na, &nb));
            let mut g = Group {
                key: key.clone(),
                telling: telling.clone(),
                shape: feats[i].shape.clone(),
                members: vec![i],
                nixref: na,
                other: nb,
                pairs: BTreeSet::from([(a, b)]),
            };
            for f in fit {
                g.shape = g.shape.intersection(&f.shape).cloned().collect();
                g.members.extend(f.members);
                g.nixref.extend(f.nixref);
                g.other.extend(f.other);
                g.pairs.extend(f.pairs);
            }
            mine = rest;
            mine.push(g);
        }
        groups.extend(mine);
    }
    // Smaller telling sets first, so that an absorbing group is settled before its
    // supersets look for it.
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&g| {
        (
            groups[g].telling.len(),
            groups[g].key.clone(),
            groups[g].members[0],
        )
    });
    let mut root: Vec<usize> = (0..groups.len()).collect();
    let parse = BTreeSet::from([Class::Error(crate::error::ErrorKind::Parse)]);
    for &g in &order {
        // A program nixref rejects before evaluating it diverges for a reason in its text:
        // it goes with the smallest such program whose shape it has (`null - 1.0e-320`
        // with `1.0e-320`), whatever it would have computed.
        if groups[g].nixref == parse {
            let textual = order
                .iter()
                .copied()
                .filter(|&c| c != g && groups[c].telling.is_empty())
                .filter(|&c| groups[c].nixref == parse)
                .filter(|&c| {
                    let cs = &groups[c].shape;
                    cs.len() < groups[g].shape.len() && cs.is_subset(&groups[g].shape)
                        || (cs == &groups[g].shape && !groups[g].telling.is_empty())
                })
                .max_by_key(|&c| (groups[c].shape.len(), groups[c].members.len()));
            if let Some(c) = textual {
                root[g] = root[c];
                continue;
            }
        }
        let t = &groups[g].telling;
        if t.is_empty() {
            continue;
        }
        let best = order
            .iter()
            .copied()
            .filter(|&c| c != g)
            .filter(|&c| {
                let ct = &groups[c].telling;
                !ct.is_empty() && ct.len() < t.len() && ct.is_subset(t)
            })
            .filter(|&c| {
                let (r, me) = (&groups[root[c]], &groups[g]);
                groups[c].fits(&me.nixref, &me.other) && r.fits(&me.nixref, &me.other)
            })
            .max_by_key(|&c| {
                let (a, b) = (&groups[c], &groups[g]);
                let pair = a.pairs.intersection(&b.pairs).next().is_some();
                let other = !a.other.is_disjoint(&b.other);
                (
                    pair,
                    other,
                    a.telling.len(),
                    a.members.len(),
                    std::cmp::Reverse(c),
                )
            });
        if let Some(c) = best {
            root[g] = root[c];
        }
    }
    let mut merged: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for g in 0..groups.len() {
        merged
            .entry(root[g])
            .or_default()
            .extend(groups[g].members.iter().copied());
    }
    let mut causes: Vec<Cause> = merged
        .into_iter()
        .map(|(g, mut members)| {
            members.sort_by_key(|&i| {
                let p = &findings[i].program;
                (findings[i].presumed, token_count(p), p.len(), i)
            });
            let mut pairs = BTreeMap::new();
            let mut programs = 0;
            for &i in &members {
                let n = 1 + findings[i].duplicates;
                programs += n;
                *pairs.entry(findings[i].pair()).or_default() += n;
            }
            Cause {
                key: groups[g].key.clone(),
                findings: members,
                programs,
                pairs,
            }
        })
        .collect();
    causes.sort_by(|a, b| b.programs.cmp(&a.programs).then(a.key.cmp(&b.key)));
    // Causes of one key (told apart by their classes) are named with their first pair.
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for c in &causes {
        *seen.entry(c.key.clone()).or_default() += 1;
    }
    for c in &mut causes {
        if seen[&c.key] > 1 {
            let first = &findings[c.findings[0]];
            c.key = format!("{} [{}]", c.key, first.pair());
        }
    }
    causes
}

/// A cause found so far in a running campaign: its minimised program's telling
/// constructs and classes. A further divergence with the same classes whose program has
/// all these constructs is presumed to be the same cause and not minimised.
#[derive(Clone, Debug)]
pub struct Core {
    pub telling: BTreeSet<String>,
    pub nixref: Class,
    pub other: Class,
}

impl Core {
    /// The core of a minimised finding, if it has telling constructs.
    pub fn of(f: &Finding) -> Option<Core> {
        let telling = features(&f.program).telling;
        (!telling.is_empty()).then_some(Core {
            telling,
            nixref: f.nixref.class,
            other: f.other.class,
        })
    }

    /// Whether a divergence of these classes in this (unminimised) program looks like it.
    pub fn covers(&self, program: &Features, nixref: Class, other: Class) -> bool {
        self.nixref == nixref && self.other == other && self.telling.is_subset(&program.telling)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::difftest::{Divergence, Origin, Outcome};
    use crate::error::ErrorKind;

    fn finding(program: &str, nixref: Class, other: Class) -> Finding {
        let o = |c: Class| match c {
            Class::Value => Outcome::value(b"1\n".to_vec()),
            c => Outcome::other(c, "error: x\n".into()),
        };
        Finding {
            origin: Origin::Generated { seed: 0, index: 0 },
            original: program.into(),
            program: program.into(),
            nixref: o(nixref),
            other: o(other),
            divergence: Divergence::Outcome,
            duplicates: 0,
            presumed: false,
            known: None,
        }
    }

    #[test]
    fn findings_group_into_causes() {
        use Class::{Error, Value};
        let e = Error;
        let fs = [
            finding("1.0e-320", e(ErrorKind::Parse), Value),
            finding("null - 1.0e-320", e(ErrorKind::Parse), e(ErrorKind::Type)),
            finding("9223372036854775807 + 1", e(ErrorKind::Arithmetic), Value),
            finding("7 + 9223372036854775807", e(ErrorKind::Arithmetic), Value),
            finding(
                "{ c = true + 0; name = { p = { }.missing; }; }",
                e(ErrorKind::MissingAttr),
                e(ErrorKind::Type),
            ),
            finding("false && 0", Value, e(ErrorKind::Type)),
            finding("false && (abort \"\")", Value, e(ErrorKind::Abort)),
            finding("__add", Value, e(ErrorKind::UndefinedVariable)),
            finding("__elemAt [ 1 ] 0", Value, e(ErrorKind::UndefinedVariable)),
            finding(
                "__add 9223372036854775807 1",
                e(ErrorKind::Arithmetic),
                e(ErrorKind::UndefinedVariable),
            ),
        ];
        let causes = group(&fs);
        let shown: Vec<(String, Vec<&str>)> = causes
            .iter()
            .map(|c| {
                let ps = c.findings.iter().map(|&i| fs[i].program.as_str()).collect();
                (c.key.clone(), ps)
            })
            .collect();
        let expect = |key: &str, programs: &[&str]| {
            assert!(
                shown.iter().any(|(k, ps)| k == key && ps == programs),
                "no cause {key} with {programs:?} in {shown:#?}"
            );
        };
        assert_eq!(causes.len(), 5, "{shown:#?}");
        expect(
            "__X aliases",
            &["__add", "__add 9223372036854775807 1", "__elemAt [ 1 ] 0"],
        );
        expect("(float)", &["1.0e-320", "null - 1.0e-320"]);
        expect(
            "+ [arithmetic/value]",
            &["9223372036854775807 + 1", "7 + 9223372036854775807"],
        );
        expect(
            "+ [missing-attr/type]",
            &["{ c = true + 0; name = { p = { }.missing; }; }"],
        );
        expect("&&", &["false && 0", "false && (abort \"\")"]);
        assert_eq!(causes[0].key, "__X aliases");
    }

    #[test]
    fn parse_errors_go_with_their_text_not_their_operators() {
        use Class::{Error, Value};
        let e = Error;
        let fs = [
            finding("9223372036854775807 * 5", e(ErrorKind::Arithmetic), Value),
            finding("1.0e-320", e(ErrorKind::Parse), Value),
            finding(
                "let t1 = t1; in t1 * 1.0e-320",
                e(ErrorKind::Parse),
                e(ErrorKind::InfiniteRecursion),
            ),
            finding("null - 1.0e-320", e(ErrorKind::Parse), e(ErrorKind::Type)),
            // Shares the other's class with the one above, but nixref's is not a parse
            // error: it does not follow it into the cause of the float literal.
            finding(
                "builtins.baseNameOf (-9223372036854775807 - 2)",
                e(ErrorKind::Arithmetic),
                e(ErrorKind::Type),
            ),
        ];
        let causes = group(&fs);
        let of = |i: usize| causes.iter().position(|c| c.findings.contains(&i)).unwrap();
        assert_eq!(of(1), of(2));
        assert_eq!(of(1), of(3));
        assert_ne!(of(0), of(2));
        assert_ne!(of(4), of(3));
        assert_eq!(causes.len(), 3);
    }

    fn key(p: &str) -> String {
        features(p).key()
    }

    #[test]
    fn literals_are_abstracted_and_builtins_named() {
        assert_eq!(key("8 * 9223372036854775807"), "*");
        assert_eq!(key("2 * 3"), "*");
        assert_eq!(key("__add 1 2"), "__X aliases");
        assert_eq!(key("__elemAt [ 1 ] 0"), "__X aliases");
        assert_eq!(key("builtins.floor 1"), "builtins.floor");
        assert_eq!(key("map (x: x) [ ]"), "builtins.map");
        assert_eq!(key("abort \"\" || true"), "builtins.abort ||");
        assert_eq!(key("1.0e-320"), "(float)");
        assert_eq!(key("[ { } ]"), "(list set)");
    }

    #[test]
    fn bound_names_are_not_builtins() {
        assert_eq!(key("let map = 1; in map"), "(int let)");
        assert_eq!(key("(toString: toString) 1"), "(apply function int)");
        assert_eq!(key("{ a = map; }"), "builtins.map");
        assert_eq!(key("rec { map = 1; b = map; }"), "rec");
    }

    #[test]
    fn keywords_with_semantics_are_telling() {
        assert_eq!(key("with { a = 1; }; a"), "with");
        assert_eq!(key("{ }.a or 1"), "or");
        assert_eq!(key("({ a ? 1, ... }@x: a) { }"), "... @ formal default");
        assert_eq!(key("\"${\"a\"}\""), "string interpolation");
        assert_eq!(key("/a/${\"b\"}"), "path interpolation");
        assert_eq!(key("!true"), "!");
        assert_eq!(key("-(1)"), "unary -");
    }
}
