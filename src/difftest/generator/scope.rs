//! The variables in scope while a program is generated, with Nix's lookup rules: the
//! innermost lexical binding of a name wins; a name bound by `with` is visible only when no
//! lexical binding of that name exists at any depth (lexical scope beats `with`, as in C++
//! Nix), and then the innermost `with` wins.

use crate::difftest::types::{Bindings, Ty, unify};

#[derive(Clone, Debug)]
struct Var {
    name: String,
    /// `None` while a binding group is being written: the name already shadows outer
    /// bindings but must not be referred to yet (that could make a cycle).
    ty: Option<Ty>,
    via_with: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Scope {
    vars: Vec<Var>,
}

impl Scope {
    /// A mark to return to with [`Scope::truncate`].
    pub fn mark(&self) -> usize {
        self.vars.len()
    }

    pub fn truncate(&mut self, mark: usize) {
        self.vars.truncate(mark);
    }

    /// Whether `name` is bound lexically anywhere (it then shadows a global of that name).
    pub fn is_lexical(&self, name: &str) -> bool {
        self.vars.iter().any(|v| !v.via_with && v.name == name)
    }

    /// Binds `name`; returns whether it shadows a binding already in scope.
    pub fn push(&mut self, name: &str, ty: Option<Ty>) -> bool {
        let shadows = self.vars.iter().any(|v| v.name == name);
        self.vars.push(Var {
            name: name.to_string(),
            ty,
            via_with: false,
        });
        shadows
    }

    /// Makes a binding pushed with no type usable.
    pub fn set_type(&mut self, name: &str, ty: Ty) {
        if let Some(v) = self.vars.iter_mut().rev().find(|v| v.name == name) {
            v.ty = Some(ty);
        }
    }

    pub fn push_with(&mut self, name: &str, ty: Ty) {
        self.vars.push(Var {
            name: name.to_string(),
            ty: Some(ty),
            via_with: true,
        });
    }

    /// The visible variables, innermost first, with their types and whether a `with`
    /// provides them.
    pub fn visible(&self) -> Vec<(&str, &Ty, bool)> {
        let mut seen: Vec<&str> = Vec::new();
        let mut out = Vec::new();
        for v in self.vars.iter().rev() {
            if seen.contains(&v.name.as_str()) || (v.via_with && self.is_lexical(&v.name)) {
                continue;
            }
            seen.push(&v.name);
            if let Some(t) = &v.ty {
                out.push((v.name.as_str(), t, v.via_with));
            }
        }
        out
    }

    /// Visible variables whose type can stand where `want` is expected.
    pub fn candidates(&self, want: &Ty) -> Vec<(String, bool)> {
        self.visible()
            .into_iter()
            .filter(|(_, t, _)| unify(t, want, &mut Bindings::new()))
            .map(|(n, _, w)| (n.to_string(), w))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexical_beats_with_at_any_depth() {
        let mut s = Scope::default();
        s.push("x", Some(Ty::Int));
        s.push_with("x", Ty::Bool);
        s.push_with("y", Ty::Bool);
        let v = s.visible();
        assert_eq!(v.len(), 2);
        assert!(v.iter().any(|(n, t, w)| *n == "x" && **t == Ty::Int && !w));
        assert!(v.iter().any(|(n, _, w)| *n == "y" && *w));
    }

    #[test]
    fn pending_bindings_shadow_but_are_not_candidates() {
        let mut s = Scope::default();
        s.push("a", Some(Ty::Int));
        s.push("a", None);
        assert!(s.candidates(&Ty::Int).is_empty());
        s.set_type("a", Ty::Int);
        assert_eq!(s.candidates(&Ty::Int).len(), 1);
    }
}
