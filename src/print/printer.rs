//! C++ Nix's value printer, as used in error messages and by `trace`: nothing is forced;
//! unevaluated parts are `«thunk»`, a thunk being evaluated `«potential infinite
//! recursion»`, functions `«lambda NAME @ POS»` / `«primop NAME»`; with limits, sets and
//! lists deeper than `max_depth` are `{ ... }` / `[ ... ]`, and once `max_attrs`
//! attributes (or `max_list_items` items) have been printed in the whole output the rest
//! of each set (list) is `«N attributes elided»`. A value is counted after it has been
//! printed, so the innermost parts of a deep value are the ones shown in full.

use super::{attr_name, float_g};
use crate::eval::Evaluator;
use crate::value::Value;
use std::collections::HashSet;

/// What to print (C++ Nix's `PrintOptions`).
#[derive(Clone, Debug)]
pub struct PrintOptions {
    pub max_depth: usize,
    pub max_attrs: usize,
    pub max_list_items: usize,
    pub max_string_length: usize,
    /// Print a set or list met before as `«repeated»`.
    pub track_repeated: bool,
}

impl PrintOptions {
    /// For values inside error messages.
    pub const ERROR: PrintOptions = PrintOptions {
        max_depth: 10,
        max_attrs: 10,
        max_list_items: 10,
        max_string_length: 1024,
        track_repeated: true,
    };

    /// No limits (`trace`).
    pub const FULL: PrintOptions = PrintOptions {
        max_depth: usize::MAX,
        max_attrs: usize::MAX,
        max_list_items: usize::MAX,
        max_string_length: usize::MAX,
        track_repeated: true,
    };
}

pub(super) struct Printer<'a> {
    pub ev: &'a Evaluator,
    pub options: &'a PrintOptions,
    pub out: Vec<u8>,
    pub seen: HashSet<usize>,
    pub attrs_printed: usize,
    pub items_printed: usize,
}

impl Printer<'_> {
    fn put(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
    }

    fn elided(&mut self, n: usize, one: &str, many: &str) {
        let word = if n == 1 { one } else { many };
        self.put(&format!("«{n} {word} elided»"));
    }

    pub fn value(&mut self, v: &Value, depth: usize) {
        stacker::maybe_grow(64 * 1024, 4 * 1024 * 1024, || self.value_inner(v, depth))
    }

    fn value_inner(&mut self, v: &Value, depth: usize) {
        match v {
            Value::Thunk(t) => match t.peek() {
                Some(v) => self.value(&v, depth),
                None if t.is_running() => self.put("«potential infinite recursion»"),
                None => self.put("«thunk»"),
            },
            Value::Attrs(a) => {
                // C++ Nix shares one table between all empty sets, so a second empty
                // set is repeated too.
                let id = if a.is_empty() { 0 } else { a.id() };
                if self.options.track_repeated && !self.seen.insert(id) {
                    return self.put("«repeated»");
                }
                if depth >= self.options.max_depth {
                    return self.put("{ ... }");
                }
                self.put("{");
                let symbols = &self.ev.symbols;
                let mut names = symbols.by_name(a);
                if self.options.max_attrs != usize::MAX {
                    // With a limit, `type` and `_type` come first: they say what a set is.
                    names.sort_by_key(|e| !matches!(symbols.name(e.name), b"type" | b"_type"));
                }
                for (i, e) in names.iter().enumerate() {
                    self.put(" ");
                    if self.attrs_printed >= self.options.max_attrs {
                        self.elided(names.len() - i, "attribute", "attributes");
                        break;
                    }
                    attr_name(symbols.name(e.name), &mut self.out);
                    self.put(" = ");
                    self.value(&e.value, depth + 1);
                    self.put(";");
                    self.attrs_printed += 1;
                }
                self.put(" }");
            }
            Value::List(l) => {
                if self.options.track_repeated && !l.is_empty() && !self.seen.insert(l.id()) {
                    return self.put("«repeated»");
                }
                if depth >= self.options.max_depth {
                    return self.put("[ ... ]");
                }
                self.put("[");
                for (i, x) in l.iter().enumerate() {
                    self.put(" ");
                    if self.items_printed >= self.options.max_list_items {
                        self.elided(l.len() - i, "item", "items");
                        break;
                    }
                    self.value(x, depth + 1);
                    self.items_printed += 1;
                }
                self.put(" ]");
            }
            Value::String(s) => self.string(s.as_bytes()),
            Value::Float(x) => self.put(&float_g(*x)),
            Value::Lambda(c) => {
                let name = c
                    .def
                    .name
                    .map(|n| format!(" {}", self.ev.symbols.text(n)))
                    .unwrap_or_default();
                let pos = self.ev.sources.describe(c.def.pos);
                self.put(&format!("«lambda{name} @ {pos}»"));
            }
            Value::PrimOp(p) if p.args().is_empty() => {
                self.put(&format!("«primop {}»", p.op().name))
            }
            Value::PrimOp(p) => self.put(&format!("«partially applied primop {}»", p.op().name)),
            v => self
                .out
                .extend_from_slice(&super::print_value_bytes(&self.ev.symbols, v)),
        }
    }

    /// A string literal, cut after `max_string_length` bytes.
    fn string(&mut self, b: &[u8]) {
        let max = self.options.max_string_length;
        if b.len() <= max {
            return super::string_literal(b, &mut self.out);
        }
        let mut lit = Vec::new();
        super::string_literal(&b[..max], &mut lit);
        lit.pop();
        self.out.extend_from_slice(&lit);
        self.put("\" ");
        self.elided(b.len() - max, "byte", "bytes");
    }
}
