//! XML output (`--xml`, `builtins.toXML`), byte for byte as C++ Nix writes it.

use crate::error::{Error, ErrorKind, Result};
use crate::eval::{Evaluator, XML_ATTR_LEVEL_COST, XML_LEVEL_COST};
use crate::syntax::expr::Param;
use crate::value::{Attrs, Context, Symbol, Value};
use std::collections::HashSet;

/// Serialises a value as C++ Nix's XML. With `strict`, values are forced as they are
/// reached; otherwise unevaluated ones are `<unevaluated />`. `location` adds the
/// `column`/`line`/`path` attributes of lambdas (off with `--no-location`).
pub fn to_xml(ev: &Evaluator, v: &Value, strict: bool, location: bool) -> Result<String> {
    let (chunks, _) = to_xml_with_context(ev, v, strict, location)?;
    Ok(chunks.concat())
}

/// [`to_xml`] in pieces (a deep value's output is gigabytes: one growing buffer would be
/// copied at each doubling), and the contexts of the strings it wrote (`builtins.toXML`
/// keeps them): every string value, except inside a derivation written as `<repeated />`.
pub fn to_xml_with_context(
    ev: &Evaluator,
    v: &Value,
    strict: bool,
    location: bool,
) -> Result<(Vec<String>, Context)> {
    let mut w = Writer {
        ev,
        strict,
        location,
        out: Vec::new(),
        len: 0,
        drvs_seen: HashSet::new(),
        context: Context::new(),
    };
    w.line(0, "<?xml version='1.0' encoding='utf-8'?>\n<expr>\n")?;
    w.value(v, 1)?;
    w.line(0, "</expr>\n")?;
    Ok((w.out, w.context))
}

/// The size of a piece of output.
const CHUNK: usize = 1 << 20;

/// The longest string a value holds (`NixString`'s length is 32 bits).
const MAX_STRING: usize = u32::MAX as usize;

struct Writer<'a> {
    ev: &'a Evaluator,
    strict: bool,
    location: bool,
    /// The output so far, in pieces of about [`CHUNK`] bytes, and its length.
    out: Vec<String>,
    len: usize,
    drvs_seen: HashSet<String>,
    /// The contexts of the strings written.
    context: Context,
}

