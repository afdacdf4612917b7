//! Builtin calls, driven by the signature table: any builtin whose result (after all its
//! arguments, or fewer for a partial application) can be the wanted type is a candidate;
//! its type variables are bound by the match and the rest chosen at random. Builtins whose
//! arguments depend on each other (an index within the list, a name in the set) have
//! their own writers here, as do strings with context.

use super::Generator;
use super::literals::{NAMES, STORE_PATHS};
use crate::difftest::signatures::{Builtin, PLAIN_GLOBALS, Tag};
use crate::difftest::types::{Bindings, Fields, StrKind, Ty, free_vars, substitute, unify};

/// One way to produce the wanted type with a builtin.
struct Candidate {
    builtin: &'static Builtin,
    sig: usize,
    /// Arguments applied (fewer than the signature has: a partial application).
    applied: usize,
    bindings: Bindings,
}

impl Generator<'_> {
    /// A builtin call producing `want`, or `None` when no builtin can.
    pub(super) fn call(&mut self, want: &Ty) -> Option<String> {
        let mut cands = Vec::new();
        let mut weights = Vec::new();
        for &b in &self.builtins {
            if b.has(Tag::Error) {
                continue;
            }
            if b.has(Tag::Custom) {
                if custom_fits(b.name, want) {
                    cands.push(Candidate {
                        builtin: b,
                        sig: 0,
                        applied: 0,
                        bindings: Bindings::new(),
                    });
                    weights.push(3);
                }
                continue;
            }
            for (i, sig) in b.sigs.iter().enumerate() {
                let (args, res) = sig.uncurry();
                for applied in (0..=args.len()).rev() {
                    if applied < args.len() && !want.is_fn() {
                        break;
                    }
                    let mut t = res.clone();
                    for a in args[applied..].iter().rev() {
                        t = Ty::func((*a).clone(), t);
                    }
                    let mut bindings = Bindings::new();
                    if unify(&t, want, &mut bindings) {
                        weights.push(match t {
                            Ty::Var(_) => 1,
                            // Results only an `any` can take (`fromJSON`, `match`...).
                            Ty::Any | Ty::Set(Fields::Open) if *want == Ty::Any => 12,
                            _ => 4,
                        });
                        cands.push(Candidate {
                            builtin: b,
                            sig: i,
                            applied,
                            bindings,
                        });
                    }
                }
            }
        }
        if cands.is_empty() {
            return None;
        }
        let c = cands.swap_remove(self.r.weighted(&weights));
        self.cov.builtin(c.builtin.name);
        if c.builtin.has(Tag::Custom) {
            return Some(self.custom_call(c.builtin.name, want));
        }
        self.cov.form("builtin-call");
        Some(self.signature_call(&c))
    }

    fn signature_call(&mut self, c: &Candidate) -> String {
        let sig = &c.builtin.sigs[c.sig];
        let mut bindings = c.bindings.clone();
        let mut vars = Vec::new();
        free_vars(sig, &mut vars);
        for v in vars {
            if let std::collections::hash_map::Entry::Vacant(e) = bindings.entry(v) {
                e.insert(self.random_type(1));
            }
        }
        let (args, _) = sig.uncurry();
        let args: Vec<Ty> = args[..c.applied]
            .iter()
            .map(|a| self.concrete(&substitute(a, &bindings)))
            .collect();
        if c.applied < sig.uncurry().0.len() {
            self.cov.form("partial-application");
        }
        let f = self.builtin_ref(c.builtin.name);
        if args.is_empty() {
            return f;
        }
        let args: Vec<String> = args.iter().map(|a| self.expr(a)).collect();
        format!("({f} {})", args.join(" "))
    }

    /// Replaces `number` by int or float.
    fn concrete(&mut self, t: &Ty) -> Ty {
        match t {
            Ty::Num => {
                if self.r.chance(50) {
                    Ty::Int
                } else {
                    Ty::Float
                }
            }
            Ty::List(x) => Ty::list(self.concrete(x)),
            Ty::Fn(a, b) => Ty::func(self.concrete(a), self.concrete(b)),
            t => t.clone(),
        }
    }

    /// How a builtin is named at this point: `builtins.x`, a bare global, or `__x`.
    pub(super) fn builtin_ref(&mut self, name: &str) -> String {
        if PLAIN_GLOBALS.contains(&name) && !self.scope.is_lexical(name) && self.r.chance(40) {
            self.cov.form("global-bare");
            return name.to_string();
        }
        // C++ Nix binds the plain globals only under their plain names (no `__map`).
        if !PLAIN_GLOBALS.contains(&name) && self.r.chance(8) {
            self.cov.form("global-underscore");
            return format!("__{name}");
        }
        format!("builtins.{name}")
    }

    fn custom_call(&mut self, name: &str, want: &Ty) -> String {
        self.cov.form("builtin-call");
        let f = self.builtin_ref(name);
        match name {
            "getAttr" => {
                let n = self.field_name();
                let set = self.expr(&Ty::fields(vec![(n.clone(), want.clone())], true));
                format!("({f} {} {set})", super::quoted(&n))
            }
            "elemAt" => {
                let len = 1 + self.r.below(4);
                let items: Vec<String> = (0..len).map(|_| self.expr(want)).collect();
                let i = if self.r.chance(90) {
                    self.r.below(len) as i64
                } else {
                    [len as i64, -1][self.r.below(2)]
                };
                let i = if i < 0 {
                    format!("({i})")
                } else {
                    i.to_string()
                };
                format!("({f} [ {} ] {i})", items.join(" "))
            }
            "catAttrs" => {
                let elem = match want {
                    Ty::List(t) => (**t).clone(),
                    _ => self.random_type(1),
                };
                let n = self.field_name();
                let sets: Vec<String> = (0..self.r.below(4))
                    .map(|_| {
                        let t = if self.r.chance(70) {
                            Ty::fields(vec![(n.clone(), elem.clone())], true)
                        } else {
                            Ty::Set(Fields::Open)
                        };
                        self.expr(&t)
                    })
                    .collect();
                format!("({f} {} [ {} ])", super::quoted(&n), sets.join(" "))
            }
            "replaceStrings" => {
                let n = self.r.below(3);
                let m = if self.r.chance(90) { n } else { n + 1 };
                let from: Vec<String> = (0..n).map(|_| self.expr(&Ty::string())).collect();
                let to: Vec<String> = (0..m).map(|_| self.expr(&Ty::string())).collect();
                let s = self.expr(&Ty::string());
                format!("({f} [ {} ] [ {} ] {s})", from.join(" "), to.join(" "))
            }
            "sort" => self.sort_call(&f, want),
            "genericClosure" => self.generic_closure(&f),
            "convertHash" => {
                const HASHES: &[&str] = &[
                    "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
                    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                    "0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73",
                    "d41d8cd98f00b204e9800998ecf8427e",
                ];
                const FORMATS: &[&str] = &["base16", "nix32", "base32", "base64", "sri", "hex"];
                let h = *self.r.pick(HASHES);
                let fmt = *self.r.pick(FORMATS);
                let algo = if h.starts_with("sha256-") && self.r.chance(70) {
                    String::new()
                } else {
                    let a = if h.len() == 32 { "md5" } else { "sha256" };
                    format!(" hashAlgo = \"{a}\";")
                };
                format!("({f} {{ hash = \"{h}\"; toHashFormat = \"{fmt}\";{algo} }})")
            }
            "findFile" => {
                if self.r.chance(50) {
                    format!("({f} [ ] \"nixref-difftest-missing\")")
                } else {
                    format!("({f} [ {{ prefix = \"dev\"; path = /dev; }} ] \"dev/null\")")
                }
            }
            "appendContext" => {
                self.cov.form("string-context");
                let p = *self.r.pick(STORE_PATHS);
                format!("({f} \"{p}\" {{ \"{p}\" = {{ path = true; }}; }})")
            }
            "derivation" | "derivationStrict" => {
                let drv = self.derivation_attrs();
                match want {
                    Ty::Set(_) if name == "derivation" => format!("({f} {drv})"),
                    _ if name == "derivationStrict" => format!("({f} {drv}).drvPath"),
                    _ => format!("({f} {drv}).{}", self.r.pick(&["outPath", "drvPath"])),
                }
            }
            "addDrvOutputDependencies" => {
                let drv = self.derivation_attrs();
                format!("({f} (derivation {drv}).drvPath)")
            }
            _ => self.leaf(want),
        }
    }

    /// `sort` with a comparator that is a strict order for the element type (mostly).
    fn sort_call(&mut self, f: &str, want: &Ty) -> String {
        let elem = match want {
            Ty::List(t) => (**t).clone(),
            _ => [
                Ty::Int,
                Ty::string(),
                Ty::fields(vec![("key".into(), Ty::Int)], true),
            ][self.r.below(3)]
            .clone(),
        };
        let keyed = matches!(&elem, Ty::Set(Fields::Known(fs, _)) if fs.iter().any(|(n, t)| n == "key" && *t == Ty::Int));
        let ordered = matches!(elem, Ty::Int | Ty::Float | Ty::Str(_));
        let cmp = if ordered && self.r.chance(80) {
            "(a: b: a < b)".to_string()
        } else if keyed && self.r.chance(80) {
            "(a: b: a.key > b.key)".to_string()
        } else {
            let mark = self.scope.mark();
            self.bind("a", Some(elem.clone()));
            self.bind("b", Some(elem.clone()));
            let body = self.expr(&Ty::Bool);
            self.scope.truncate(mark);
            format!("(a: b: {body})")
        };
        let list = self.expr(&Ty::list(elem));
        format!("({f} {cmp} {list})")
    }

    fn generic_closure(&mut self, f: &str) -> String {
        let starts: Vec<String> = (0..1 + self.r.below(3))
            .map(|_| format!("{{ key = {}; }}", self.r.below(5)))
            .collect();
        let limit = self.r.below(8);
        let extra = if self.r.chance(30) {
            let v = self.expr(&Ty::string());
            format!(" tag = {v};")
        } else {
            String::new()
        };
        format!(
            "({f} {{ startSet = [ {} ]; operator = item: if item.key < {limit} then \
             [ {{ key = item.key + 1;{extra} }} ] else [ ]; }})",
            starts.join(" ")
        )
    }

    /// A set of attributes for `derivation`.
    fn derivation_attrs(&mut self) -> String {
        let name = *self.r.pick(&["hello", "a", "x-1.0"]);
        let extra = if self.r.chance(50) {
            let v = self.expr(&Ty::string());
            format!(" extra = {v};")
        } else {
            String::new()
        };
        format!("{{ name = \"{name}\"; system = \"x86_64-linux\"; builder = \"/bin/sh\";{extra} }}")
    }

    /// A string with context: from `toFile`, `storePath`, `appendContext`, a derivation's
    /// output, or one of those passed through interpolation.
    pub(super) fn context_string(&mut self) -> String {
        let mut ways: Vec<&str> = Vec::new();
        for (b, way) in [
            ("toFile", "toFile"),
            ("storePath", "storePath"),
            ("appendContext", "appendContext"),
            ("derivation", "derivation"),
        ] {
            if self.has_builtin(b) {
                ways.push(way);
            }
        }
        if ways.is_empty() {
            return self.string_literal();
        }
        self.cov.form("string-context");
        let way = *self.r.pick(&ways);
        self.cov.builtin(match way {
            "toFile" => "toFile",
            "storePath" => "storePath",
            "appendContext" => "appendContext",
            _ => "derivation",
        });
        let s = match way {
            "toFile" => {
                let n = *self.r.pick(NAMES);
                let body = self.expr(&Ty::string());
                format!("(builtins.toFile \"{n}\" {body})")
            }
            "storePath" => format!("(builtins.storePath \"{}\")", self.r.pick(STORE_PATHS)),
            "appendContext" => self.custom_call("appendContext", &Ty::string()),
            _ => {
                let drv = self.derivation_attrs();
                format!("(derivation {drv}).outPath")
            }
        };
        if self.r.chance(30) {
            self.cov.form("string-interpolation");
            format!("\"pre-${{{s}}}\"")
        } else {
            s
        }
    }
}

/// Whether a builtin with a hand-written generator can produce `want`.
fn custom_fits(name: &str, want: &Ty) -> bool {
    match name {
        "getAttr" | "elemAt" => !matches!(want, Ty::Str(k) if *k != StrKind::Plain),
        "catAttrs" | "sort" | "genericClosure" => matches!(want, Ty::List(_) | Ty::Any),
        "replaceStrings" | "convertHash" | "appendContext" | "addDrvOutputDependencies" => {
            *want == Ty::string() || *want == Ty::Any
        }
        "derivation" | "derivationStrict" => {
            matches!(want, Ty::Set(Fields::Open) | Ty::Any) || *want == Ty::string()
        }
        "findFile" => matches!(want, Ty::Path | Ty::Any),
        _ => false,
    }
}
