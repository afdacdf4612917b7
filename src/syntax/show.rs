//! Expressions shown as C++ Nix shows them in messages (`assertion '(x != null)'
//! failed`): fully parenthesised, with the operators C++ Nix desugars shown as the calls
//! they become (`a - b` is `(__sub a b)`, `a < b` is `(__lessThan a b)`), strings with
//! interpolation as `+` chains, list items and selected expressions in parentheses, and
//! the bindings of sets sorted by name with `inherit`s first.

use rnix::ast::{self, AstToken, BinOpKind, HasEntry, UnaryOpKind};
use rowan::ast::AstNode;

/// Shows an expression; `base_dir` makes relative path literals absolute, as C++ Nix's
/// parser already has when it shows them.
pub fn show(e: &ast::Expr, base_dir: &str, src: &[u8]) -> String {
    let mut s = String::new();
    Shower { base_dir, src }.expr(e, &mut s);
    s
}

struct Shower<'a> {
    base_dir: &'a str,
    src: &'a [u8],
}

fn ident(s: &str, out: &mut String) {
    let mut b = Vec::new();
    crate::print::attr_name(s.as_bytes(), &mut b);
    out.push_str(&String::from_utf8_lossy(&b));
}

impl Shower<'_> {
    fn opt(&self, e: Option<ast::Expr>, out: &mut String) {
        if let Some(e) = e {
            self.expr(&e, out);
        }
    }

    fn expr(&self, e: &ast::Expr, out: &mut String) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(e, out))
    }

    fn expr_inner(&self, e: &ast::Expr, out: &mut String) {
        match e {
            ast::Expr::Paren(p) => self.opt(p.expr(), out),
            ast::Expr::Root(r) => self.opt(r.expr(), out),
            ast::Expr::Literal(l) => match l.kind() {
                ast::LiteralKind::Float(f) => {
                    out.push_str(&crate::print::float_g(f.value().unwrap_or(0.0)))
                }
                ast::LiteralKind::Integer(i) => {
                    out.push_str(&i.value().map(|v| v.to_string()).unwrap_or_default())
                }
                ast::LiteralKind::Uri(u) => self.string_lit(u.syntax().text().as_bytes(), out),
            },
            ast::Expr::Ident(i) => ident(&i.syntax().text().to_string(), out),
            ast::Expr::Str(s) => self.string(s, out),
            ast::Expr::PathAbs(_) | ast::Expr::PathRel(_) | ast::Expr::PathHome(_) => {
                self.path(e, out)
            }
            ast::Expr::PathSearch(p) => {
                let t = p.syntax().text().to_string();
                out.push_str("(__findFile __nixPath ");
                self.string_lit(t.trim_matches(['<', '>']).as_bytes(), out);
                out.push(')');
            }
            ast::Expr::List(l) => {
                out.push_str("[ ");
                for i in l.items() {
                    out.push('(');
                    self.expr(&i, out);
                    out.push_str(") ");
                }
                out.push(']');
            }
            ast::Expr::Lambda(l) => self.lambda(l, out),
            ast::Expr::Apply(_) => self.apply(e, out),
            ast::Expr::IfElse(i) => {
                out.push_str("(if ");
                self.opt(i.condition(), out);
                out.push_str(" then ");
                self.opt(i.body(), out);
                out.push_str(" else ");
                self.opt(i.else_body(), out);
                out.push(')');
            }
            ast::Expr::Assert(a) => {
                out.push_str("assert ");
                self.opt(a.condition(), out);
                out.push_str("; ");
                self.opt(a.body(), out);
            }
            ast::Expr::With(w) => {
                out.push_str("(with ");
                self.opt(w.namespace(), out);
                out.push_str("; ");
                self.opt(w.body(), out);
                out.push(')');
            }
            ast::Expr::Select(s) => {
                out.push('(');
                self.opt(s.expr(), out);
                out.push_str(").");
                self.attrpath(s.attrpath(), out);
                if let Some(d) = s.default_expr() {
                    out.push_str(" or (");
                    self.expr(&d, out);
                    out.push(')');
                }
            }
            ast::Expr::HasAttr(h) => {
                out.push_str("((");
                self.opt(h.expr(), out);
                out.push_str(") ? ");
                self.attrpath(h.attrpath(), out);
                out.push(')');
            }
            ast::Expr::UnaryOp(u) => match u.operator() {
                Some(UnaryOpKind::Invert) => {
                    out.push_str("(! ");
                    self.opt(u.expr(), out);
                    out.push(')');
                }
                _ => {
                    out.push_str("(__sub 0 ");
                    self.opt(u.expr(), out);
                    out.push(')');
                }
            },
            ast::Expr::BinOp(b) => self.binop(b, out),
            ast::Expr::AttrSet(s) => {
                if s.rec_token().is_some() {
                    out.push_str("rec ");
                }
                out.push_str("{ ");
                self.bindings(s, out);
                out.push('}');
            }
            ast::Expr::LetIn(l) => {
                out.push_str("(let ");
                self.bindings(l, out);
                out.push_str("in ");
                self.opt(l.body(), out);
                out.push(')');
            }
            ast::Expr::LegacyLet(l) => {
                out.push_str("(rec { ");
                self.bindings(l, out);
                out.push_str("}).body");
            }
            ast::Expr::CurPos(_) => out.push_str("__curPos"),
            ast::Expr::Error(_) => {}
        }
    }

    fn literal(&self, s: &ast::Str) -> Option<String> {
        super::strings::literal(s, self.src).map(|b| String::from_utf8_lossy(&b).into_owned())
    }

    fn string_lit(&self, b: &[u8], out: &mut String) {
        let mut v = Vec::new();
        crate::print::string_literal(b, &mut v);
        out.push_str(&String::from_utf8_lossy(&v));
    }

    fn string(&self, s: &ast::Str, out: &mut String) {
        let parts = super::strings::parts(s, self.src);
        if parts.len() == 1
            && let super::strings::Part::Lit(b) = &parts[0]
        {
            return self.string_lit(b, out);
        }
        if parts.is_empty() {
            return self.string_lit(b"", out);
        }
        out.push('(');
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                out.push_str(" + ");
            }
            match p {
                super::strings::Part::Lit(b) => self.string_lit(b, out),
                super::strings::Part::Interp(ip) => self.opt(ip.expr(), out),
            }
        }
        out.push(')');
    }

    fn path(&self, e: &ast::Expr, out: &mut String) {
        let text = e.syntax().text().to_string();
        if text.contains("${") && !text.starts_with('~') {
            // An interpolated path is a concatenation in C++ Nix's tree: `(/a/ + x + "b")`.
            let parts = match e {
                ast::Expr::PathAbs(p) => p.parts(),
                ast::Expr::PathRel(p) => p.parts(),
                _ => Vec::new(),
            };
            out.push('(');
            for (i, part) in parts.into_iter().enumerate() {
                if i > 0 {
                    out.push_str(" + ");
                }
                match part {
                    ast::InterpolPart::Literal(l) if i == 0 => {
                        let t = l.syntax().text();
                        self.path_text(t, out);
                        if t.len() > 1 && t.ends_with('/') {
                            out.push('/');
                        }
                    }
                    ast::InterpolPart::Literal(l) => {
                        self.string_lit(l.syntax().text().as_bytes(), out)
                    }
                    ast::InterpolPart::Interpolation(ip) => self.opt(ip.expr(), out),
                }
            }
            out.push(')');
        } else if text.starts_with('~') {
            out.push_str(&text);
        } else {
            self.path_text(&text, out);
        }
    }

    /// A path literal without interpolation: absolute and canonical.
    fn path_text(&self, text: &str, out: &mut String) {
        if text.starts_with('/') {
            out.push_str(&crate::path::canon_path(text));
        } else {
            out.push_str(&crate::path::canon_path(&format!(
                "{}/{text}",
                self.base_dir
            )));
        }
    }

    fn apply(&self, e: &ast::Expr, out: &mut String) {
        let mut args = Vec::new();
        let mut f = e.clone();
        while let ast::Expr::Apply(a) = &f {
            let (Some(func), Some(arg)) = (a.lambda(), a.argument()) else {
                break;
            };
            args.push(arg);
            f = strip(func);
        }
        out.push('(');
        self.expr(&f, out);
        for a in args.iter().rev() {
            out.push(' ');
            self.expr(a, out);
        }
        out.push(')');
    }

    fn lambda(&self, l: &ast::Lambda, out: &mut String) {
        out.push('(');
        match l.param() {
            Some(ast::Param::IdentParam(i)) => out.push_str(&i.syntax().text().to_string()),
            Some(ast::Param::Pattern(p)) => {
                let mut entries: Vec<(String, Option<ast::Expr>)> = p
                    .pat_entries()
                    .map(|e| {
                        (
                            e.ident()
                                .map(|i| i.syntax().text().to_string())
                                .unwrap_or_default(),
                            e.default(),
                        )
                    })
                    .collect();
                entries.sort_by(|a, b| a.0.cmp(&b.0));
                out.push_str("{ ");
                for (i, (name, d)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(name);
                    if let Some(d) = d {
                        out.push_str(" ? ");
                        self.expr(d, out);
                    }
                }
                if p.ellipsis_token().is_some() {
                    if !entries.is_empty() {
                        out.push_str(", ");
                    }
                    out.push_str("...");
                }
                out.push_str(" }");
                if let Some(b) = p.pat_bind().and_then(|b| b.ident()) {
                    out.push_str(" @ ");
                    out.push_str(&b.syntax().text().to_string());
                }
            }
            None => {}
        }
        out.push_str(": ");
        self.opt(l.body(), out);
        out.push(')');
    }

    fn binop(&self, b: &ast::BinOp, out: &mut String) {
        let (l, r) = (b.lhs(), b.rhs());
        let call = |name: &str, x: &Option<ast::Expr>, y: &Option<ast::Expr>, out: &mut String| {
            out.push('(');
            out.push_str(name);
            out.push(' ');
            self.opt(x.clone(), out);
            out.push(' ');
            self.opt(y.clone(), out);
            out.push(')');
        };
        let sym = match b.operator() {
            Some(BinOpKind::Sub) => return call("__sub", &l, &r, out),
            Some(BinOpKind::Mul) => return call("__mul", &l, &r, out),
            Some(BinOpKind::Div) => return call("__div", &l, &r, out),
            Some(BinOpKind::Less) => return call("__lessThan", &l, &r, out),
            Some(BinOpKind::More) => return call("__lessThan", &r, &l, out),
            Some(BinOpKind::LessOrEq) => {
                out.push_str("(! ");
                call("__lessThan", &r, &l, out);
                return out.push(')');
            }
            Some(BinOpKind::MoreOrEq) => {
                out.push_str("(! ");
                call("__lessThan", &l, &r, out);
                return out.push(')');
            }
            Some(BinOpKind::Add) => "+",
            Some(BinOpKind::Equal) => "==",
            Some(BinOpKind::NotEqual) => "!=",
            Some(BinOpKind::And) => "&&",
            Some(BinOpKind::Or) => "||",
            Some(BinOpKind::Implication) => "->",
            Some(BinOpKind::Update) => "//",
            Some(BinOpKind::Concat) => "++",
            Some(BinOpKind::PipeLeft) => "<|",
            Some(BinOpKind::PipeRight) => "|>",
            None => "?",
        };
        out.push('(');
        self.opt(l, out);
        out.push(' ');
        out.push_str(sym);
        out.push(' ');
        self.opt(r, out);
        out.push(')');
    }

    fn attrpath(&self, p: Option<ast::Attrpath>, out: &mut String) {
        let Some(p) = p else { return };
        for (i, a) in p.attrs().enumerate() {
            if i > 0 {
                out.push('.');
            }
            self.attr(&a, out);
        }
    }

    fn attr(&self, a: &ast::Attr, out: &mut String) {
        match a {
            ast::Attr::Ident(i) => ident(&i.syntax().text().to_string(), out),
            ast::Attr::Str(s) => match self.literal(s) {
                Some(t) => ident(&t, out),
                None => {
                    out.push_str("\"${");
                    self.string(s, out);
                    out.push_str("}\"");
                }
            },
            ast::Attr::Dynamic(d) => match d.expr().map(strip) {
                Some(ast::Expr::Str(s)) if self.literal(&s).is_some() => {
                    ident(&self.literal(&s).unwrap_or_default(), out)
                }
                e => {
                    out.push_str("\"${");
                    self.opt(e, out);
                    out.push_str("}\"");
                }
            },
        }
    }

    /// Bindings as C++ Nix holds them after parsing (attribute paths merged into nested
    /// sets, `a = { .. }; a.b = ..;` merged into one set), sorted by name: plain
    /// `inherit`s, then `inherit (e)`s, then `name = value;`, then dynamic attributes in
    /// their order.
    fn bindings(&self, node: &impl HasEntry, out: &mut String) {
        let mut m = Merged::default();
        self.merge_entries(node, &mut m);
        self.show_merged(&m, out);
    }

    /// The static name of an attribute (`a`, `"a"`, `${"a"}`), if it has one.
    fn static_name(&self, a: &ast::Attr) -> Option<String> {
        match a {
            ast::Attr::Ident(i) => Some(i.syntax().text().to_string()),
            ast::Attr::Str(s) => self.literal(s),
            ast::Attr::Dynamic(d) => match d.expr().map(strip) {
                Some(ast::Expr::Str(s)) => self.literal(&s),
                _ => None,
            },
        }
    }

    fn value(&self, e: Option<ast::Expr>) -> Val {
        match e {
            Some(ast::Expr::AttrSet(set)) => {
                let mut m = Merged {
                    rec: set.rec_token().is_some(),
                    ..Merged::default()
                };
                self.merge_entries(&set, &mut m);
                Val::Set(m)
            }
            Some(e) => Val::Expr(e),
            None => Val::Missing,
        }
    }

    fn merge_entries(&self, node: &impl HasEntry, m: &mut Merged) {
        for entry in node.entries() {
            match entry {
                ast::Entry::Inherit(inh) => {
                    let from = inh.from().and_then(|f| f.expr()).map(|e| {
                        m.froms.push(e);
                        m.froms.len() - 1
                    });
                    for a in inh.attrs() {
                        if let Some(n) = self.static_name(&a) {
                            let def = match from {
                                Some(i) => Def::From(i),
                                None => Def::Inherited,
                            };
                            m.attrs.entry(n).or_insert(def);
                        }
                    }
                }
                ast::Entry::AttrpathValue(av) => {
                    let path: Vec<ast::Attr> = av
                        .attrpath()
                        .map(|p| p.attrs().collect())
                        .unwrap_or_default();
                    self.insert_path(m, &path, av.value());
                }
            }
        }
    }

    fn insert_path(&self, m: &mut Merged, path: &[ast::Attr], value: Option<ast::Expr>) {
        let Some((first, rest)) = path.split_first() else {
            return;
        };
        let name = self.static_name(first);
        if rest.is_empty() {
            let v = self.value(value);
            match name {
                Some(n) => match (m.attrs.get_mut(&n), v) {
                    (Some(Def::Plain(Val::Set(existing))), Val::Set(new)) => {
                        existing.absorb(new);
                    }
                    (Some(_), _) => {}
                    (None, v) => {
                        m.attrs.insert(n, Def::Plain(v));
                    }
                },
                None => m.dynamic.push((first.clone(), v)),
            }
            return;
        }
        match name {
            Some(n) => {
                let def = m
                    .attrs
                    .entry(n)
                    .or_insert_with(|| Def::Plain(Val::Set(Merged::default())));
                if let Def::Plain(Val::Set(inner)) = def {
                    self.insert_path(inner, rest, value);
                }
            }
            None => {
                let mut inner = Merged::default();
                self.insert_path(&mut inner, rest, value);
                m.dynamic.push((first.clone(), Val::Set(inner)));
            }
        }
    }

    fn show_val(&self, v: &Val, out: &mut String) {
        match v {
            Val::Expr(e) => self.expr(e, out),
            Val::Set(m) => {
                if m.rec {
                    out.push_str("rec ");
                }
                out.push_str("{ ");
                self.show_merged(m, out);
                out.push('}');
            }
            Val::Missing => {}
        }
    }

    fn show_merged(&self, m: &Merged, out: &mut String) {
        let inherits: Vec<&String> = m
            .attrs
            .iter()
            .filter(|(_, d)| matches!(d, Def::Inherited))
            .map(|(n, _)| n)
            .collect();
        if !inherits.is_empty() {
            out.push_str("inherit");
            for n in inherits {
                out.push(' ');
                ident(n, out);
            }
            out.push_str("; ");
        }
        for (i, from) in m.froms.iter().enumerate() {
            let names: Vec<&String> = m
                .attrs
                .iter()
                .filter(|(_, d)| matches!(d, Def::From(j) if *j == i))
                .map(|(n, _)| n)
                .collect();
            if names.is_empty() {
                continue;
            }
            out.push_str("inherit (");
            self.expr(from, out);
            out.push(')');
            for n in names {
                out.push(' ');
                ident(n, out);
            }
            out.push_str("; ");
        }
        for (n, d) in &m.attrs {
            if let Def::Plain(v) = d {
                ident(n, out);
                out.push_str(" = ");
                self.show_val(v, out);
                out.push_str("; ");
            }
        }
        for (a, v) in &m.dynamic {
            self.attr(a, out);
            out.push_str(" = ");
            self.show_val(v, out);
            out.push_str("; ");
        }
    }
}