/// ` k="v"` for each attribute.
fn attributes(attrs: &[(&str, String)]) -> String {
    attrs
        .iter()
        .map(|(k, v)| format!(" {k}=\"{}\"", escape(v)))
        .collect()
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
    /// Writes one line at `depth`. The output grows with the square of the nesting, so
    /// room is asked for first: where memory runs out this is C++ Nix's `out of memory`,
    /// not an abort.
    fn line(&mut self, depth: usize, text: &str) -> Result<()> {
        const SPACES: &str = match std::str::from_utf8(&[b' '; 256]) {
            Ok(s) => s,
            Err(_) => panic!(),
        };
        let indent = depth * 2;
        let need = indent + text.len();
        self.len += need;
        let room = self.out.last().map_or(0, |c| c.capacity() - c.len());
        if self.len > MAX_STRING || (room < need && !self.new_chunk(need)) {
            return Err(Error::new(ErrorKind::Type, Evaluator::OUT_OF_MEMORY));
        }
        let out = self.out.last_mut().expect("a chunk with room");
        let mut left = indent;
        while left > 0 {
            let n = left.min(SPACES.len());
            out.push_str(&SPACES[..n]);
            left -= n;
        }
        out.push_str(text);
        Ok(())
    }

    /// Starts a piece of output with room for `need` bytes; false if there is no memory.
    fn new_chunk(&mut self, need: usize) -> bool {
        let mut chunk = String::new();
        if chunk.try_reserve_exact(need.max(CHUNK)).is_err() {
            return false;
        }
        self.out.push(chunk);
        true
    }

    /// `<name a="v" ... />` (attributes already sorted by name).
    fn empty(&mut self, depth: usize, name: &str, attrs: &[(&str, String)]) -> Result<()> {
        self.line(depth, &format!("<{name}{} />\n", attributes(attrs)))
    }

    fn open(&mut self, depth: usize, name: &str, attrs: &[(&str, String)]) -> Result<()> {
        self.line(depth, &format!("<{name}{}>\n", attributes(attrs)))
    }

    fn close(&mut self, depth: usize, name: &str) -> Result<()> {
        self.line(depth, &format!("</{name}>\n"))
    }

    /// One nested value. Nix 2.26 writes XML by native recursion without counting calls,
    /// so a value nested deeper than its stack holds (or a set that contains itself) ends
    /// in its stack overflow; the weights put nixref's bound where 2.26's is.
    fn value(&mut self, v: &Value, depth: usize) -> Result<()> {
        let ev = self.ev;
        ev.nested_costing(XML_LEVEL_COST, || self.value_level(v, depth))
    }

    fn value_level(&mut self, v: &Value, depth: usize) -> Result<()> {
        let v = if self.strict {
            self.ev.force(v)?
        } else {
            match v.peek() {
                Some(v) => v,
                None => {
                    self.empty(depth, "unevaluated", &[])?;
                    return Ok(());
                }
            }
        };
        match &v {
            Value::Null => self.empty(depth, "null", &[])?,
            Value::Bool(b) => self.empty(depth, "bool", &[("value", b.to_string())])?,
            Value::Int(i) => self.empty(depth, "int", &[("value", i.to_string())])?,
            Value::Float(x) => self.empty(depth, "float", &[("value", super::float_g(*x))])?,
            Value::String(s) => {
                self.context.extend(s.context().iter().cloned());
                self.empty(depth, "string", &[("value", s.to_str_lossy().into_owned())])?
            }
            Value::Path(p) => self.empty(depth, "path", &[("value", p.to_string())])?,
            Value::Attrs(a) => self.attrs_value(a, depth)?,
            Value::List(l) => {
                self.open(depth, "list", &[])?;
                for x in l.iter() {
                    self.value(x, depth + 1)?;
                }
                self.close(depth, "list")?;
            }
            Value::Lambda(c) => {
                let attrs = self.location_attrs(Some(c.def.pos), None);
                self.open(depth, "function", &attrs)?;
                match &c.def.param {
                    Param::Ident(n) => self.empty(
                        depth + 1,
                        "varpat",
                        &[("name", self.ev.symbols.text(*n).into_owned())],
                    )?,
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
                        self.open(depth + 1, "attrspat", &pat)?;
                        let mut names: Vec<_> = formals
                            .iter()
                            .map(|f| self.ev.symbols.text(f.name).into_owned())
                            .collect();
                        names.sort();
                        for n in names {
                            self.empty(depth + 2, "attr", &[("name", n)])?;
                        }
                        self.close(depth + 1, "attrspat")?;
                    }
                }
                self.close(depth, "function")?;
            }
            Value::PrimOp(_) | Value::Thunk(_) => self.empty(depth, "unevaluated", &[])?,
        }
        Ok(())
    }

    fn attrs_value(&mut self, a: &Attrs, depth: usize) -> Result<()> {
        if !self.ev.is_derivation(a)? {
            self.open(depth, "attrs", &[])?;
            self.attr_entries(a, depth + 1)?;
            self.close(depth, "attrs")?;
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
        self.open(depth, "derivation", &attrs)?;
        // A derivation without a drvPath, or one shown before, is not expanded.
        let repeated = match drv_path {
            Some(p) if !p.is_empty() => !self.drvs_seen.insert(p),
            _ => true,
        };
        if repeated {
            self.empty(depth + 1, "repeated", &[])?;
        } else {
            self.attr_entries(a, depth + 1)?;
        }
        self.close(depth, "derivation")?;
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
            self.open(depth, "attr", &attrs)?;
            let ev = self.ev;
            ev.nested_costing(XML_ATTR_LEVEL_COST, || self.value(&e.value, depth + 1))?;
            self.close(depth, "attr")?;
        }
        Ok(())
    }
}
