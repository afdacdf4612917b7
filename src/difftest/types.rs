//! The generator's types: just enough of Nix's dynamic types to build programs that are
//! mostly well typed, plus flavours of strings that builtins need (a regex, JSON text, a
//! hash algorithm name...). Builtin signatures are written in a small text syntax
//! (`(a -> b) -> [a] -> [b]`) and parsed once, so the table in `signatures` is plain data.

use std::collections::HashMap;

/// What kind of text a string holds, for builtins whose arguments must be well formed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StrKind {
    /// Any text.
    Plain,
    /// An attribute name from the generator's pool.
    Name,
    /// A POSIX extended regular expression.
    Regex,
    /// A JSON document.
    Json,
    /// A TOML document.
    Toml,
    /// A hash algorithm name (`sha256`...).
    Algo,
    /// A version (`1.2.3`).
    Version,
    /// A package name with a version (`hello-1.2`), for `parseDrvName`.
    DrvName,
    /// A store path, as text.
    StorePath,
    /// A string with a non-empty context.
    Ctx,
    /// A derivation's `drvPath` (context element of kind "all outputs").
    DrvPath,
    /// A file system path that reads the same on every machine (`/dev/null`, `/`).
    FsPath,
    /// An environment variable name that is never set.
    EnvName,
}

/// The fields of a set type.
#[derive(Clone, Debug, PartialEq)]
pub enum Fields {
    /// Any set.
    Open,
    /// These fields (and more when `open`).
    Known(Vec<(String, Ty)>, bool),
    /// Any names, every value of this type.
    Homog(Box<Ty>),
}

#[derive(Clone, Debug, PartialEq)]
/// A type of the generator's: what a builtin takes and gives.
pub enum Ty {
    /// An integer.
    Int,
    /// An integer between 0 and 5 (list lengths, `substring` bounds).
    SmallInt,
    /// A float.
    Float,
    /// Int or float (signatures only; chosen when a builtin is instantiated).
    Num,
    /// A Boolean.
    Bool,
    /// `null`.
    Null,
    /// A path.
    Path,
    /// A string holding this kind of text.
    Str(StrKind),
    /// A list of this type.
    List(Box<Ty>),
    /// A set with these fields.
    Set(Fields),
    /// A function from the first type to the second.
    Fn(Box<Ty>, Box<Ty>),
    /// Any value that is not a function.
    Any,
    /// A type variable of a signature.
    Var(u8),
}

impl Ty {
    /// A plain string.
    pub fn string() -> Ty {
        Ty::Str(StrKind::Plain)
    }

    /// A list of `t`.
    pub fn list(t: Ty) -> Ty {
        Ty::List(Box::new(t))
    }

    /// A function from `a` to `b`.
    pub fn func(a: Ty, b: Ty) -> Ty {
        Ty::Fn(Box::new(a), Box::new(b))
    }

    /// A set of these fields; `open` if it may have others.
    pub fn fields(fs: Vec<(String, Ty)>, open: bool) -> Ty {
        Ty::Set(Fields::Known(fs, open))
    }

    /// Whether it is a function type.
    pub fn is_fn(&self) -> bool {
        matches!(self, Ty::Fn(..))
    }

    /// Argument types and result of a curried function type.
    pub fn uncurry(&self) -> (Vec<&Ty>, &Ty) {
        let mut args = Vec::new();
        let mut t = self;
        while let Ty::Fn(a, b) = t {
            args.push(&**a);
            t = b;
        }
        (args, t)
    }
}

/// Type variable bindings made while matching a signature against a wanted type.
pub type Bindings = HashMap<u8, Ty>;

