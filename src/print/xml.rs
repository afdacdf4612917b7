//! XML output (`--xml`, `builtins.toXML`), byte for byte as C++ Nix writes it.

use crate::error::Result;
use crate::eval::Evaluator;
use crate::syntax::expr::Param;
use crate::value::{Attrs, Symbol, Value};
use std::collections::HashSet;

/// Serialises a value as C++ Nix's XML. With `strict`, values are forced as they are
/// reached; otherwise unevaluated ones are `<unevaluated />`. `location` adds the
/// `column`/`line`/`path` attributes of lambdas (off with `--no-location`).
pub fn to_xml(ev: &Evaluator, v: &Value, strict: bool, location: bool) -> Result<String> {
    let mut w = Writer {
        ev,
        strict,
        location,
        out: String::new(),
        drvs_seen: HashSet::new(),
        levels: 0,
    };
    w.out
        .push_str("<?xml version='1.0' encoding='utf-8'?>\n<expr>\n");
    w.value(v, 1)?;
    w.out.push_str("</expr>\n");
    Ok(w.out)
}

struct Writer<'a> {
    ev: &'a Evaluator,
    strict: bool,
    location: bool,
    out: String,
    drvs_seen: HashSet<String>,
    /// Values being written, outermost included (see [`Writer::value`]).
    levels: usize,
}

fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '&' => o.push_str("&amp;"),
            '"' => o.push_str("&quot;"),
            '\n' => o.push_str("&#xA;"),
            c => o.push(c),
        }
    }
    o
}

