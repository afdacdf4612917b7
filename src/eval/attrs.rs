//! Attribute sets: building literals, selection, `?`.

use super::{Env, Evaluator};
use crate::error::{Error, ErrorKind, Result};
use crate::source::Pos;
use crate::syntax::expr::{AttrKey, AttrsDef, Expr};
use crate::value::{AttrMap, Attrs, PosMap, Value};
use std::rc::Rc;

impl Evaluator {
    /// Builds a set literal. Static attributes first; for `rec` sets `__overrides` (an old
    /// feature C++ Nix keeps) then replaces attributes and their bindings; dynamic names
    /// last (a `null` name drops the attribute; a name already present is an error).
    pub(super) fn build_attrs(&self, def: &AttrsDef, env: &Rc<Env>) -> Result<Value> {
        let has_overrides =
            def.recursive && def.attrs.iter().any(|(n, _, _)| &n[..] == b"__overrides");
        let env2 = match &def.frame {
            // With `__overrides`, every binding gets a thunk of its own, so that replacing
            // a slot is seen by the bindings that refer to it (as C++ Nix does).
            Some(f) if has_overrides => {
                let env2 = self.new_env(env, f.len());
                for (i, e) in f.iter().enumerate() {
                    env2.set(i, Value::suspended(e.clone(), env2.clone()));
                }
                env2
            }
            Some(f) => self.frame(env, f),
            None => env.clone(),
        };
        let mut m = AttrMap::new();
        let mut positions = PosMap::new();
        for (name, e, pos) in def.attrs.iter() {
            m.insert(name.clone(), self.lazy(e, &env2));
            positions.insert(name.clone(), *pos);
        }
        if has_overrides && let Some(ov) = m.get(&b"__overrides"[..]).cloned() {
            let ov = self.force_attrs(&ov, "while evaluating the `__overrides` attribute")?;
            for (name, v) in ov.iter() {
                if let Some(i) = def.attrs.iter().position(|(n, _, _)| n == name) {
                    env2.set(i, v.clone());
                }
                m.insert(name.clone(), v.clone());
            }
        }
        for (key, value, pos) in def.dynamic.iter() {
            let name = match self.eval(key, &env2)? {
                Value::String(s) if s.has_context() => {
                    return Err(super::exprs::name_with_context(&s).with_context(
                        Some(*pos),
                        "while evaluating the name of a dynamic attribute",
                    ));
                }
                Value::String(s) => self.create_symbol(s.as_bytes()),
                Value::Null => continue,
                other => {
                    return Err(self.type_mismatch("a string", &other).with_context(
                        Some(*pos),
                        "while evaluating the name of a dynamic attribute",
                    ));
                }
            };
            if m.contains_key(&name) {
                return Err(Error::at(
                    ErrorKind::Type,
                    format!(
                        "dynamic attribute '{}' already defined at {}",
                        crate::print::symbol_str(&name),
                        self.sources
                            .describe(positions.get(&name).copied().unwrap_or(*pos))
                    ),
                    *pos,
                ));
            }
            positions.insert(name.clone(), *pos);
            m.insert(name, self.lazy(value, &env2));
        }
        Ok(Value::Attrs(Attrs::with_positions(m, positions)))
    }

    /// `e.a.b` and `e.a.b or d`.
    pub(super) fn select(
        &self,
        expr: &Expr,
        path: &[AttrKey],
        default: Option<&Expr>,
        env: &Rc<Env>,
        pos: Pos,
    ) -> Result<Value> {
        let mut v = self.eval(expr, env)?;
        for key in path {
            let name = self
                .attr_name(key, env, false)?
                .expect("null names are rejected");
            let found = match &v {
                Value::Attrs(a) => a.get(&name).cloned(),
                other if default.is_none() => {
                    return Err(self
                        .type_mismatch("a set", other)
                        .with_pos(pos)
                        .with_context(Some(pos), "while selecting an attribute"));
                }
                _ => None,
            };
            match found {
                Some(x) => v = self.force(&x)?,
                None => match default {
                    Some(d) => return self.eval(d, env),
                    None => {
                        return Err(Error::at(
                            ErrorKind::MissingAttr,
                            format!("attribute '{}' missing", crate::print::symbol_str(&name)),
                            pos,
                        ));
                    }
                },
            }
        }
        Ok(v)
    }

    /// `e ? a.b`: false as soon as a step is not a set or lacks the name.
    pub(super) fn has_attr(&self, expr: &Expr, path: &[AttrKey], env: &Rc<Env>) -> Result<bool> {
        // Each step forces the set it looks in, never the value it finds (`{ a = throw
        // "x"; } ? a` is true).
        let mut v = self.eval(expr, env)?;
        for key in path {
            v = self.force(&v)?;
            let name = self
                .attr_name(key, env, false)?
                .expect("null names are rejected");
            let Value::Attrs(a) = &v else {
                return Ok(false);
            };
            match a.get(&name).cloned() {
                Some(x) => v = x,
                None => return Ok(false),
            }
        }
        Ok(true)
    }
}
