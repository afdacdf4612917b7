//! Attribute sets: building literals, selection, `?`.

use super::{Env, Evaluator};
use crate::error::{Error, ErrorKind, Result};
use crate::source::Pos;
use crate::syntax::expr::{AttrKey, AttrsDef, Expr};
use crate::value::{AttrsBuilder, Entry, Symbol, Value};
use rustc_hash::FxHashMap as HashMap;

impl Evaluator {
    /// Builds a set literal. Static attributes first; for `rec` sets `__overrides` (an old
    /// feature C++ Nix keeps) then replaces attributes and their bindings; dynamic names
    /// last (a `null` name drops the attribute; a name already present is an error).
    pub(super) fn build_attrs(&self, def: &AttrsDef, env: &Env) -> Result<Value> {
        let has_overrides =
            def.recursive && def.attrs.iter().any(|(n, _, _)| *n == Symbol::OVERRIDES);
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
        let mut m = AttrsBuilder::with_capacity(def.attrs.len() + def.dynamic.len());
        for (name, e, pos) in def.attrs.iter() {
            m.insert_at(*name, self.lazy(e, &env2), *pos);
        }
        if has_overrides {
            let i = def
                .attrs
                .iter()
                .position(|(n, _, _)| *n == Symbol::OVERRIDES);
            let ov = self.lazy(&def.attrs[i.expect("checked")].1, &env2);
            let ov = self.force_attrs(&ov, "while evaluating the `__overrides` attribute")?;
            for e in ov.iter() {
                let slot = def.attrs.iter().position(|(n, _, _)| *n == e.name);
                if let Some(i) = slot {
                    env2.set(i, e.value.clone());
                }
                // An override replaces the attribute's value, not where it was defined.
                let pos = slot.map_or(Pos::NONE, |i| def.attrs[i].2);
                m.insert_at(e.name, e.value.clone(), pos);
            }
        }
        let statics = m.finish();
        if def.dynamic.is_empty() {
            return Ok(Value::Attrs(statics));
        }
        let mut dynamic: Vec<Entry> = Vec::with_capacity(def.dynamic.len());
        let mut dynamic_pos: HashMap<Symbol, Pos> = HashMap::default();
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
            let prev = match statics.entry(name) {
                Some(e) => Some(e.pos.known().unwrap_or(*pos)),
                None => dynamic_pos.get(&name).copied(),
            };
            if let Some(prev) = prev {
                return Err(Error::at(
                    ErrorKind::Type,
                    format!(
                        "dynamic attribute '{}' already defined at {}",
                        self.symbols.quoted(name),
                        self.sources.describe(prev)
                    ),
                    *pos,
                ));
            }
            dynamic_pos.insert(name, *pos);
            dynamic.push(Entry {
                name,
                pos: *pos,
                value: self.lazy(value, &env2),
            });
        }
        let mut all = AttrsBuilder::with_capacity(statics.len() + dynamic.len());
        for e in statics.iter().cloned().chain(dynamic) {
            all.insert_at(e.name, e.value, e.pos);
        }
        Ok(Value::Attrs(all.finish()))
    }

    /// `e.a.b` and `e.a.b or d`.
    pub(super) fn select(
        &self,
        expr: &Expr,
        path: &[AttrKey],
        default: Option<&Expr>,
        env: &Env,
        pos: Pos,
    ) -> Result<Value> {
        let mut v = self.eval(expr, env)?;
        for key in path {
            let name = self
                .attr_name(key, env, false)?
                .expect("null names are rejected");
            let found = match &v {
                Value::Attrs(a) => a.get(name).cloned(),
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
                            format!("attribute '{}' missing", self.symbols.quoted(name)),
                            pos,
                        ));
                    }
                },
            }
        }
        Ok(v)
    }

    /// `e ? a.b`: false as soon as a step is not a set or lacks the name.
    pub(super) fn has_attr(&self, expr: &Expr, path: &[AttrKey], env: &Env) -> Result<bool> {
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
            match a.get(name).cloned() {
                Some(x) => v = x,
                None => return Ok(false),
            }
        }
        Ok(true)
    }
}
