//! Errors on purpose: expressions that fail in each of the ways Nix distinguishes
//! (catchable `throw` and failed `assert`; `abort`, type errors, missing attributes,
//! division by zero, overflow, infinite recursion, call-depth overflow, bad calls), and
//! laziness traps: such an error placed where a correct evaluator never forces it.

use super::Generator;
use crate::difftest::types::Ty;

const MESSAGES: &[&str] = &["boom", "trap", "unforced", "é", "a\\nb"];

impl Generator<'_> {
    /// An expression whose evaluation fails (of no particular type).
    pub(super) fn error_expr(&mut self) -> String {
        let msg = *self.r.pick(MESSAGES);
        match self.r.weighted(&[20, 10, 12, 12, 14, 6, 6, 8, 4, 8]) {
            0 => {
                self.cov.form("error-throw");
                self.cov.builtin("throw");
                let f = self.builtin_or_global("throw");
                format!("({f} \"{msg}\")")
            }
            1 => {
                self.cov.form("error-abort");
                self.cov.builtin("abort");
                let f = self.builtin_or_global("abort");
                format!("({f} \"{msg}\")")
            }
            2 => {
                self.cov.form("error-assert");
                let c = *self.r.pick(&[
                    "false",
                    "(1 == 2)",
                    "([ 1 ] == [ 2 ])",
                    "({ a = 1; } == { a = \"1\"; })",
                    "(\"a\" == \"b\")",
                ]);
                let c = if c == "false" {
                    self.global("false")
                } else {
                    c.to_string()
                };
                format!("(assert {c}; {})", self.leaf(&Ty::Int))
            }
            3 => {
                self.cov.form("error-missing-attr");
                let set = self.expr(&Ty::fields(vec![("a".into(), Ty::Int)], false));
                format!("{set}.missing")
            }
            4 => {
                self.cov.form("error-type");
                let a = self.random_type(1);
                let b = self.random_type(1);
                let l = self.leaf(&a);
                let r = self.leaf(&b);
                let op = *self.r.pick(&["+", "-", "*", "<", "++", "//", "&&"]);
                format!("({l} {op} {r})")
            }
            5 => {
                self.cov.form("error-division-by-zero");
                let n = self.expr(&Ty::Int);
                format!("({n} / 0)")
            }
            6 => {
                self.cov.form("error-overflow");
                self.r
                    .pick(&[
                        "(9223372036854775807 + 1)",
                        "((-9223372036854775807) - 2)",
                        "(9223372036854775807 * 2)",
                        "(((-9223372036854775807) - 1) / (-1))",
                        "(4611686018427387904 * 4)",
                    ])
                    .to_string()
            }
            7 => {
                self.cov.form("error-infinite-recursion");
                let v = self.fresh_name();
                if self.r.chance(50) {
                    format!("(let {v} = {v}; in {v})")
                } else {
                    "(rec { p = q; q = p; }).p".to_string()
                }
            }
            8 => {
                self.cov.form("error-stack-overflow");
                let f = self.fresh_name();
                format!("(let {f} = n: {f} (n + 1); in {f} 0)")
            }
            _ => {
                self.cov.form("error-call");
                self.r
                    .pick(&[
                        "(1 2)",
                        "(({ a }: a) { })",
                        "(({ a }: a) { a = 1; b = 2; })",
                        "((x: x) 1 2)",
                        "(\"f\" 1)",
                    ])
                    .to_string()
            }
        }
    }

    fn builtin_or_global(&mut self, name: &str) -> String {
        if self.scope.is_lexical(name) || self.r.chance(30) {
            format!("builtins.{name}")
        } else {
            name.to_string()
        }
    }

    /// A value of type `want` next to an error that must never be forced.
    pub(super) fn trap(&mut self, want: &Ty) -> String {
        self.cov.form("laziness-trap");
        let bad = self.error_expr();
        let heads = self.has_builtin("head");
        let lens = self.has_builtin("length");
        let names = self.has_builtin("attrNames");
        match self.r.weighted(&[
            20,
            12,
            12,
            12,
            8,
            8,
            if heads { 8 } else { 0 },
            if matches!(want, Ty::Bool) { 12 } else { 0 },
            if matches!(want, Ty::Int) && lens {
                8
            } else {
                0
            },
            if *want == Ty::list(Ty::string()) && names {
                8
            } else {
                0
            },
        ]) {
            0 => {
                let t = self.fresh_name();
                let e = self.expr(want);
                format!("(let {t} = {bad}; in {e})")
            }
            1 => {
                let t = self.fresh_name();
                let e = self.expr(want);
                format!("(({t}: {e}) {bad})")
            }
            2 => {
                let e = self.expr(want);
                let (t, f) = (self.global("true"), self.global("false"));
                if self.r.chance(50) {
                    format!("(if {t} then {e} else {bad})")
                } else {
                    format!("(if {f} then {bad} else {e})")
                }
            }
            3 => {
                let e = self.expr(want);
                format!("{{ p = {e}; q = {bad}; }}.p")
            }
            4 => {
                let e = self.expr(want);
                format!("({{ p = {e}; }}.p or {bad})")
            }
            5 => {
                let e = self.expr(want);
                let d = self.fresh_name();
                format!("(({{ p, {d} ? {bad} }}: p) {{ p = {e}; }})")
            }
            6 => {
                self.cov.builtin("head");
                let e = self.expr(want);
                format!("(builtins.head [ {e} {bad} ])")
            }
            7 => {
                let e = self.expr(&Ty::Bool);
                let (t, f) = (self.global("true"), self.global("false"));
                match self.r.below(3) {
                    0 => format!("({f} && {bad} || {e})"),
                    1 => format!("({t} || {bad})"),
                    _ => format!("({f} -> {bad})"),
                }
            }
            8 => {
                self.cov.builtin("length");
                format!("(builtins.length [ {bad} {bad} ])")
            }
            _ => {
                self.cov.builtin("attrNames");
                format!("(builtins.attrNames {{ p = {bad}; }})")
            }
        }
    }
}