/// A set's bindings as C++ Nix's parser builds them (see [`Shower::bindings`]).
#[derive(Default)]
struct Merged {
    rec: bool,
    /// By name, sorted as C++ Nix sorts them for showing (byte order).
    attrs: std::collections::BTreeMap<String, Def>,
    dynamic: Vec<(ast::Attr, Val)>,
    /// The sources of `inherit (e)`, in order.
    froms: Vec<ast::Expr>,
}

impl Merged {
    /// `a = { x = 1; }; a = { y = 2; };`-style merging of a second literal set into this.
    fn absorb(&mut self, other: Merged) {
        let base = self.froms.len();
        self.froms.extend(other.froms);
        for (n, d) in other.attrs {
            let d = match d {
                Def::From(i) => Def::From(base + i),
                d => d,
            };
            self.attrs.entry(n).or_insert(d);
        }
        self.dynamic.extend(other.dynamic);
    }
}

enum Def {
    Plain(Val),
    Inherited,
    /// `inherit (froms[i]) name`.
    From(usize),
}

enum Val {
    Expr(ast::Expr),
    Set(Merged),
    Missing,
}

fn strip(mut e: ast::Expr) -> ast::Expr {
    while let ast::Expr::Paren(p) = &e {
        match p.expr() {
            Some(i) => e = i,
            None => break,
        }
    }
    e
}
