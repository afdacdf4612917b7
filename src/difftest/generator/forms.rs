//! Forms that can produce a value of any type: `let` (with `inherit`, recursion and
//! self-reference), `if`, application of a lambda or of a function in scope, selection
//! (with `or`), `with`, `assert`, `rec` sets, `tryEval`, the legacy `let { }`, redefined
//! operators (`__sub`...) and `__curPos`.

use super::Generator;
use crate::difftest::types::{Bindings, Fields, Ty, unify};

impl Generator<'_> {
    pub(super) fn generic(&mut self, want: &Ty) -> String {
        let int = matches!(want, Ty::Int);
        match self.r.weighted(&[
            25,
            15,
            12,
            10,
            12,
            6,
            5,
            4,
            4,
            3,
            2,
            2,
            1,
            if int { 2 } else { 0 },
        ]) {
            0 => self.let_in(want),
            1 => self.if_else(want),
            2 => self.apply_lambda(want),
            3 => self.apply_var(want).unwrap_or_else(|| self.if_else(want)),
            4 => self.select(want),
            5 => self.with(want),
            6 => self.assert(want),
            7 => self.recursion(want),
            8 => self.try_eval(want),
            9 => self.rec_select(want),
            10 => self.self_reference(want),
            11 => self.mutual_recursion(want),
            12 => self.legacy_let(want),
            _ => {
                if self.r.chance(50) {
                    self.cov.form("cur-pos");
                    let f = if self.r.chance(50) { "line" } else { "column" };
                    format!("__curPos.{f}")
                } else {
                    self.operator_override()
                }
            }
        }
    }

    /// The type of a new binding: sometimes a function, so calls of variables happen.
    fn binding_type(&mut self, want: &Ty) -> Ty {
        match self.r.weighted(&[55, 25, 20]) {
            0 => self.random_type(0),
            1 => want.clone(),
            _ => {
                let a = self.random_type(1);
                let b = if self.r.chance(50) {
                    want.clone()
                } else {
                    self.random_type(1)
                };
                Ty::func(a, b)
            }
        }
    }

    fn comment(&mut self) -> &'static str {
        if self.r.chance(4) {
            self.cov.form("comment");
            if self.r.chance(50) {
                "/* c */ "
            } else {
                "# c\n  "
            }
        } else {
            ""
        }
    }

    fn let_in(&mut self, want: &Ty) -> String {
        self.cov.form("let");
        let mark = self.scope.mark();
        let mut parts = Vec::new();
        let mut bound: Vec<(String, Ty)> = Vec::new();
        // `inherit x;` takes x from outside the group, so pick it before the group's names
        // hide the outer ones.
        if self.r.chance(15) {
            let vis: Vec<(String, Ty)> = self
                .scope
                .visible()
                .into_iter()
                .filter(|(_, _, w)| !w)
                .map(|(n, t, _)| (n.to_string(), t.clone()))
                .collect();
            if !vis.is_empty() {
                let (n, t) = self.r.pick(&vis).clone();
                self.cov.form("inherit");
                parts.push(format!("inherit {n};"));
                bound.push((n, t));
            }
        }
        let mut names: Vec<String> = Vec::new();
        for _ in 0..1 + self.r.below(3) {
            let n = self.var_name();
            if !names.contains(&n) && !bound.iter().any(|(m, _)| *m == n) {
                names.push(n);
            }
        }
        let from = if self.r.chance(10) {
            let n = self.field_name();
            (!names.contains(&n) && !bound.iter().any(|(m, _)| *m == n)).then_some(n)
        } else {
            None
        };
        for n in &names {
            self.bind(n, None);
        }
        for (n, t) in &bound {
            self.bind(n, Some(t.clone()));
        }
        if let Some(n) = &from {
            self.bind(n, None);
            self.cov.form("inherit-from");
            let t = self.random_type(1);
            let src = self.expr(&Ty::fields(vec![(n.clone(), t.clone())], true));
            parts.push(format!("inherit ({src}) {n};"));
            self.scope.set_type(n, t);
        }
        for n in &names {
            let t = self.binding_type(want);
            let c = self.comment();
            let v = self.expr(&t);
            parts.push(format!("{c}{n} = {v};"));
            self.scope.set_type(n, t);
        }
        let body = self.expr(want);
        self.scope.truncate(mark);
        format!("(let {} in {body})", parts.join(" "))
    }

    fn if_else(&mut self, want: &Ty) -> String {
        self.cov.form("if");
        let c = self.expr(&Ty::Bool);
        let a = self.expr(want);
        let b = self.expr(want);
        format!("(if {c} then {a} else {b})")
    }

    fn apply_lambda(&mut self, want: &Ty) -> String {
        self.cov.form("apply");
        let param = if self.r.chance(50) {
            match self.random_type(1) {
                Ty::Set(Fields::Known(fs, _)) => Ty::fields(fs, false),
                _ => Ty::fields(vec![(self.field_name(), Ty::Int)], false),
            }
        } else {
            self.random_type(1)
        };
        let f = self.lambda(&param, want, false);
        let arg = self.expr(&param);
        format!("({f} {arg})")
    }

    /// A call of a function variable in scope, with as many arguments as make `want`.
    fn apply_var(&mut self, want: &Ty) -> Option<String> {
        let mut found: Vec<(String, Vec<Ty>)> = Vec::new();
        for (name, ty, _) in self.scope.visible() {
            let mut t = ty;
            let mut args = Vec::new();
            while let Ty::Fn(a, r) = t {
                args.push((**a).clone());
                t = r;
                if unify(t, want, &mut Bindings::new()) {
                    found.push((name.to_string(), args.clone()));
                }
            }
        }
        if found.is_empty() {
            return None;
        }
        let (name, args) = self.r.pick(&found).clone();
        self.cov.form("apply");
        self.cov.form("var");
        let args: Vec<String> = args.iter().map(|a| self.expr(a)).collect();
        Some(format!("({name} {})", args.join(" ")))
    }

    fn select(&mut self, want: &Ty) -> String {
        self.cov.form("select");
        let name = self.field_name();
        let written = self.attr_name(&name);
        match self.r.weighted(&[65, 15, 8, 7, 5]) {
            1 => {
                self.cov.form("select-or");
                let set = self.expr(&Ty::fields(vec![(name, want.clone())], true));
                let d = self.expr(want);
                format!("({set}.{written} or {d})")
            }
            2 => {
                // A name the set may lack: the default is used.
                self.cov.form("select-or");
                let set = self.expr(&Ty::Set(Fields::Open));
                let d = self.expr(want);
                format!("({set}.{written} or {d})")
            }
            3 => {
                let outer = self.field_name();
                let inner = Ty::fields(vec![(name, want.clone())], true);
                let set = self.expr(&Ty::fields(vec![(outer.clone(), inner)], true));
                let outer = self.attr_name(&outer);
                format!("{set}.{outer}.{written}")
            }
            4 => {
                self.cov.form("dynamic-attr");
                let set = self.expr(&Ty::fields(vec![(name.clone(), want.clone())], true));
                format!("{set}.${{{}}}", super::quoted(&name))
            }
            _ => {
                let set = self.expr(&Ty::fields(vec![(name, want.clone())], true));
                format!("{set}.{written}")
            }
        }
    }

    fn with(&mut self, want: &Ty) -> String {
        self.cov.form("with");
        let mut fs: Vec<(String, Ty)> = Vec::new();
        for _ in 0..1 + self.r.below(3) {
            let n = self.field_name();
            if !fs.iter().any(|(m, _)| *m == n) {
                let t = if self.r.chance(40) {
                    want.clone()
                } else {
                    self.random_type(1)
                };
                fs.push((n, t));
            }
        }
        let ns = self.expr(&Ty::fields(fs.clone(), true));
        let mark = self.scope.mark();
        for (n, t) in &fs {
            self.scope.push_with(n, t.clone());
        }
        let body = self.expr(want);
        self.scope.truncate(mark);
        format!("(with {ns}; {body})")
    }

    fn assert(&mut self, want: &Ty) -> String {
        self.cov.form("assert");
        let c = if self.r.chance(60) {
            self.global("true")
        } else {
            self.expr(&Ty::Bool)
        };
        let body = self.expr(want);
        format!("(assert {c}; {body})")
    }

    /// A recursive function counting down to a base case.
    fn recursion(&mut self, want: &Ty) -> String {
        self.cov.form("recursive-function");
        self.cov.form("let");
        let f = self.fresh_name();
        let n = self.fresh_name();
        let mark = self.scope.mark();
        self.bind(&f, None);
        self.bind(&n, Some(Ty::Int));
        let base = self.expr(want);
        let rec_call = format!("({f} ({n} - 1))");
        let step = match want {
            Ty::Int => format!("({n} + {rec_call})"),
            Ty::List(t) => format!("([ {} ] ++ {rec_call})", self.expr(t)),
            Ty::Str(crate::difftest::types::StrKind::Plain) => {
                format!("({} + {rec_call})", self.expr(want))
            }
            _ => rec_call,
        };
        self.scope.truncate(mark);
        let k = self.r.below(9);
        format!("(let {f} = {n}: if {n} <= 0 then {base} else {step}; in {f} {k})")
    }

    /// Two functions defined in terms of each other.
    fn mutual_recursion(&mut self, want: &Ty) -> String {
        self.cov.form("mutual-recursion");
        self.cov.form("let");
        let (ev, od) = (self.fresh_name(), self.fresh_name());
        let k = self.r.below(12);
        let (t, f) = (self.global("true"), self.global("false"));
        let call = format!(
            "(let {ev} = n: if n == 0 then {t} else {od} (n - 1); \
             {od} = n: if n == 0 then {f} else {ev} (n - 1); in {ev} {k})"
        );
        if *want == Ty::Bool {
            call
        } else {
            let a = self.expr(want);
            let b = self.expr(want);
            format!("(if {call} then {a} else {b})")
        }
    }

    /// A set whose attribute refers to the set itself through a `let` binding.
    fn self_reference(&mut self, want: &Ty) -> String {
        self.cov.form("self-reference");
        self.cov.form("let");
        let s = self.fresh_name();
        let v = self.expr(want);
        format!("(let {s} = {{ p = {v}; q = {s}.p; }}; in {s}.q)")
    }

    fn rec_select(&mut self, want: &Ty) -> String {
        self.cov.form("select");
        let name = self.field_name();
        let mut fs = vec![(name.clone(), want.clone())];
        for _ in 0..self.r.below(3) {
            let n = self.field_name();
            if !fs.iter().any(|(m, _)| *m == n) {
                let t = self.random_type(1);
                fs.insert(self.r.below(fs.len() + 1), (n, t));
            }
        }
        let set = self.set_literal(&fs, true);
        format!("{set}.{name}")
    }

    /// `builtins.tryEval e`, seen through `.success` (a Boolean) or `.value`.
    pub(super) fn try_eval(&mut self, want: &Ty) -> String {
        if !self.has_builtin("tryEval") {
            return self.leaf(want);
        }
        self.cov.form("try-eval");
        self.cov.builtin("tryEval");
        let e = if self.r.chance(40) {
            self.error_expr()
        } else {
            match want {
                Ty::Bool => {
                    let t = self.random_type(1);
                    self.expr(&t)
                }
                t => self.expr(t),
            }
        };
        let call = format!("(builtins.tryEval {e})");
        match want {
            Ty::Bool => format!("{call}.success"),
            Ty::Any if self.depth == 0 => call,
            _ => format!("{call}.value"),
        }
    }

    fn legacy_let(&mut self, want: &Ty) -> String {
        self.cov.form("legacy-let");
        let mark = self.scope.mark();
        let n = self.var_name();
        let t = self.random_type(1);
        self.bind(&n, None);
        self.bind("body", None);
        let v = self.expr(&t);
        self.scope.set_type(&n, t);
        let body = self.expr(want);
        self.scope.truncate(mark);
        if n == "body" {
            return format!("(let {{ body = {body}; }})");
        }
        format!("(let {{ {n} = {v}; body = {body}; }})")
    }

    /// `-` (and friends) mean whatever `__sub` means where they are written.
    fn operator_override(&mut self) -> String {
        self.cov.form("operator-override");
        self.cov.form("let");
        let (name, op) = *self
            .r
            .pick(&[("__sub", "-"), ("__mul", "*"), ("__div", "/")]);
        let mark = self.scope.mark();
        self.bind("a", Some(Ty::Int));
        self.bind("b", Some(Ty::Int));
        let body = self.expr(&Ty::Int);
        self.scope.truncate(mark);
        let l = self.expr(&Ty::Int);
        let r = self.expr(&Ty::Int);
        format!("(let {name} = a: b: {body}; in ({l} {op} {r}))")
    }
}