/// Whether a value of type `have` (which may hold variables, bound in `b` as a side
/// effect) can stand where `want` (concrete) is expected.
pub fn unify(have: &Ty, want: &Ty, b: &mut Bindings) -> bool {
    match (have, want) {
        (Ty::Var(v), _) => match b.get(v).cloned() {
            Some(bound) => unify(&bound, want, b),
            None => {
                if *want != Ty::Any {
                    b.insert(*v, want.clone());
                }
                true
            }
        },
        (Ty::Fn(..), Ty::Any) => false,
        (_, Ty::Any) => true,
        (Ty::Int | Ty::SmallInt, Ty::Int) => true,
        (Ty::SmallInt, Ty::SmallInt) => true,
        (Ty::Num, Ty::Int | Ty::Float) => true,
        (Ty::Float, Ty::Float) | (Ty::Bool, Ty::Bool) | (Ty::Null, Ty::Null) => true,
        (Ty::Path, Ty::Path) => true,
        (Ty::Str(h), Ty::Str(w)) => *w == StrKind::Plain || h == w,
        (Ty::List(h), Ty::List(w)) => unify(h, w, b),
        (Ty::Set(h), Ty::Set(w)) => unify_fields(h, w, b),
        // A function of a small int cannot take any int (`map (genList f) [ 71831313 ]`
        // would build lists of millions): argument types only widen the other way.
        (Ty::Fn(ha, _), Ty::Fn(wa, _)) if **ha == Ty::SmallInt && **wa != Ty::SmallInt => false,
        (Ty::Fn(ha, hr), Ty::Fn(wa, wr)) => unify(ha, wa, b) && unify(hr, wr, b),
        _ => false,
    }
}

fn unify_fields(have: &Fields, want: &Fields, b: &mut Bindings) -> bool {
    match (have, want) {
        (_, Fields::Open) => true,
        (Fields::Known(hs, hopen), Fields::Known(ws, wopen)) => {
            if !*wopen && (*hopen || hs.len() != ws.len()) {
                return false;
            }
            ws.iter().all(|(n, wt)| {
                hs.iter()
                    .find(|(m, _)| m == n)
                    .is_some_and(|(_, ht)| unify(ht, wt, b))
            })
        }
        (Fields::Homog(h), Fields::Homog(w)) => unify(h, w, b),
        (Fields::Known(hs, false), Fields::Homog(w)) => hs.iter().all(|(_, t)| unify(t, w, b)),
        _ => false,
    }
}

/// Replaces bound variables by their bindings (unbound ones stay).
pub fn substitute(t: &Ty, b: &Bindings) -> Ty {
    match t {
        Ty::Var(v) => b.get(v).cloned().unwrap_or(Ty::Var(*v)),
        Ty::List(x) => Ty::list(substitute(x, b)),
        Ty::Fn(x, y) => Ty::func(substitute(x, b), substitute(y, b)),
        Ty::Set(Fields::Known(fs, open)) => Ty::fields(
            fs.iter()
                .map(|(n, t)| (n.clone(), substitute(t, b)))
                .collect(),
            *open,
        ),
        Ty::Set(Fields::Homog(x)) => Ty::Set(Fields::Homog(Box::new(substitute(x, b)))),
        t => t.clone(),
    }
}

/// The type variables still unbound in `t`.
pub fn free_vars(t: &Ty, out: &mut Vec<u8>) {
    match t {
        Ty::Var(v) if !out.contains(v) => out.push(*v),
        Ty::List(x) | Ty::Set(Fields::Homog(x)) => free_vars(x, out),
        Ty::Fn(x, y) => {
            free_vars(x, out);
            free_vars(y, out);
        }
        Ty::Set(Fields::Known(fs, _)) => fs.iter().for_each(|(_, t)| free_vars(t, out)),
        _ => {}
    }
}

/// Parses a signature such as `(a -> b) -> [a] -> [b]` or `{name: name, value: a}`.
pub fn parse_sig(text: &str) -> Result<Ty, String> {
    let tokens = tokenize(text);
    let mut p = Parser { tokens, pos: 0 };
    let t = p.arrow()?;
    if p.pos != p.tokens.len() {
        return Err(format!("trailing input in signature '{text}'"));
    }
    Ok(t)
}

fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ' ' => {}
            '-' if chars.peek() == Some(&'>') => {
                chars.next();
                out.push("->".to_string());
            }
            '[' | ']' | '(' | ')' | '{' | '}' | ':' | ',' | '*' => out.push(c.to_string()),
            _ => {
                let mut w = c.to_string();
                while let Some(&d) = chars.peek() {
                    if d.is_alphanumeric() || d == '_' || d == '\'' {
                        w.push(d);
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push(w);
            }
        }
    }
    out
}