impl Writer<'_> {
    fn indent(&mut self, depth: usize) {
        for _ in 0..depth {
            self.out.push_str("  ");
        }
    }

    /// `<name a="v" ... />` (attributes already sorted by name).
    fn empty(&mut self, depth: usize, name: &str, attrs: &[(&str, String)]) {
        self.indent(depth);
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            self.out.push_str(&format!(" {k}=\"{}\"", escape(v)));
        }
        self.out.push_str(" />\n");
    }

    fn open(&mut self, depth: usize, name: &str, attrs: &[(&str, String)]) {
        self.indent(depth);
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            self.out.push_str(&format!(" {k}=\"{}\"", escape(v)));
        }
        self.out.push_str(">\n");
    }

    fn close(&mut self, depth: usize, name: &str) {
        self.indent(depth);
        self.out.push_str(&format!("</{name}>\n"));
    }

    /// One nested value. Nix 2.26 writes XML by native recursion, so a set that contains
    /// itself ends in its stack overflow. The output grows with the square of the nesting
    /// (each line is indented), so nixref stops at `max-call-depth` nested values (the
    /// bound current C++ Nix puts on this walk), with 2.26's message.
    fn value(&mut self, v: &Value, depth: usize) -> Result<()> {
        if self.levels >= self.ev.options.max_call_depth {
            return Err(Evaluator::native_stack_overflow());
        }
        self.levels += 1;
        let ev = self.ev;
        let r = ev.nested(|| self.value_level(v, depth));
        self.levels -= 1;
        r
    }

    fn value_level(&mut self, v: &Value, depth: usize) -> Result<()> {
        let v = if self.strict {
            self.ev.force(v)?
        } else {
            match v.peek() {
                Some(v) => v,
                None => {
                    self.empty(depth, "unevaluated", &[]);
                    return Ok(());
                }
            }
        };
        match &v {
            Value::Null => self.empty(depth, "null", &[]),
            Value::Bool(b) => self.empty(depth, "bool", &[("value", b.to_string())]),
            Value::Int(i) => self.empty(depth, "int", &[("value", i.to_string())]),
            Value::Float(x) => self.empty(depth, "float", &[("value", super::float_g(*x))]),
            Value::String(s) => {
                self.empty(depth, "string", &[("value", s.to_str_lossy().into_owned())])
            }
            Value::Path(p) => self.empty(depth, "path", &[("value", p.to_string())]),
            Value::Attrs(a) => self.attrs_value(a, depth)?,
            Value::List(l) => {
                self.open(depth, "list", &[]);
                for x in l.iter() {
                    self.value(x, depth + 1)?;
                }
                self.close(depth, "list");
            }
            Value::Lambda(c) => {
                let attrs = self.location_attrs(Some(c.def.pos), None);
                self.open(depth, "function", &attrs);
                match &c.def.param {
                    Param::Ident(n) => self.empty(
                        depth + 1,
                        "varpat",
                        &[("name", self.ev.symbols.text(*n).into_owned())],
                    ),
                    Param::Formals {
                        formals,
                        ellipsis,
                        at,
                    } => {
                        let mut pat = Vec::new();
                        if *ellipsis {
                            pat.push(("ellipsis", "1".to_string()));
                        }
                        if let Some(a) = at {
                            pat.push(("name", self.ev.symbols.text(*a).into_owned()));
                        }
                        self.open(depth + 1, "attrspat", &pat);
                        let mut names: Vec<_> = formals
                            .iter()
                            .map(|f| self.ev.symbols.text(f.name).into_owned())
                            .collect();
                        names.sort();
                        for n in names {
                            self.empty(depth + 2, "attr", &[("name", n)]);
                        }
                        self.close(depth + 1, "attrspat");
                    }
                }
                self.close(depth, "function");
            }
            Value::PrimOp(_) | Value::Thunk(_) => self.empty(depth, "unevaluated", &[]),
        }
        Ok(())
    }

    fn attrs_value(&mut self, a: &Attrs, depth: usize) -> Result<()> {
        if !self.ev.is_derivation(a)? {
            self.open(depth, "attrs", &[]);
            self.attr_entries(a, depth + 1)?;
            self.close(depth, "attrs");
            return Ok(());
        }
        let mut attrs = Vec::new();
        let mut drv_path = None;
        for (key, sym) in [("drvPath", Symbol::DRV_PATH), ("outPath", Symbol::OUT_PATH)] {
            let v = match a.get(sym) {
                Some(x) if self.strict => Some(self.ev.force(x)?),
                Some(x) => x.peek(),
                None => None,
            };
            if let Some(Value::String(s)) = v {
                let s = s.to_str_lossy().into_owned();
                if key == "drvPath" {
                    drv_path = Some(s.clone());
                }
                attrs.push((key, s));
            }
        }
        self.open(depth, "derivation", &attrs);
        // A derivation without a drvPath, or one shown before, is not expanded.
        let repeated = match drv_path {
            Some(p) if !p.is_empty() => !self.drvs_seen.insert(p),
            _ => true,
        };
        if repeated {
            self.empty(depth + 1, "repeated", &[]);
        } else {
            self.attr_entries(a, depth + 1)?;
        }
        self.close(depth, "derivation");
        Ok(())
    }

    /// C++ Nix's `posToXML` (unless `--no-location`): `column`, `line` and, for a file,
    /// `path`, sorted by name together with `name` when one is given.
    fn location_attrs(
        &self,
        pos: Option<crate::source::Pos>,
        name: Option<String>,
    ) -> Vec<(&'static str, String)> {
        let mut attrs = Vec::new();
        if let Some(pos) = pos.filter(|p| self.location && *p != crate::source::Pos::NONE) {
            let f = self.ev.sources.get(pos.file);
            let (line, col) = f.line_col(pos.offset);
            attrs.push(("column", col.to_string()));
            attrs.push(("line", line.to_string()));
            if let Some(n) = name.clone() {
                attrs.push(("name", n));
            }
            if let Some(p) = f.path() {
                attrs.push(("path", p.display().to_string()));
            }
        } else if let Some(n) = name {
            attrs.push(("name", n));
        }
        attrs
    }

    fn attr_entries(&mut self, a: &Attrs, depth: usize) -> Result<()> {
        for e in self.ev.symbols.by_name(a) {
            let name = self.ev.symbols.text(e.name).into_owned();
            let attrs = self.location_attrs(e.pos.known(), Some(name));
            self.open(depth, "attr", &attrs);
            self.value(&e.value, depth + 1)?;
            self.close(depth, "attr");
        }
        Ok(())
    }
}
