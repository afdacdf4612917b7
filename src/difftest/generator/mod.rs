//! The program generator: random, well-scoped, mostly well-typed Nix programs.
//!
//! Generation is type-directed: [`Generator::expr`] writes an expression of a wanted
//! [`Ty`], choosing among literals, variables in scope, the type's own constructs
//! (operators, list and set literals, lambdas), forms that fit any type (`let`, `if`,
//! `with`, `assert`, selection, application, recursion), builtin calls whose signature
//! (from `signatures`) can produce the type, and, now and then, an error, a laziness trap
//! (an error in a position that must stay unforced) or a deliberately ill-typed term.
//! Every compound expression is written in parentheses, so any subexpression can be
//! replaced by another without re-parsing concerns.
//!
//! All choices come from an [`Entropy`]: a seeded [`crate::difftest::SplitMix64`] for
//! campaigns, or a fuzzer's bytes. The first option of every choice is the simplest, so
//! exhausted fuzzer bytes end the program quickly.

mod calls;
mod errors;
mod forms;
mod literals;
mod scope;
mod typed;

pub use literals::{indented, is_ident, quoted};

use crate::difftest::coverage::Coverage;
use crate::difftest::rng::{Entropy, Rand};
use crate::difftest::signatures::{Builtin, Tag, table};
use crate::difftest::types::{Fields, StrKind, Ty};
use scope::Scope;
use std::collections::BTreeSet;

/// What the generator writes.
#[derive(Clone, Debug)]
pub struct GenConfig {
    /// Roughly how many nodes a program has on average (`--size`).
    pub size: u32,
    /// Deepest nesting of compound expressions.
    pub max_depth: u32,
    /// Builtins with these tags are never called.
    pub exclude: BTreeSet<Tag>,
    /// Only these builtins are called (the evaluator's `builtins` names); `None`: all in
    /// the table.
    pub available: Option<BTreeSet<String>>,
    /// Builtins never called, by name (`--skip-builtin`).
    pub skip: BTreeSet<String>,
    /// Weight of an error expression at each node (against about 100 for the rest).
    pub error_weight: u32,
    /// Weight of a laziness trap at each node.
    pub trap_weight: u32,
    /// Weight of a deliberately ill-typed expression at each node.
    pub ill_typed_weight: u32,
}

impl Default for GenConfig {
    fn default() -> GenConfig {
        GenConfig {
            size: 30,
            max_depth: 9,
            exclude: [Tag::Impure].into_iter().collect(),
            available: None,
            skip: BTreeSet::new(),
            error_weight: 2,
            trap_weight: 4,
            ill_typed_weight: 1,
        }
    }
}

impl GenConfig {
    /// The default settings, restricted to the builtins nixref has.
    pub fn for_nixref() -> GenConfig {
        GenConfig {
            available: Some(nixref_builtins()),
            ..GenConfig::default()
        }
    }

    /// The builtins programs may call under these settings.
    pub fn callable_builtins(&self) -> BTreeSet<String> {
        table()
            .iter()
            .filter(|b| self.allows(b))
            .map(|b| b.name.to_string())
            .collect()
    }

    fn allows(&self, b: &Builtin) -> bool {
        !b.tags.iter().any(|t| self.exclude.contains(t))
            && !self.skip.contains(b.name)
            && self
                .available
                .as_ref()
                .is_none_or(|names| names.contains(b.name))
    }
}

/// The names in nixref's own `builtins` set.
pub fn nixref_builtins() -> BTreeSet<String> {
    let ev = crate::eval::Evaluator::new(crate::eval::EvalOptions::default());
    match ev.globals().get(ev.sym("builtins")).and_then(|v| v.peek()) {
        Some(crate::value::Value::Attrs(a)) => a
            .iter()
            .map(|e| ev.symbols.text(e.name).into_owned())
            .collect(),
        _ => BTreeSet::new(),
    }
}

/// A generated program and what it reached.
#[derive(Clone, Debug)]
pub struct Program {
    /// The program's source text.
    pub text: String,
    /// The forms and builtins it uses.
    pub coverage: Coverage,
}

/// Writes one program.
pub fn generate(cfg: &GenConfig, entropy: &mut dyn Entropy) -> Program {
    let mut g = Generator::new(cfg, entropy);
    let text = g.program();
    Program {
        text,
        coverage: g.cov,
    }
}

