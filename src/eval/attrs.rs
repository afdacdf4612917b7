//! Attribute sets: building literals, selection, `?`.

use super::{Env, Evaluator};
use crate::error::{Error, ErrorKind, Result, Suggestions};
use crate::source::Pos;
use crate::syntax::expr::{AttrKey, AttrsDef, Expr};
use crate::value::{AttrsBuilder, Entry, Symbol, Value};
use rustc_hash::FxHashMap as HashMap;

impl Evaluator {
    /// Builds a set literal. Static attributes first; for `rec` sets `__overrides` (an old
    /// feature C++ Nix keeps) then replaces attributes and their bindings; dynamic names
    /// last (a `null` name drops the attribute; a name already present is an error).
    #[inline(never)]
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
                // As C++ Nix's `forceStringNoCtx` at the binding: error and frame there.
                other => {
                    return Err(self
                        .type_mismatch("a string", &other)
                        .with_pos(*pos)
                        .with_context(
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
    ///
    /// As C++ Nix's `ExprSelect`, an error after a name has been found (in a later step,
    /// in forcing the value found, in the default) gets the frame `while evaluating the
    /// attribute 'a.b'` at the definition of the last name found, unless that is in the
    /// `derivation` wrapper; a missing name suggests the set's names that are close.
    #[inline(never)]
    pub(super) fn select(
        &self,
        expr: &Expr,
        path: &[AttrKey],
        default: Option<&Expr>,
        env: &Env,
        pos: Pos,
    ) -> Result<Value> {
        let v = self.eval(expr, env)?;
        let mut found_at = Pos::NONE;
        self.select_steps(v, path, default, env, pos, &mut found_at)
            .map_err(|e| {
                if found_at.known().is_none() || found_at.file == crate::source::BUILTIN_FILE {
                    return e;
                }
                e.with_context(
                    Some(found_at),
                    format!(
                        "while evaluating the attribute '{}'",
                        self.show_attr_path(path, env)
                    ),
                )
            })
    }

    fn select_steps(
        &self,
        mut v: Value,
        path: &[AttrKey],
        default: Option<&Expr>,
        env: &Env,
        pos: Pos,
        found_at: &mut Pos,
    ) -> Result<Value> {
        for key in path {
            let name = self
                .attr_name(key, env, false)?
                .expect("null names are rejected");
            let found = match &v {
                // Forced where it is, without a copy of the reference first.
                Value::Attrs(a) => a.entry(name).map(|e| {
                    *found_at = e.pos;
                    self.force(&e.value)
                        .map_err(|err| err.at_black_hole(e.pos.known().unwrap_or(pos)))
                }),
                other if default.is_none() => {
                    return Err(self
                        .type_mismatch("a set", other)
                        .with_context(Some(pos), "while selecting an attribute"));
                }
                _ => None,
            };
            match found {
                Some(x) => v = x?,
                None => match default {
                    Some(d) => return self.eval(d, env),
                    None => {
                        let Value::Attrs(a) = &v else {
                            unreachable!("a non-set without a default failed above")
                        };
                        let names: Vec<_> = a.iter().map(|e| self.symbols.text(e.name)).collect();
                        let query = self.symbols.text(name);
                        let suggestions =
                            Suggestions::best_matches(names.iter().map(|n| n.as_ref()), &query);
                        return Err(Error::at(
                            ErrorKind::MissingAttr,
                            format!("attribute '{}' missing", self.symbols.quoted(name)),
                            pos,
                        )
                        .with_suggestions(suggestions));
                    }
                },
            }
        }
        Ok(v)
    }

    /// An attribute path as C++ Nix shows it in a frame: names joined by dots, dynamic
    /// ones evaluated again (shown as `"${…}"` if that fails).
    fn show_attr_path(&self, path: &[AttrKey], env: &Env) -> String {
        path.iter()
            .map(|k| match self.attr_name(k, env, false) {
                Ok(Some(n)) => self.symbols.quoted(n),
                _ => "\"${…}\"".to_string(),
            })
            .collect::<Vec<_>>()
            .join(".")
    }

    /// `e ? a.b`: false as soon as a step is not a set or lacks the name.
    #[inline(never)]
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