struct Parser {
    tokens: Vec<String>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.pos).map(String::as_str)
    }

    fn next(&mut self) -> Result<String, String> {
        let t = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        t.ok_or_else(|| "unexpected end of signature".to_string())
    }

    fn expect(&mut self, s: &str) -> Result<(), String> {
        let t = self.next()?;
        if t == s {
            Ok(())
        } else {
            Err(format!("expected '{s}', found '{t}'"))
        }
    }

    fn arrow(&mut self) -> Result<Ty, String> {
        let a = self.atom()?;
        if self.peek() == Some("->") {
            self.pos += 1;
            Ok(Ty::func(a, self.arrow()?))
        } else {
            Ok(a)
        }
    }

    fn atom(&mut self) -> Result<Ty, String> {
        let t = self.next()?;
        Ok(match t.as_str() {
            "(" => {
                let inner = self.arrow()?;
                self.expect(")")?;
                inner
            }
            "[" => {
                let inner = self.arrow()?;
                self.expect("]")?;
                Ty::list(inner)
            }
            "{" => self.set()?,
            w => named(w).ok_or_else(|| format!("unknown type '{w}'"))?,
        })
    }

    fn set(&mut self) -> Result<Ty, String> {
        if self.peek() == Some("}") {
            self.pos += 1;
            return Ok(Ty::Set(Fields::Open));
        }
        if self.peek() == Some("*") {
            self.pos += 1;
            self.expect(":")?;
            let t = self.arrow()?;
            self.expect("}")?;
            return Ok(Ty::Set(Fields::Homog(Box::new(t))));
        }
        let mut fields = Vec::new();
        loop {
            let name = self.next()?;
            self.expect(":")?;
            fields.push((name, self.arrow()?));
            match self.next()?.as_str() {
                "," => {}
                "}" => return Ok(Ty::fields(fields, false)),
                t => return Err(format!("expected ',' or '}}', found '{t}'")),
            }
        }
    }
}

fn named(w: &str) -> Option<Ty> {
    Some(match w {
        "int" => Ty::Int,
        "smallint" => Ty::SmallInt,
        "float" => Ty::Float,
        "number" => Ty::Num,
        "bool" => Ty::Bool,
        "null" => Ty::Null,
        "path" => Ty::Path,
        "any" => Ty::Any,
        "string" => Ty::string(),
        "name" => Ty::Str(StrKind::Name),
        "regex" => Ty::Str(StrKind::Regex),
        "json" => Ty::Str(StrKind::Json),
        "toml" => Ty::Str(StrKind::Toml),
        "algo" => Ty::Str(StrKind::Algo),
        "version" => Ty::Str(StrKind::Version),
        "drvname" => Ty::Str(StrKind::DrvName),
        "storepath" => Ty::Str(StrKind::StorePath),
        "ctx" => Ty::Str(StrKind::Ctx),
        "drvpath" => Ty::Str(StrKind::DrvPath),
        "fspath" => Ty::Str(StrKind::FsPath),
        "envname" => Ty::Str(StrKind::EnvName),
        v if v.len() == 1 && v.as_bytes()[0].is_ascii_lowercase() => Ty::Var(v.as_bytes()[0]),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_unifies_map() {
        let t = parse_sig("(a -> b) -> [a] -> [b]").unwrap();
        let (args, res) = t.uncurry();
        assert_eq!(args.len(), 2);
        let mut b = Bindings::new();
        assert!(unify(res, &Ty::list(Ty::Int), &mut b));
        assert_eq!(b.get(&b'b'), Some(&Ty::Int));
        assert_eq!(substitute(args[0], &b), Ty::func(Ty::Var(b'a'), Ty::Int));
    }

    #[test]
    fn parses_sets() {
        let t = parse_sig("[{name: name, value: a}] -> {*: a}").unwrap();
        let (_, res) = t.uncurry();
        assert_eq!(res, &Ty::Set(Fields::Homog(Box::new(Ty::Var(b'a')))));
        assert!(parse_sig("{} -> bogus").is_err());
    }

    #[test]
    fn known_fields_satisfy_narrower_wants() {
        let have = Ty::fields(vec![("a".into(), Ty::Int), ("b".into(), Ty::Bool)], false);
        let want = Ty::fields(vec![("a".into(), Ty::Int)], true);
        assert!(unify(&have, &want, &mut Bindings::new()));
        let exact = Ty::fields(vec![("a".into(), Ty::Int)], false);
        assert!(!unify(&have, &exact, &mut Bindings::new()));
    }
}
