//! Constructs that belong to one type: arithmetic and comparison operators, string and
//! path interpolation, list and set literals (with `rec`, nested attribute paths, dynamic
//! and quoted names, `inherit`), `//` and `++`, and function literals with every kind of
//! parameter (plain, formals with defaults, `...`, `@`).

use super::Generator;
use crate::difftest::types::{Fields, StrKind, Ty};

impl Generator<'_> {
    /// A construct of the wanted type's own.
    pub(super) fn typed(&mut self, want: &Ty) -> String {
        match want {
            Ty::Int | Ty::Num | Ty::Var(_) => self.arith(false),
            Ty::SmallInt => self.small_int(),
            Ty::Float => self.arith(true),
            Ty::Bool => self.boolean(),
            Ty::Null => self.generic(want),
            Ty::Path => self.path_expr(),
            Ty::Str(StrKind::Plain) => self.string_expr(),
            Ty::Str(StrKind::Ctx) => self.context_string(),
            Ty::Str(_) => self.leaf(want),
            Ty::List(t) => self.list_expr(t),
            Ty::Set(f) => self.set_expr(f),
            Ty::Fn(a, b) => {
                let (a, b) = ((**a).clone(), (**b).clone());
                self.lambda(&a, &b, false)
            }
            Ty::Any => {
                let t = self.random_type(0);
                self.expr(&t)
            }
        }
    }

    fn arith(&mut self, float: bool) -> String {
        let (ops, forms) = (
            ["+", "-", "*", "/"],
            ["op-add", "op-sub", "op-mul", "op-div"],
        );
        if self.r.chance(12) {
            self.cov.form("op-neg");
            let t = if float { Ty::Float } else { Ty::Int };
            return format!("(-{})", self.expr(&t));
        }
        let i = self.r.below(4);
        self.cov.form(forms[i]);
        let (lt, rt) = if !float {
            (Ty::Int, Ty::Int)
        } else {
            match self.r.below(3) {
                0 => (Ty::Float, Ty::Int),
                1 => (Ty::Int, Ty::Float),
                _ => (Ty::Float, Ty::Float),
            }
        };
        let l = self.expr(&lt);
        let r = if i == 3 && self.r.chance(70) {
            // Mostly a divisor that is not zero.
            (1 + self.r.below(9)).to_string()
        } else {
            self.expr(&rt)
        };
        format!("({l} {} {r})", ops[i])
    }

    fn boolean(&mut self) -> String {
        match self.r.weighted(&[30, 25, 20, 10, 15]) {
            0 => {
                let t = self.random_type(1);
                let (op, form) = if self.r.chance(70) {
                    ("==", "op-eq")
                } else {
                    ("!=", "op-neq")
                };
                self.cov.form(form);
                let l = self.expr(&t);
                let r = if self.r.chance(10) {
                    let u = self.random_type(1);
                    self.expr(&u)
                } else {
                    self.expr(&t)
                };
                format!("({l} {op} {r})")
            }
            1 => {
                let t = self.comparable_type();
                let i = self.r.below(4);
                self.cov.form(["op-lt", "op-le", "op-gt", "op-ge"][i]);
                let l = self.expr(&t);
                let r = self.expr(&t);
                format!("({l} {} {r})", ["<", "<=", ">", ">="][i])
            }
            2 => {
                let i = self.r.below(3);
                self.cov.form(["op-and", "op-or", "op-impl"][i]);
                let l = self.expr(&Ty::Bool);
                let r = self.expr(&Ty::Bool);
                format!("({l} {} {r})", ["&&", "||", "->"][i])
            }
            3 => {
                self.cov.form("op-not");
                format!("(!{})", self.expr(&Ty::Bool))
            }
            _ => self.has_attr(),
        }
    }

    /// A type `<` can compare: numbers, strings, paths, and lists of those.
    fn comparable_type(&mut self) -> Ty {
        match self.r.weighted(&[35, 15, 30, 8, 12]) {
            0 => Ty::Int,
            1 => Ty::Float,
            2 => Ty::string(),
            3 => Ty::Path,
            _ => Ty::list(Ty::Int),
        }
    }

    fn has_attr(&mut self) -> String {
        self.cov.form("has-attr");
        let t = self.random_type(0);
        let set_t = match t {
            Ty::Set(_) => t,
            _ => Ty::Set(crate::difftest::types::Fields::Open),
        };
        let set = self.expr(&set_t);
        let name = self.field_name();
        let name = self.attr_name(&name);
        if self.r.chance(20) {
            let inner = self.field_name();
            format!("({set} ? {name}.{inner})")
        } else {
            format!("({set} ? {name})")
        }
    }

    fn string_expr(&mut self) -> String {
        match self.r.weighted(&[40, 30, 15, 15]) {
            0 => {
                self.cov.form("string-interpolation");
                let mut pre = self.string_literal_inner();
                if pre.ends_with('$') {
                    // `$${` would not interpolate.
                    pre.pop();
                    pre.push_str("\\$");
                }
                let e = self.expr(&Ty::string());
                let post = self.string_literal_inner();
                format!("\"{pre}${{{e}}}{post}\"")
            }
            1 => {
                self.cov.form("op-add");
                let l = self.expr(&Ty::string());
                let r = self.expr(&Ty::string());
                format!("({l} + {r})")
            }
            2 => {
                self.cov.form("string-interpolation");
                self.cov.form("literal-indented-string");
                let e = self.expr(&Ty::string());
                let indent = " ".repeat(self.r.below(4));
                format!("''\n{indent}line ${{{e}}}\n{indent}  more\n''")
            }
            _ => self.string_literal(),
        }
    }

    /// Plain text safe inside `"..."` around an interpolation.
    fn string_literal_inner(&mut self) -> String {
        let s = self.string_literal();
        if s.starts_with('"') {
            s[1..s.len() - 1].to_string()
        } else {
            String::new()
        }
    }

    fn path_expr(&mut self) -> String {
        match self.r.weighted(&[40, 30, 30]) {
            0 => {
                self.cov.form("op-add");
                let p = self.expr(&Ty::Path);
                let seg = self.string_literal();
                format!("({p} + {seg})")
            }
            1 => {
                self.cov.form("path-interpolation");
                let e = self.expr(&Ty::string());
                format!("/a/${{{e}}}")
            }
            _ => self.path_literal(),
        }
    }

    fn list_expr(&mut self, t: &Ty) -> String {
        if self.r.chance(20) {
            self.cov.form("op-concat");
            let l = self.expr(&Ty::list(t.clone()));
            let r = self.expr(&Ty::list(t.clone()));
            return format!("({l} ++ {r})");
        }
        self.cov.form("list");
        let n = self.r.below(5);
        let items: Vec<String> = (0..n).map(|_| self.expr(t)).collect();
        if items.is_empty() {
            "[ ]".to_string()
        } else {
            format!("[ {} ]", items.join(" "))
        }
    }

    fn set_expr(&mut self, f: &Fields) -> String {
        let fields = match f {
            Fields::Known(fs, open) => {
                if self.r.chance(15) {
                    return self.update(fs, *open);
                }
                let mut fs = fs.clone();
                if *open {
                    self.extra_fields(&mut fs, None);
                }
                fs
            }
            Fields::Homog(t) => {
                let mut fs = Vec::new();
                self.extra_fields(&mut fs, Some(t));
                fs
            }
            Fields::Open => {
                if self.r.chance(15) {
                    return self.update(&[], true);
                }
                let mut fs = Vec::new();
                self.extra_fields(&mut fs, None);
                fs
            }
        };
        let rec = self.r.chance(15);
        self.set_literal(&fields, rec)
    }

    /// Adds up to three more fields (of type `homog` if given), some with odd names.
    fn extra_fields(&mut self, fs: &mut Vec<(String, Ty)>, homog: Option<&Ty>) {
        for _ in 0..self.r.below(4) {
            let name = if self.r.chance(15) {
                self.r.pick(super::literals::ODD_NAMES).to_string()
            } else {
                self.field_name()
            };
            if fs.iter().any(|(m, _)| *m == name) {
                continue;
            }
            let t = match homog {
                Some(t) => t.clone(),
                None => self.random_type(1),
            };
            fs.push((name, t));
        }
    }

    /// `{ ... }` or `rec { ... }` with exactly these fields.
    pub(super) fn set_literal(&mut self, fields: &[(String, Ty)], rec: bool) -> String {
        self.cov.form(if rec { "rec-attrs" } else { "attrs" });
        let mark = self.scope.mark();
        if rec {
            for (n, _) in fields {
                if super::is_ident(n) {
                    self.bind(n, None);
                }
            }
        }
        let mut s = String::from(if rec { "rec { " } else { "{ " });
        for (n, t) in fields {
            s.push_str(&self.field_def(n, t, rec));
            s.push(' ');
            if rec && super::is_ident(n) {
                self.scope.set_type(n, t.clone());
            }
        }
        self.scope.truncate(mark);
        s.push('}');
        s
    }

    /// One field definition: `n = e;`, a nested path, `inherit`, or a dynamic name.
    fn field_def(&mut self, n: &str, t: &Ty, rec: bool) -> String {
        let ident = super::is_ident(n);
        if let Ty::Set(Fields::Known(sub, false)) = t
            && ident
            && !sub.is_empty()
            && self.r.chance(20)
        {
            self.cov.form("nested-attrpath");
            let mut parts = Vec::new();
            for (m, u) in sub {
                let name = self.attr_name(m);
                let v = self.expr(u);
                parts.push(format!("{n}.{name} = {v};"));
            }
            return parts.join(" ");
        }
        match self.r.weighted(&[80, 8, 6, 6]) {
            1 if ident && !rec && self.outer_var_is(n, t) => {
                self.cov.form("inherit");
                format!("inherit {n};")
            }
            2 if ident => {
                self.cov.form("inherit-from");
                let src = self.expr(&Ty::fields(vec![(n.to_string(), t.clone())], true));
                format!("inherit ({src}) {n};")
            }
            3 if !rec => {
                self.cov.form("dynamic-attr");
                let v = self.expr(t);
                format!("${{{}}} = {v};", super::quoted(n))
            }
            _ => {
                let name = self.attr_name(n);
                let v = self.expr(t);
                format!("{name} = {v};")
            }
        }
    }

    /// Whether a variable `n` visible here has a type that fits `t`.
    fn outer_var_is(&self, n: &str, t: &Ty) -> bool {
        self.scope.candidates(t).iter().any(|(m, w)| m == n && !w)
    }

    /// `a // b` producing these fields: the right side wins for names on both sides.
    fn update(&mut self, fs: &[(String, Ty)], open: bool) -> String {
        self.cov.form("op-update");
        let mut left = Vec::new();
        let mut right = Vec::new();
        for (n, t) in fs {
            if self.r.chance(50) {
                right.push((n.clone(), t.clone()));
                if self.r.chance(25) {
                    let other = self.random_type(2);
                    left.push((n.clone(), other));
                }
            } else {
                left.push((n.clone(), t.clone()));
            }
        }
        let l = self.expr(&Ty::fields(left, open));
        let r = self.expr(&Ty::fields(right, open));
        format!("({l} // {r})")
    }

    /// A function literal from `a` to `b`. `simple` asks for a small body.
    pub(super) fn lambda(&mut self, a: &Ty, b: &Ty, simple: bool) -> String {
        let mark = self.scope.mark();
        let head = match a {
            Ty::Set(Fields::Known(fs, open)) if self.r.chance(70) => self.formals(fs, *open, a),
            _ => {
                self.cov.form("lambda-ident");
                let name = self.var_name();
                self.bind(&name, Some(a.clone()));
                name
            }
        };
        let body = if simple { self.leaf(b) } else { self.expr(b) };
        self.scope.truncate(mark);
        format!("({head}: {body})")
    }

    /// `{ a, b ? d, ... } @ args` for an argument with these fields.
    fn formals(&mut self, fs: &[(String, Ty)], open: bool, whole: &Ty) -> String {
        self.cov.form("lambda-formals");
        for (n, t) in fs {
            self.bind(n, Some(t.clone()));
        }
        let mut parts = Vec::new();
        for (n, t) in fs {
            if self.r.chance(20) {
                self.cov.form("formal-default");
                let d = self.expr(t);
                parts.push(format!("{n} ? {d}"));
            } else {
                parts.push(n.clone());
            }
        }
        // A formal the argument never has: its default is used.
        let mut extra = None;
        if self.r.chance(20) {
            let n = self.field_name();
            if !fs.iter().any(|(m, _)| *m == n) {
                self.cov.form("formal-default");
                let t = self.random_type(1);
                let d = self.expr(&t);
                parts.push(format!("{n} ? {d}"));
                extra = Some((n, t));
            }
        }
        if let Some((n, t)) = extra {
            self.bind(&n, Some(t));
        }
        if open || self.r.chance(20) {
            self.cov.form("formal-ellipsis");
            parts.push("...".to_string());
        }
        let set = if parts.is_empty() {
            "{ }".to_string()
        } else {
            format!("{{ {} }}", parts.join(", "))
        };
        if self.r.chance(25) {
            self.cov.form("formal-at");
            let at = self.fresh_name();
            self.bind(&at, Some(whole.clone()));
            if self.r.chance(50) {
                format!("{set} @ {at}")
            } else {
                format!("{at} @ {set}")
            }
        } else {
            set
        }
    }
}