/// The generator's state while writing one program.
pub struct Generator<'a> {
    r: Rand<'a>,
    cfg: &'a GenConfig,
    builtins: Vec<&'static Builtin>,
    scope: Scope,
    budget: i64,
    depth: u32,
    cov: Coverage,
    fresh: u32,
}

/// Variable names; a few shadow globals on purpose.
const VAR_NAMES: &[&str] = &["a", "b", "c", "x", "y", "z", "f", "g", "n", "s", "xs", "k"];
const SHADOWING_NAMES: &[&str] = &["map", "true", "toString", "null"];

impl<'a> Generator<'a> {
    /// A generator with these settings, drawing its choices from `entropy`.
    pub fn new(cfg: &'a GenConfig, entropy: &'a mut dyn Entropy) -> Generator<'a> {
        let builtins = table().iter().filter(|b| cfg.allows(b)).collect();
        let mut r = Rand::new(entropy);
        let budget = 1 + r.below(2 * cfg.size as usize) as i64;
        Generator {
            r,
            cfg,
            builtins,
            scope: Scope::default(),
            budget,
            depth: 0,
            cov: Coverage::default(),
            fresh: 0,
        }
    }

    /// A whole program: a value of a random type, sometimes seen through an observer
    /// (`toJSON`, `tryEval`, `getContext`...).
    pub fn program(&mut self) -> String {
        let t = self.random_type(0);
        match self.r.weighted(&[80, 6, 6, 4, 4]) {
            1 if self.has_builtin("toJSON") => {
                self.cov.builtin("toJSON");
                format!("builtins.toJSON {}", self.expr(&t))
            }
            2 => self.try_eval(&Ty::Any),
            3 if self.has_builtin("getContext") => {
                self.cov.builtin("getContext");
                self.cov.form("string-context");
                format!("builtins.getContext {}", self.expr(&Ty::Str(StrKind::Ctx)))
            }
            4 if self.has_builtin("toXML") => {
                self.cov.builtin("toXML");
                format!("builtins.toXML {}", self.expr(&t))
            }
            _ => self.expr(&t),
        }
    }

    /// An expression of type `want`.
    pub fn expr(&mut self, want: &Ty) -> String {
        self.budget -= 1;
        if self.budget <= 0 || self.depth >= self.cfg.max_depth {
            return self.leaf(want);
        }
        self.depth += 1;
        let s = self.compound(want);
        self.depth -= 1;
        s
    }

    fn compound(&mut self, want: &Ty) -> String {
        let has_var = !self.scope.candidates(want).is_empty();
        let special = matches!(want, Ty::Str(k) if *k != StrKind::Plain);
        let weights = [
            10,
            if has_var { 14 } else { 0 },
            if special { 0 } else { 30 },
            22,
            20,
            self.cfg.error_weight,
            self.cfg.trap_weight,
            self.cfg.ill_typed_weight,
        ];
        match self.r.weighted(&weights) {
            0 => self.leaf(want),
            1 => self.var(want),
            2 => self.typed(want),
            3 => self.generic(want),
            4 => self.call(want).unwrap_or_else(|| self.typed_or_leaf(want)),
            5 => self.error_expr(),
            6 => self.trap(want),
            _ => {
                self.cov.form("ill-typed");
                let t = self.random_type(1);
                self.expr(&t)
            }
        }
    }

    fn typed_or_leaf(&mut self, want: &Ty) -> String {
        match want {
            Ty::Str(k) if *k != StrKind::Plain => self.leaf(want),
            _ => self.typed(want),
        }
    }

    /// The simplest expression of a type: a literal or a variable.
    pub fn leaf(&mut self, want: &Ty) -> String {
        if self.r.chance(35) && !self.scope.candidates(want).is_empty() {
            return self.var(want);
        }
        match want {
            Ty::Int | Ty::Num | Ty::Var(_) => self.int_literal(),
            Ty::SmallInt => self.small_int(),
            Ty::Float => self.float_literal(),
            Ty::Bool => {
                let b = if self.r.chance(50) { "true" } else { "false" };
                self.global(b)
            }
            Ty::Null => self.global("null"),
            Ty::Path => self.path_literal(),
            Ty::Str(StrKind::Plain) if self.r.chance(3) => self.uri_literal(),
            Ty::Str(StrKind::Ctx) => self.context_string(),
            Ty::Str(k) => self.special_literal(*k),
            Ty::List(t) => {
                self.cov.form("list");
                if self.r.chance(50) {
                    "[ ]".to_string()
                } else {
                    format!("[ {} ]", self.leaf(t))
                }
            }
            Ty::Set(f) => self.set_leaf(f),
            Ty::Fn(a, b) => {
                let (a, b) = ((**a).clone(), (**b).clone());
                self.lambda(&a, &b, true)
            }
            Ty::Any => {
                let t = self.random_type(2);
                self.leaf(&t)
            }
        }
    }

    fn set_leaf(&mut self, f: &Fields) -> String {
        self.cov.form("attrs");
        let fs = match f {
            Fields::Known(fs, _) => fs.clone(),
            Fields::Homog(t) if self.r.chance(50) => vec![(self.field_name(), (**t).clone())],
            _ => Vec::new(),
        };
        let mut s = String::from("{ ");
        for (n, t) in &fs {
            let name = self.attr_name(n);
            let v = self.leaf(t);
            s.push_str(&format!("{name} = {v}; "));
        }
        s.push('}');
        s
    }

    /// A variable of type `want` (the caller checked one exists).
    fn var(&mut self, want: &Ty) -> String {
        let c = self.scope.candidates(want);
        if c.is_empty() {
            return self.leaf(want);
        }
        let (name, via_with) = self.r.pick(&c).clone();
        self.cov.form(if via_with { "with-var" } else { "var" });
        name
    }

    /// A global name as written at this point: bare unless a binding shadows it.
    fn global(&mut self, name: &str) -> String {
        if self.scope.is_lexical(name) {
            format!("builtins.{name}")
        } else {
            name.to_string()
        }
    }

    fn has_builtin(&self, name: &str) -> bool {
        self.builtins.iter().any(|b| b.name == name)
    }

    /// A random concrete type, smaller the deeper it is.
    pub fn random_type(&mut self, depth: u32) -> Ty {
        let composite = if depth >= 2 { 0 } else { 1 };
        match self.r.weighted(&[
            20,
            8,
            12,
            20,
            3,
            4,
            12 * composite,
            12 * composite,
            4 * composite,
            6 * composite,
        ]) {
            0 => Ty::Int,
            1 => Ty::Float,
            2 => Ty::Bool,
            3 => Ty::string(),
            4 => Ty::Null,
            5 => Ty::Path,
            6 => Ty::list(self.random_type(depth + 1)),
            7 => {
                let n = 1 + self.r.below(3);
                let mut fs: Vec<(String, Ty)> = Vec::new();
                for _ in 0..n {
                    let name = self.field_name();
                    if !fs.iter().any(|(m, _)| *m == name) {
                        let t = self.random_type(depth + 1);
                        fs.push((name, t));
                    }
                }
                Ty::fields(fs, false)
            }
            8 => Ty::Set(Fields::Homog(Box::new(self.random_type(depth + 1)))),
            _ => Ty::Any,
        }
    }

    /// A field name for set types (always an identifier, so it can be a formal too).
    fn field_name(&mut self) -> String {
        self.r.pick(literals::NAMES).to_string()
    }

    /// A variable name for a new binding; sometimes one that shadows a global.
    fn var_name(&mut self) -> String {
        if self.r.chance(3) {
            return self.r.pick(SHADOWING_NAMES).to_string();
        }
        self.r.pick(VAR_NAMES).to_string()
    }

    /// A name no binding uses (for bindings that must not be referred to).
    fn fresh_name(&mut self) -> String {
        self.fresh += 1;
        format!("t{}", self.fresh)
    }

    /// Binds a name in scope, noting shadowing.
    fn bind(&mut self, name: &str, ty: Option<Ty>) {
        if self.scope.push(name, ty) {
            self.cov.form("shadowing");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::difftest::rng::SplitMix64;

    #[test]
    fn same_seed_same_program() {
        let cfg = GenConfig::default();
        for i in 0..50 {
            let a = generate(&cfg, &mut SplitMix64::for_program(7, i));
            let b = generate(&cfg, &mut SplitMix64::for_program(7, i));
            assert_eq!(a.text, b.text);
        }
    }

    #[test]
    fn programs_parse() {
        let cfg = GenConfig::default();
        for i in 0..300 {
            let p = generate(&cfg, &mut SplitMix64::for_program(1, i));
            let parsed = rnix::Root::parse(&p.text);
            assert!(
                parsed.errors().is_empty(),
                "{}\n{:?}",
                p.text,
                parsed.errors()
            );
        }
    }
}
