//! Lowering: rnix's syntax tree to [`Expr`], once per file.
//!
//! This is where Nix's static rules live: every variable is resolved to a frame slot, a
//! global, or a dynamic `with` lookup (and an unbound one is an error here, before any
//! evaluation, as in C++ Nix); attribute paths are merged into nested sets with C++ Nix's
//! duplicate-attribute errors; `inherit` is desugared; `rec`, `let` and lambdas get frames;
//! operators that C++ Nix defines as calls of builtins become calls of whatever the
//! builtin's name means at that point (`let __sub = ...; in 1 - 2` calls the user's).

use super::expr::*;
use super::strings::{self, Part};
use crate::error::{Error, ErrorKind, Result};
use crate::source::Pos;
use crate::value::{Symbol, SymbolTable, Value};
use rnix::ast::{self, AstToken, BinOpKind, HasEntry, InterpolPart, UnaryOpKind};
use rowan::ast::AstNode;
use rustc_hash::FxHashMap as HashMap;
use std::path::Path;
use std::rc::Rc;

mod early_duplicates;

/// The names bound outside the file: the globals, and for `scopedImport` its scope.
pub struct Context<'a> {
    pub file: u32,
    /// The name C++ Nix shows for the file (its path, or `«string»`).
    pub file_name: &'a str,
    /// The directory relative path literals are resolved against.
    pub base_dir: &'a Path,
    pub globals: &'a HashMap<Symbol, u32>,
    /// The evaluation's symbol table: the file's names are created in it as C++ Nix's
    /// parser creates them (see `symbols`), before lowering looks them up.
    pub symbols: &'a SymbolTable,
    /// Names bound in the file's outermost frame (`scopedImport`'s set), slot by slot.
    pub scope: Option<Vec<Symbol>>,
    /// `$HOME`, for `~/` paths.
    pub home: Option<String>,
    pub lints: super::lints::Lints,
    /// The `pipe-operators` experimental feature (`|>`, `<|`).
    pub pipe_operators: bool,
    /// Warnings found while parsing and lowering, in the order C++ Nix's parser gives
    /// them, for the caller to show.
    pub warnings: std::cell::RefCell<Vec<Warning>>,
}

/// A warning about the source, given while it is parsed.
#[derive(Debug)]
pub enum Warning {
    /// A lint at `warn` level: the message, shown with the position and its excerpt.
    Lint { msg: String, pos: Pos },
    /// `or` used as a variable where its meaning will change ([`super::cursed_or`]): the
    /// call's position, its source text, and the offset where it ends.
    CursedOr { pos: Pos, snippet: String, end: u32 },
}

impl Warning {
    /// The message as C++ Nix writes it after `warning: `, given how `pos` is written.
    pub fn message(
        &self,
        describe: impl Fn(Pos) -> String,
        excerpt: impl Fn(Pos) -> String,
    ) -> String {
        match self {
            Warning::Lint { msg, pos } => {
                format!("{msg}\n         at {}:\n{}", describe(*pos), excerpt(*pos))
            }
            Warning::CursedOr { pos, snippet, .. } => {
                super::cursed_or::message(&describe(*pos), snippet)
            }
        }
    }

    /// When C++ Nix's parser gives it: at the lint's token, after the call's `or`.
    fn order(&self) -> u32 {
        match self {
            Warning::Lint { pos, .. } => pos.offset,
            Warning::CursedOr { end, .. } => *end,
        }
    }
}

/// Parses `src` and lowers it. Syntax errors come back as [`ErrorKind::Parse`].
pub fn parse(src: &[u8], cx: &Context) -> Result<Expr> {
    let parse_src = rnix_text(src);
    let at = |offset| Pos {
        file: cx.file,
        offset,
    };
    let parsed = super::parse::parse(&parse_src)
        .map_err(|(msg, offset)| Error::at(ErrorKind::Parse, msg, at(offset)))?;
    let root = rnix::ast::Root::cast(parsed.syntax()).expect("rnix's tree has a root");
    if let Some((msg, offset)) =
        super::syntax_error::first_error(&parsed, &parse_src, cx.pipe_operators)
    {
        let mut l = Lowerer {
            cx,
            src,
            scopes: Vec::new(),
        };
        let early = early_duplicates::before(&mut l, root.syntax(), offset);
        return Err(early.unwrap_or_else(|| Error::at(ErrorKind::Parse, msg, at(offset))));
    }
    super::symbols::creation_order(root.syntax(), src, &mut |name| {
        cx.symbols.intern(name);
    });
    let mut l = Lowerer {
        cx,
        src,
        scopes: Vec::new(),
    };
    if let Some(names) = &cx.scope {
        l.scopes
            .push(Scope::Frame(names.iter().copied().zip(0..).collect()));
    }
    let expr = root.expr().ok_or_else(|| {
        Error::at(
            ErrorKind::Parse,
            "syntax error, unexpected end of file",
            at(0),
        )
    })?;
    let cursed = if parsed.may_have_or_call {
        super::cursed_or::find(root.syntax())
    } else {
        Vec::new()
    };
    let lowered = stacker::maybe_grow(64 * 1024, 4 * 1024 * 1024, || l.expr(expr));
    add_cursed_or(cx, src, cursed);
    lowered
}

/// Puts the warnings about `f or` among the lints, in the order C++ Nix gives them.
fn add_cursed_or(cx: &Context, src: &[u8], cursed: Vec<super::cursed_or::CursedOr>) {
    if cursed.is_empty() {
        return;
    }
    let mut warnings = cx.warnings.borrow_mut();
    warnings.extend(cursed.into_iter().map(|c| Warning::CursedOr {
        pos: Pos {
            file: cx.file,
            offset: c.start,
        },
        snippet: String::from_utf8_lossy(&src[c.start as usize..c.end as usize]).into_owned(),
        end: c.end,
    }));
    warnings.sort_by_key(Warning::order);
}

/// The text rnix parses: the source with the same length and the same tokens as C++ Nix's
/// lexer sees in it. rnix reads UTF-8 and breaks lines only at `\n`; C++ Nix reads bytes
/// and treats a carriage return as a line break too. So each carriage return becomes a
/// newline, and each byte that is not part of valid UTF-8 becomes `\x01`, which, like the
/// byte it stands for, is content in a string or a comment and an invalid token anywhere
/// else. Positions hold (one byte for one byte); the values of string literals are read
/// from the original bytes.
pub(super) fn rnix_text(src: &[u8]) -> std::borrow::Cow<'_, str> {
    if let Ok(text) = std::str::from_utf8(src)
        && !text.contains('\r')
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(src.len());
    for chunk in src.utf8_chunks() {
        out.push_str(chunk.valid());
        for _ in chunk.invalid() {
            out.push('\x01');
        }
    }
    if out.contains('\r') {
        out = out.replace('\r', "\n");
    }
    std::borrow::Cow::Owned(out)
}

enum Scope {
    /// A frame of named slots (let, rec, lambda, scopedImport), or a nameless one
    /// (the sources of `inherit (e)` in a plain set).
    Frame(HashMap<Symbol, u32>),
    /// A `with` (at this position): one slot holding its namespace.
    With(Pos),
}

struct Lowerer<'a> {
    cx: &'a Context<'a>,
    /// The source bytes (string literals are read from them).
    src: &'a [u8],
    scopes: Vec<Scope>,
}

/// An attribute set (or `let`) being assembled from its entries before it is lowered, so
/// that `a.b = 1; a.c = 2;` can merge.
struct Pending {
    recursive: bool,
    entries: Vec<(Symbol, PendingValue, Pos)>,
    index: HashMap<Symbol, usize>,
    dynamic: Vec<(ast::Attr, PendingValue, Pos)>,
    inherit_from: Vec<ast::Expr>,
    pos: Pos,
}

impl Pending {
    /// Puts the entries in symbol order, the order in which C++ Nix fills a `let` or
    /// `rec` frame: a binding that refers to one filled later gets a thunk of its own
    /// (`rec { key = c; c = [ 0 ]; }`: `key` is a start-up symbol, so it comes first and
    /// its value is a separate cell), one that refers to one filled earlier shares its
    /// value.
    fn in_symbol_order(&mut self) {
        self.entries.sort_by_key(|e| e.0);
        self.index.clear();
    }
}

enum PendingValue {
    Expr(ast::Expr),
    /// Boxed: a set of a million bindings holds a million of these.
    Set(Box<Pending>),
    /// `inherit name;` (`None`) or `inherit (from) name;` (index into `inherit_from`).
    Inherit(Option<usize>),
}

#[derive(PartialEq, Clone, Copy)]
enum Binding {
    Plain,
    Rec,
    Let,
}

/// Calls `f` with the text of a node, without copying it when it is one token (a name).
pub(super) fn with_text<T>(n: &rnix::SyntaxNode, f: impl FnOnce(&str) -> T) -> T {
    match n.first_token() {
        Some(t) if t.text_range() == n.text_range() => f(t.text()),
        _ => f(&n.text().to_string()),
    }
}

pub(super) fn strip_parens(mut e: ast::Expr) -> ast::Expr {
    while let ast::Expr::Paren(p) = &e {
        match p.expr() {
            Some(inner) => e = inner,
            None => break,
        }
    }
    e
}

impl<'a> Lowerer<'a> {
    fn pos(&self, n: &impl AstNode<Language = rnix::NixLanguage>) -> Pos {
        Pos {
            file: self.cx.file,
            offset: u32::from(n.syntax().text_range().start()),
        }
    }

    /// `file:line:col` of a position in this file, for messages that name a second place.
    fn describe(&self, pos: Pos) -> String {
        let (line, col) = crate::source::line_col_of(self.src, pos.offset);
        format!("{}:{}:{}", self.cx.file_name, line, col)
    }

    fn err<T>(&self, msg: impl Into<String>, pos: Pos) -> Result<T> {
        Err(Error::at(ErrorKind::Parse, msg, pos))
    }

    fn missing<T>(&self, n: &impl AstNode<Language = rnix::NixLanguage>) -> Result<T> {
        self.err("syntax error, unexpected end of file", self.pos(n))
    }

    // ---- variables ----

    /// Resolves a name as seen from `skip` frames outside the innermost one.
    fn resolve_from(&self, name: Symbol, skip: usize, pos: Pos) -> Result<Expr> {
        let visible = &self.scopes[..self.scopes.len() - skip];
        let mut withs = Vec::new();
        for (depth, scope) in visible.iter().rev().enumerate() {
            let depth = (depth + skip) as u32;
            match scope {
                Scope::Frame(names) => {
                    if let Some(&slot) = names.get(&name) {
                        return Ok(Expr::Local { depth, slot, pos });
                    }
                }
                Scope::With(at) => withs.push((depth, *at)),
            }
        }
        if let Some(&g) = self.cx.globals.get(&name) {
            return Ok(Expr::Global(g, pos));
        }
        if withs.is_empty() {
            // C++ Nix's `UndefinedVarError`, raised while it binds the file's variables.
            return Err(Error::at(
                ErrorKind::UndefinedVariable,
                format!("undefined variable '{}'", self.cx.symbols.text(name)),
                pos,
            ));
        }
        Ok(Expr::WithVar {
            name,
            withs: withs.into(),
            pos,
        })
    }

    fn resolve(&self, name: &str, pos: Pos) -> Result<Expr> {
        self.resolve_from(self.sym(name), 0, pos)
    }

    fn sym(&self, name: &str) -> Symbol {
        self.cx.symbols.sym(name)
    }

    /// The text of an identifier token's name as a symbol.
    fn ident_sym(&self, i: &ast::Ident) -> Symbol {
        with_text(i.syntax(), |t| self.sym(t))
    }

    /// Whether `name` here means the global of the same name (so an operator defined as a
    /// call of that builtin can be evaluated natively).
    fn is_global(&self, name: &str, pos: Pos) -> bool {
        matches!((self.resolve(name, pos), self.cx.globals.get(&self.sym(name))),
            (Ok(Expr::Global(a, _)), Some(&b)) if a == b)
    }

    /// A call of the builtin `name` on `args`, or the native operator when `name` is not
    /// shadowed (C++ Nix parses `a - b` as `__sub a b`).
    fn builtin_call(&self, name: &str, op: BinOp, lhs: Expr, rhs: Expr, pos: Pos) -> Result<Expr> {
        if self.is_global(name, pos) {
            return Ok(Expr::BinOp {
                op,
                lhs: Box::new(lhs),
                rhs: Box::new(rhs),
                pos,
            });
        }
        let f = self.resolve(name, pos)?;
        let inner = Expr::Apply {
            func: Box::new(f),
            arg: Rc::new(lhs),
            pos,
        };
        Ok(Expr::Apply {
            func: Box::new(inner),
            arg: Rc::new(rhs),
            pos,
        })
    }

    // ---- expressions ----

    fn lazy(&mut self, e: ast::Expr) -> Result<Rc<Expr>> {
        Ok(Rc::new(self.expr(e)?))
    }

    fn opt(
        &mut self,
        e: Option<ast::Expr>,
        parent: &impl AstNode<Language = rnix::NixLanguage>,
    ) -> Result<Expr> {
        match e {
            Some(e) => self.expr(e),
            None => self.missing(parent),
        }
    }

    fn expr(&mut self, e: ast::Expr) -> Result<Expr> {
        stacker::maybe_grow(64 * 1024, 4 * 1024 * 1024, || self.expr_inner(e))
    }

    /// Where a variable is. `f or` (the keyword right after a simple expression) is C++
    /// Nix's old call of a function named `or`: the variable it makes is placed, like the
    /// call, at the start of `f` (as its "undefined variable 'or'" error shows).
    fn ident_pos(&self, i: &ast::Ident, pos: Pos) -> Pos {
        let parent = i.syntax().parent();
        match parent {
            Some(p) if p.kind() == rnix::SyntaxKind::NODE_APPLY && i.syntax().text() == "or" => {
                Pos {
                    file: self.cx.file,
                    offset: u32::from(p.text_range().start()),
                }
            }
            _ => pos,
        }
    }

    fn expr_inner(&mut self, e: ast::Expr) -> Result<Expr> {
        let pos = self.pos(&e);
        match e {
            ast::Expr::Paren(p) => self.opt(p.expr(), &p),
            ast::Expr::Root(r) => self.opt(r.expr(), &r),
            ast::Expr::Literal(l) => self.literal(l),
            ast::Expr::Ident(i) => {
                let pos = self.ident_pos(&i, pos);
                with_text(i.syntax(), |name| self.resolve(name, pos))
            }
            ast::Expr::Str(s) => self.string(&s, pos),
            ast::Expr::PathAbs(_) | ast::Expr::PathRel(_) | ast::Expr::PathHome(_) => {
                let text = e.syntax().text().to_string();
                if let Some((level, msg)) = self.cx.lints.path(&text) {
                    self.lint(level, msg, pos)?;
                }
                match e {
                    ast::Expr::PathAbs(p) => self.path(p.parts(), pos),
                    ast::Expr::PathRel(p) => self.path(p.parts(), pos),
                    ast::Expr::PathHome(p) => self.path(p.parts(), pos),
                    _ => unreachable!("matched above"),
                }
            }
            ast::Expr::PathSearch(p) => self.search_path(&p, pos),
            ast::Expr::List(l) => {
                let items = l
                    .items()
                    .map(|i| self.lazy(i))
                    .collect::<Result<Vec<_>>>()?;
                if items.is_empty() {
                    // C++ Nix has one shared empty list: `[ ]` is a value, never a thunk.
                    return Ok(Expr::Const(Value::list([])));
                }
                Ok(Expr::List(items.into()))
            }
            ast::Expr::Lambda(l) => self.lambda(l, None),
            ast::Expr::Apply(a) => {
                // `f a b c` is a spine of applications as deep as it is long (C++ Nix
                // accepts any length): lowered without recursing along it.
                let mut spine = vec![a];
                while let Some(ast::Expr::Apply(inner)) = spine.last().and_then(|a| a.lambda()) {
                    spine.push(inner);
                }
                let innermost = spine.last().expect("one application at least");
                let mut func = self.opt(innermost.lambda(), innermost)?;
                for a in spine.iter().rev() {
                    let arg = Rc::new(self.opt(a.argument(), a)?);
                    func = Expr::Apply {
                        func: Box::new(func),
                        arg,
                        pos: self.pos(a),
                    };
                }
                Ok(func)
            }
            ast::Expr::IfElse(i) => Ok(Expr::If {
                cond: Box::new(self.opt(i.condition(), &i)?),
                then: Box::new(self.opt(i.body(), &i)?),
                else_: Box::new(self.opt(i.else_body(), &i)?),
                pos,
            }),
            ast::Expr::Assert(a) => {
                let base = self.cx.base_dir.to_string_lossy();
                let text: Rc<str> = a
                    .condition()
                    .map(|c| super::show::show(&c, &base, self.src))
                    .unwrap_or_default()
                    .into();
                Ok(Expr::Assert {
                    cond: Box::new(self.opt(a.condition(), &a)?),
                    body: Box::new(self.opt(a.body(), &a)?),
                    text,
                    pos,
                })
            }
            ast::Expr::With(w) => {
                let ns = Rc::new(self.opt(w.namespace(), &w)?);
                self.scopes.push(Scope::With(pos));
                let body = self.opt(w.body(), &w);
                self.scopes.pop();
                Ok(Expr::With {
                    ns,
                    body: Box::new(body?),
                })
            }
            ast::Expr::Select(s) => {
                let expr = Box::new(self.opt(s.expr(), &s)?);
                let path = self.attrpath(s.attrpath(), &s)?;
                let default = match s.default_expr() {
                    Some(d) => Some(Box::new(self.expr(d)?)),
                    None => None,
                };
                Ok(Expr::Select {
                    expr,
                    path,
                    default,
                    pos,
                })
            }
            ast::Expr::HasAttr(h) => {
                let expr = Box::new(self.opt(h.expr(), &h)?);
                let path = self.attrpath(h.attrpath(), &h)?;
                Ok(Expr::HasAttr { expr, path, pos })
            }
            ast::Expr::UnaryOp(u) => {
                let operand = self.opt(u.expr(), &u)?;
                match u.operator() {
                    Some(UnaryOpKind::Invert) => Ok(Expr::Not(Box::new(operand), pos)),
                    _ => self.builtin_call(
                        "__sub",
                        BinOp::Sub,
                        Expr::Const(Value::Int(0)),
                        operand,
                        pos,
                    ),
                }
            }
            ast::Expr::BinOp(b) => self.binop(b),
            ast::Expr::AttrSet(s) => {
                let p = self.pending(&s, s.rec_token().is_some(), pos)?;
                self.attrs(p)
            }
            ast::Expr::LetIn(l) => {
                let p = self.pending(&l, true, pos)?;
                // C++ Nix reports it at the `let`.
                if !p.dynamic.is_empty() {
                    return self.err("dynamic attributes not allowed in let", pos);
                }
                let body = l.body();
                self.let_in(p, body, &l)
            }
            ast::Expr::LegacyLet(l) => {
                let p = self.pending(&l, true, pos)?;
                let set = self.attrs(p)?;
                // C++ Nix's parser gives this selection of `body` no position.
                Ok(Expr::Select {
                    expr: Box::new(set),
                    path: Box::new([AttrKey::Static(Symbol::BODY)]),
                    default: None,
                    pos: Pos::NONE,
                })
            }
            ast::Expr::CurPos(_) => Ok(Expr::CurPos(pos)),
            ast::Expr::Error(_) => self.err("syntax error", pos),
        }
    }

    fn literal(&self, l: ast::Literal) -> Result<Expr> {
        let pos = self.pos(&l);
        Ok(Expr::Const(match l.kind() {
            ast::LiteralKind::Integer(i) => match i.value() {
                Ok(v) => Value::Int(v),
                Err(_) => return self.err(format!("invalid integer '{}'", i.syntax().text()), pos),
            },
            ast::LiteralKind::Float(f) => match f.value() {
                Ok(v) if float_in_range(v, f.syntax().text()) => Value::Float(v),
                _ => return self.err(format!("invalid float '{}'", f.syntax().text()), pos),
            },
            ast::LiteralKind::Uri(u) => {
                let text = u.syntax().text();
                if let Some((level, msg)) = self.cx.lints.url(text) {
                    self.lint(level, msg, pos)?;
                }
                Value::string(text)
            }
        }))
    }

    fn string(&mut self, s: &ast::Str, pos: Pos) -> Result<Expr> {
        self.reject_nul(s)?;
        let parts = strings::parts(s, self.src);
        // One literal part is a constant; several (an indented string with an escape is
        // split at it, as C++ Nix's lexer splits it) are a concatenation, which C++ Nix
        // evaluates lazily like any other expression (a set holding one prints `<CODE>`).
        if parts.len() <= 1 && parts.iter().all(|p| matches!(p, Part::Lit(_))) {
            let bytes: Vec<u8> = parts
                .into_iter()
                .flat_map(|p| match p {
                    Part::Lit(b) => b,
                    Part::Interp(_) => unreachable!("checked above"),
                })
                .collect();
            return Ok(Expr::Const(Value::String(crate::value::NixString::plain(
                bytes,
            ))));
        }
        let mut out = Vec::with_capacity(parts.len());
        for p in parts {
            out.push(match p {
                Part::Lit(b) => (
                    Expr::Const(Value::String(crate::value::NixString::plain(b))),
                    pos,
                ),
                Part::Interp(i) => {
                    let ipos = self.pos(&i);
                    (self.opt(i.expr(), &i)?, ipos)
                }
            });
        }
        Ok(Expr::Concat {
            parts: out.into(),
            force_string: true,
            pos,
        })
    }

    /// A path literal: made absolute against the file's directory (or `$HOME` for `~/`)
    /// and canonicalised; with interpolation, a concatenation whose first part is the
    /// absolute prefix (keeping its trailing slash, as C++ Nix does).
    fn path(&mut self, parts: Vec<InterpolPart<ast::PathContent>>, pos: Pos) -> Result<Expr> {
        let mut out: Vec<(Expr, Pos)> = Vec::new();
        for (i, p) in parts.into_iter().enumerate() {
            match p {
                InterpolPart::Literal(l) if i == 0 => {
                    let text = l.syntax().text();
                    let mut abs = self.absolute(text, pos)?;
                    if text.len() > 1 && text.ends_with('/') {
                        abs.push('/');
                    }
                    out.push((Expr::Const(Value::Path(abs.into())), pos));
                }
                InterpolPart::Literal(l) => {
                    out.push((Expr::Const(Value::string(l.syntax().text())), pos))
                }
                InterpolPart::Interpolation(ip) => {
                    let ipos = self.pos(&ip);
                    out.push((self.opt(ip.expr(), &ip)?, ipos));
                }
            }
        }
        if out.len() == 1 {
            return Ok(out.pop().expect("one part").0);
        }
        Ok(Expr::Concat {
            parts: out.into(),
            force_string: false,
            pos,
        })
    }

    /// Nix strings cannot hold NUL bytes: a literal with one is an error (current C++
    /// Nix's message; Nix 2.26 read the file only up to the NUL).
    fn reject_nul(&self, s: &ast::Str) -> Result<()> {
        let indented = s.syntax().first_token().is_some_and(|t| t.text() == "''");
        for (i, p) in s.parts().enumerate() {
            if let InterpolPart::Literal(l) = p {
                let range = l.syntax().text_range();
                let mut start = usize::from(range.start());
                let mut raw = &self.src[start..usize::from(range.end())];
                if indented && i == 0 {
                    // The lexer's opening `''` takes spaces up to the first newline, so
                    // the literal (and the error's position) starts on the next line.
                    let spaces = raw.iter().take_while(|&&b| b == b' ').count();
                    if raw.get(spaces) == Some(&b'\n') {
                        raw = &raw[spaces + 1..];
                        start += spaces + 1;
                    }
                }
                if raw.contains(&0) {
                    let shown = String::from_utf8_lossy(raw).replace('\0', "␀");
                    let pos = Pos {
                        file: self.cx.file,
                        offset: start as u32,
                    };
                    return self.err(
                        format!("input string '{shown}' cannot be represented as Nix string because it contains null bytes"),
                        pos,
                    );
                }
            }
        }
        Ok(())
    }

    /// Reports a lint: a warning kept for the caller, or an error.
    fn lint(&self, level: super::lints::LintLevel, msg: String, pos: Pos) -> Result<()> {
        if level == super::lints::LintLevel::Fatal {
            return self.err(msg, pos);
        }
        self.cx
            .warnings
            .borrow_mut()
            .push(Warning::Lint { msg, pos });
        Ok(())
    }

    fn absolute(&self, text: &str, pos: Pos) -> Result<String> {
        if let Some(rest) = text.strip_prefix('~') {
            let Some(home) = &self.cx.home else {
                return self.err(
                    "the path '~' can only be used in a context where HOME is set",
                    pos,
                );
            };
            return Ok(crate::path::canon_path(&format!("{home}{rest}")));
        }
        if text.starts_with('/') {
            return Ok(crate::path::canon_path(text));
        }
        let base = self.cx.base_dir.to_string_lossy();
        Ok(crate::path::canon_path(&format!("{base}/{text}")))
    }

    /// `<name>` is `__findFile __nixPath "name"`, with both names resolved in scope.
    fn search_path(&mut self, p: &ast::PathSearch, pos: Pos) -> Result<Expr> {
        let text = p.syntax().text().to_string();
        let name = text.trim_start_matches('<').trim_end_matches('>');
        let find = self.resolve("__findFile", pos)?;
        let nix_path = self.resolve("__nixPath", pos)?;
        let inner = Expr::Apply {
            func: Box::new(find),
            arg: Rc::new(nix_path),
            pos,
        };
        Ok(Expr::Apply {
            func: Box::new(inner),
            arg: Rc::new(Expr::Const(Value::string(name))),
            pos,
        })
    }

    /// A binary operation. A chain of them leaning left (`a && b && c`, `1 + 2 + 3`, as
    /// long as C++ Nix's parser takes) is lowered without recursing along its left side.
    fn binop(&mut self, b: ast::BinOp) -> Result<Expr> {
        let mut spine = vec![b];
        while let Some(ast::Expr::BinOp(inner)) = spine.last().and_then(|b| b.lhs()) {
            spine.push(inner);
        }
        let innermost = spine.last().expect("one operation at least");
        let mut lhs = self.opt(innermost.lhs(), innermost)?;
        for b in spine.into_iter().rev() {
            let rhs = self.opt(b.rhs(), &b)?;
            let pos = self.pos(&b);
            lhs = self.binop_of(&b, lhs, rhs, pos)?;
        }
        Ok(lhs)
    }

    /// `b`'s operation on its operands, already lowered.
    fn binop_of(&mut self, b: &ast::BinOp, lhs: Expr, rhs: Expr, pos: Pos) -> Result<Expr> {
        let op = b.operator();
        // C++ Nix places a binary operation at its operator.
        let pos = b
            .syntax()
            .children_with_tokens()
            .filter_map(|t| t.into_token())
            .find(|t| BinOpKind::from_kind(t.kind()).is_some())
            .map(|t| Pos {
                file: self.cx.file,
                offset: u32::from(t.text_range().start()),
            })
            .unwrap_or(pos);
        let lpos = b.lhs().map(|l| self.pos(&l)).unwrap_or(pos);
        let rpos = b.rhs().map(|r| self.pos(&r)).unwrap_or(pos);
        let native = |op, lhs, rhs| {
            Ok(Expr::BinOp {
                op,
                lhs: Box::new(lhs),
                rhs: Box::new(rhs),
                pos,
            })
        };
        match op {
            Some(BinOpKind::Add) => Ok(Expr::Concat {
                parts: Box::new([(lhs, lpos), (rhs, rpos)]),
                force_string: false,
                pos,
            }),
            Some(BinOpKind::Sub) => self.builtin_call("__sub", BinOp::Sub, lhs, rhs, pos),
            Some(BinOpKind::Mul) => self.builtin_call("__mul", BinOp::Mul, lhs, rhs, pos),
            Some(BinOpKind::Div) => self.builtin_call("__div", BinOp::Div, lhs, rhs, pos),
            Some(BinOpKind::Less) => self.builtin_call("__lessThan", BinOp::Less, lhs, rhs, pos),
            Some(BinOpKind::More) => self.builtin_call("__lessThan", BinOp::Less, rhs, lhs, pos),
            Some(BinOpKind::LessOrEq) => {
                let lt = self.builtin_call("__lessThan", BinOp::Less, rhs, lhs, pos)?;
                Ok(Expr::Not(Box::new(lt), pos))
            }
            Some(BinOpKind::MoreOrEq) => {
                let lt = self.builtin_call("__lessThan", BinOp::Less, lhs, rhs, pos)?;
                Ok(Expr::Not(Box::new(lt), pos))
            }
            Some(BinOpKind::Equal) => native(BinOp::Eq, lhs, rhs),
            Some(BinOpKind::NotEqual) => native(BinOp::NotEq, lhs, rhs),
            Some(BinOpKind::And) => native(BinOp::And, lhs, rhs),
            Some(BinOpKind::Or) => native(BinOp::Or, lhs, rhs),
            Some(BinOpKind::Implication) => native(BinOp::Impl, lhs, rhs),
            Some(BinOpKind::Update) => native(BinOp::Update, lhs, rhs),
            Some(BinOpKind::Concat) => native(BinOp::Concat, lhs, rhs),
            // `a |> f` and `f <| a` are calls of `f` (with the experimental feature).
            Some(BinOpKind::PipeRight) if self.cx.pipe_operators => Ok(Expr::Apply {
                func: Box::new(rhs),
                arg: Rc::new(lhs),
                pos,
            }),
            Some(BinOpKind::PipeLeft) if self.cx.pipe_operators => Ok(Expr::Apply {
                func: Box::new(lhs),
                arg: Rc::new(rhs),
                pos,
            }),
            Some(BinOpKind::PipeLeft | BinOpKind::PipeRight) => {
                self.err("experimental Nix feature 'pipe-operators' is disabled; add '--extra-experimental-features pipe-operators' to enable it", pos)
            }
            None => self.missing(b),
        }
    }

    // ---- functions ----

    fn lambda(&mut self, l: ast::Lambda, name: Option<Symbol>) -> Result<Expr> {
        let pos = self.pos(&l);
        let Some(param) = l.param() else {
            return self.missing(&l);
        };
        let (param, names) = match param {
            ast::Param::IdentParam(i) => {
                let n = i.ident().map_or(Symbol::EMPTY, |i| self.ident_sym(&i));
                (None, vec![n])
            }
            ast::Param::Pattern(p) => {
                let mut names: Vec<Symbol> = Vec::new();
                let mut defaults = Vec::new();
                for entry in p.pat_entries() {
                    let n = entry.ident().map_or(Symbol::EMPTY, |i| self.ident_sym(&i));
                    if names.contains(&n) {
                        return self.err(
                            format!(
                                "duplicate formal function argument '{}'",
                                self.cx.symbols.text(n)
                            ),
                            self.pos(&entry),
                        );
                    }
                    names.push(n);
                    defaults.push((entry.default(), self.pos(&entry)));
                }
                let at = p
                    .pat_bind()
                    .and_then(|b| b.ident())
                    .map(|i| self.ident_sym(&i));
                if let Some(a) = &at
                    && names.contains(a)
                {
                    return self.err(
                        format!(
                            "duplicate formal function argument '{}'",
                            self.cx.symbols.text(*a)
                        ),
                        pos,
                    );
                }
                // In symbol order, as C++ Nix fills a call's frame: a default that refers
                // to a formal filled later gets a thunk, one filled earlier shares it.
                let mut order: Vec<usize> = (0..names.len()).collect();
                order.sort_by_key(|&i| names[i]);
                let mut sorted_defaults = Vec::with_capacity(order.len());
                let mut taken: Vec<_> = defaults.into_iter().map(Some).collect();
                for &i in &order {
                    sorted_defaults.push(taken[i].take().expect("each once"));
                }
                let defaults = sorted_defaults;
                names = order.iter().map(|&i| names[i]).collect();
                let formal_count = names.len();
                if let Some(a) = &at {
                    names.push(*a);
                }
                (
                    Some((defaults, formal_count, p.ellipsis_token().is_some(), at)),
                    names,
                )
            }
        };
        self.scopes
            .push(Scope::Frame(names.iter().copied().zip(0..).collect()));
        let result = self.lambda_body(&l, param, name, &names);
        self.scopes.pop();
        let (param, body) = result?;
        Ok(Expr::Lambda(Rc::new(LambdaDef {
            name,
            param,
            body,
            pos,
        })))
    }

    #[allow(clippy::type_complexity)]
    fn lambda_body(
        &mut self,
        l: &ast::Lambda,
        param: Option<(Vec<(Option<ast::Expr>, Pos)>, usize, bool, Option<Symbol>)>,
        name: Option<Symbol>,
        names: &[Symbol],
    ) -> Result<(Param, Expr)> {
        let param = match param {
            None => Param::Ident(names[0]),
            Some((defaults, n, ellipsis, at)) => {
                let mut formals = Vec::with_capacity(n);
                for (name, (d, pos)) in names[..n].iter().zip(defaults) {
                    let default = match d {
                        Some(d) => Some(self.lazy(d)?),
                        None => None,
                    };
                    formals.push(Formal {
                        name: *name,
                        default,
                        pos,
                    });
                }
                Param::Formals {
                    formals: formals.into(),
                    ellipsis,
                    at,
                }
            }
        };
        // A named function's curried parts are named after it too (C++ Nix's `setName`
        // passes the name on to a body that is itself a function): `f = a: b: …` is 'f'
        // in the messages and traces of both calls.
        let body = match l.body().map(strip_parens) {
            Some(ast::Expr::Lambda(inner)) if name.is_some() => self.lambda(inner, name)?,
            _ => self.opt(l.body(), l)?,
        };
        Ok((param, body))
    }

    // ---- attribute names and paths ----

    /// A static name if the attribute is an identifier or a string without interpolation
    /// (also inside `${...}`, as C++ Nix treats `${"a"}`), else `None`.
    fn static_name(&self, a: &ast::Attr) -> Option<Symbol> {
        match a {
            ast::Attr::Ident(i) => Some(self.ident_sym(i)),
            ast::Attr::Str(s) => strings::literal(s, self.src).map(|n| self.cx.symbols.intern(&n)),
            ast::Attr::Dynamic(d) => match d.expr().map(strip_parens) {
                Some(ast::Expr::Str(s)) => {
                    strings::literal(&s, self.src).map(|n| self.cx.symbols.intern(&n))
                }
                _ => None,
            },
        }
    }

    fn attr_key(&mut self, a: ast::Attr) -> Result<AttrKey> {
        if let Some(n) = self.static_name(&a) {
            return Ok(AttrKey::Static(n));
        }
        let pos = self.pos(&a);
        Ok(AttrKey::Dynamic(match a {
            ast::Attr::Str(s) => self.string(&s, pos)?,
            ast::Attr::Dynamic(d) => self.opt(d.expr(), &d)?,
            ast::Attr::Ident(_) => unreachable!("identifiers are static"),
        }))
    }

    fn attrpath(
        &mut self,
        p: Option<ast::Attrpath>,
        parent: &impl AstNode<Language = rnix::NixLanguage>,
    ) -> Result<Box<[AttrKey]>> {
        let Some(p) = p else {
            return self.missing(parent);
        };
        p.attrs()
            .map(|a| self.attr_key(a))
            .collect::<Result<Vec<_>>>()
            .map(Into::into)
    }

    // ---- binding groups ----

    fn pending(&mut self, node: &impl HasEntry, recursive: bool, pos: Pos) -> Result<Pending> {
        let mut p = Pending {
            recursive,
            entries: Vec::new(),
            index: HashMap::default(),
            dynamic: Vec::new(),
            inherit_from: Vec::new(),
            pos,
        };
        for entry in node.entries() {
            match entry {
                ast::Entry::Inherit(inh) => self.add_inherit(&mut p, inh)?,
                ast::Entry::AttrpathValue(av) => {
                    let epos = self.pos(&av);
                    let Some(path) = av.attrpath() else {
                        return self.missing(&av);
                    };
                    let Some(value) = av.value() else {
                        return self.missing(&av);
                    };
                    let path: Vec<ast::Attr> = path.attrs().collect();
                    self.add_attr(&mut p, &path, value, epos)?;
                }
            }
        }
        Ok(p)
    }

    fn add_inherit(&mut self, p: &mut Pending, inh: ast::Inherit) -> Result<()> {
        let from = match inh.from() {
            Some(f) => {
                let Some(e) = f.expr() else {
                    return self.missing(&f);
                };
                p.inherit_from.push(e);
                Some(p.inherit_from.len() - 1)
            }
            None => None,
        };
        for a in inh.attrs() {
            let apos = self.pos(&a);
            let Some(name) = self.static_name(&a) else {
                return self.err("dynamic attributes not allowed in inherit", apos);
            };
            self.insert(p, name, PendingValue::Inherit(from), apos, &[])?;
        }
        Ok(())
    }

    /// Adds a name to a pending set; `prefix` is the attribute path leading to the set,
    /// for the duplicate-attribute message (`attribute 'x.z' already defined`).
    fn insert(
        &self,
        p: &mut Pending,
        name: Symbol,
        v: PendingValue,
        pos: Pos,
        prefix: &[Symbol],
    ) -> Result<()> {
        if let Some(&i) = p.index.get(&name) {
            let mut path = prefix.to_vec();
            path.push(name);
            return self.dup_attr(&path, pos, p.entries[i].2);
        }
        p.index.insert(name, p.entries.len());
        p.entries.push((name, v, pos));
        Ok(())
    }

    fn dup_attr<T>(&self, path: &[Symbol], pos: Pos, prev: Pos) -> Result<T> {
        let shown: Vec<String> = path.iter().map(|s| self.cx.symbols.quoted(*s)).collect();
        Err(Error::at(
            ErrorKind::Parse,
            format!(
                "attribute '{}' already defined at {}",
                shown.join("."),
                self.describe(prev)
            ),
            pos,
        ))
    }

    /// Adds `a.b.c = value;` (C++ Nix's `addAttr`): intermediate names must be (or become)
    /// nested sets; a final name that exists may only be merged when both sides are set
    /// literals.
    fn add_attr(
        &mut self,
        p: &mut Pending,
        path: &[ast::Attr],
        value: ast::Expr,
        pos: Pos,
    ) -> Result<()> {
        let (last, init) = path.split_last().expect("attribute paths are not empty");
        let mut shown = Vec::new();
        let mut cur = p;
        for a in init {
            match self.static_name(a) {
                Some(name) => {
                    shown.push(name);
                    let i = match cur.index.get(&name) {
                        Some(&i) => i,
                        None => {
                            let nested = self.empty_pending(pos);
                            self.insert(cur, name, PendingValue::Set(Box::new(nested)), pos, &[])?;
                            cur.entries.len() - 1
                        }
                    };
                    let prev = cur.entries[i].2;
                    match &mut cur.entries[i].1 {
                        PendingValue::Set(s) => cur = s,
                        _ => return self.dup_attr(&shown, pos, prev),
                    }
                }
                None => {
                    let nested = self.empty_pending(pos);
                    cur.dynamic
                        .push((a.clone(), PendingValue::Set(Box::new(nested)), pos));
                    match &mut cur.dynamic.last_mut().expect("just pushed").1 {
                        PendingValue::Set(s) => cur = s,
                        _ => unreachable!("just pushed a set"),
                    }
                }
            }
        }
        let value = self.pending_value(value)?;
        let Some(name) = self.static_name(last) else {
            cur.dynamic.push((last.clone(), value, pos));
            return Ok(());
        };
        shown.push(name);
        let Some(&i) = cur.index.get(&name) else {
            return self.insert(cur, name, value, pos, &[]);
        };
        let prev = cur.entries[i].2;
        match (&mut cur.entries[i].1, value) {
            (PendingValue::Set(existing), PendingValue::Set(new)) => {
                self.merge(existing, *new, &shown)
            }
            _ => self.dup_attr(&shown, pos, prev),
        }
    }

    fn empty_pending(&self, pos: Pos) -> Pending {
        Pending {
            recursive: false,
            entries: Vec::new(),
            index: HashMap::default(),
            dynamic: Vec::new(),
            inherit_from: Vec::new(),
            pos,
        }
    }

    /// A binding's value: set literals stay open for merging.
    fn pending_value(&mut self, value: ast::Expr) -> Result<PendingValue> {
        match strip_parens(value.clone()) {
            ast::Expr::AttrSet(s) => {
                let pos = self.pos(&s);
                let p = self.pending(&s, s.rec_token().is_some(), pos)?;
                Ok(PendingValue::Set(Box::new(p)))
            }
            _ => Ok(PendingValue::Expr(value)),
        }
    }

    /// `a = { x = 1; }; a = { y = 2; };` merges the second literal into the first, and
    /// so on down while both sides are sets (`a.b.c = 1; a = { b.d = 2; };`).
    fn merge(&self, into: &mut Pending, new: Pending, prefix: &[Symbol]) -> Result<()> {
        let offset = into.inherit_from.len();
        for (name, v, pos) in new.entries {
            let v = match v {
                PendingValue::Inherit(Some(i)) => PendingValue::Inherit(Some(i + offset)),
                v => v,
            };
            if let (Some(&i), PendingValue::Set(_)) = (into.index.get(&name), &v)
                && let PendingValue::Set(existing) = &mut into.entries[i].1
                && let PendingValue::Set(new_set) = v
            {
                let mut path = prefix.to_vec();
                path.push(name);
                self.merge(existing, *new_set, &path)?;
                continue;
            }
            self.insert(into, name, v, pos, prefix)?;
        }
        into.dynamic.extend(new.dynamic);
        into.inherit_from.extend(new.inherit_from);
        Ok(())
    }

    fn attrs(&mut self, p: Pending) -> Result<Expr> {
        let kind = if p.recursive {
            Binding::Rec
        } else {
            Binding::Plain
        };
        let pos = p.pos;
        let (frame, attrs, dynamic) = self.bindings(p, kind)?;
        Ok(Expr::Attrs(Rc::new(AttrsDef {
            frame,
            attrs: attrs.into(),
            dynamic: dynamic.into(),
            recursive: kind == Binding::Rec,
            pos,
        })))
    }

    fn let_in(
        &mut self,
        mut p: Pending,
        body: Option<ast::Expr>,
        node: &ast::LetIn,
    ) -> Result<Expr> {
        p.in_symbol_order();
        let names: HashMap<Symbol, u32> = p.entries.iter().map(|e| e.0).zip(0..).collect();
        let (frame, _, _) = self.bindings(p, Binding::Let)?;
        self.scopes.push(Scope::Frame(names));
        let body = self.opt(body, node);
        self.scopes.pop();
        Ok(Expr::Let(Rc::new(LetDef {
            frame: frame.unwrap_or_default(),
            body: body?,
        })))
    }

    /// Lowers a binding group. `rec` sets and `let` get a frame of their names (followed
    /// by the `inherit (e)` sources); plain sets get a nameless frame only when they have
    /// `inherit (e)` sources.
    #[allow(clippy::type_complexity)]
    fn bindings(
        &mut self,
        mut p: Pending,
        kind: Binding,
    ) -> Result<(
        Option<Frame>,
        Vec<(Symbol, Rc<Expr>, Pos)>,
        Vec<(Expr, Rc<Expr>, Pos)>,
    )> {
        p.in_symbol_order();
        let named = kind != Binding::Plain;
        let framed = named || !p.inherit_from.is_empty();
        let from_base = if named { p.entries.len() } else { 0 } as u32;
        if framed {
            let names = if named {
                p.entries.iter().map(|e| e.0).zip(0..).collect()
            } else {
                HashMap::default()
            };
            self.scopes.push(Scope::Frame(names));
        }
        let result = self.bindings_in_frame(p, named, framed, from_base);
        if framed {
            self.scopes.pop();
        }
        let (slots, attrs, dynamic) = result?;
        Ok((framed.then(|| slots.into()), attrs, dynamic))
    }

    #[allow(clippy::type_complexity)]
    fn bindings_in_frame(
        &mut self,
        p: Pending,
        named: bool,
        framed: bool,
        from_base: u32,
    ) -> Result<(
        Vec<Rc<Expr>>,
        Vec<(Symbol, Rc<Expr>, Pos)>,
        Vec<(Expr, Rc<Expr>, Pos)>,
    )> {
        let mut slots = Vec::new();
        let mut attrs = Vec::new();
        for (i, (name, v, pos)) in p.entries.into_iter().enumerate() {
            let e = self.binding_value(v, name, framed, from_base, pos)?;
            if named {
                slots.push(e);
                attrs.push((
                    name,
                    Rc::new(Expr::Local {
                        depth: 0,
                        slot: i as u32,
                        pos,
                    }),
                    pos,
                ));
            } else {
                attrs.push((name, e, pos));
            }
        }
        for from in p.inherit_from {
            slots.push(self.lazy(from)?);
        }
        let mut dynamic = Vec::new();
        for (key, v, pos) in p.dynamic {
            let key = match self.attr_key(key)? {
                AttrKey::Dynamic(e) => e,
                AttrKey::Static(s) => Expr::Const(Value::String(crate::value::NixString::plain(
                    self.cx.symbols.name(s),
                ))),
            };
            let value = self.binding_value(v, Symbol::EMPTY, framed, from_base, pos)?;
            dynamic.push((key, value, pos));
        }
        Ok((slots, attrs, dynamic))
    }

    fn binding_value(
        &mut self,
        v: PendingValue,
        name: Symbol,
        framed: bool,
        from_base: u32,
        pos: Pos,
    ) -> Result<Rc<Expr>> {
        Ok(Rc::new(match v {
            PendingValue::Expr(e) => match strip_parens(e.clone()) {
                ast::Expr::Lambda(l) => self.lambda(l, Some(name))?,
                _ => self.expr(e)?,
            },
            // Nested attribute paths (`a.a.a… = 1`) nest sets without an expression
            // between them, so this recursion grows the stack as `expr` does.
            PendingValue::Set(s) => {
                stacker::maybe_grow(64 * 1024, 4 * 1024 * 1024, || self.attrs(*s))?
            }
            PendingValue::Inherit(None) => self.resolve_from(name, framed as usize, pos)?,
            PendingValue::Inherit(Some(i)) => Expr::Select {
                expr: Box::new(Expr::Local {
                    depth: 0,
                    slot: from_base + i as u32,
                    pos,
                }),
                path: Box::new([AttrKey::Static(name)]),
                default: None,
                pos,
            },
        }))
    }
}

/// C++ Nix reads float literals with `strtod` and rejects what it reports as out of range:
/// overflow to infinity, and underflow to a subnormal number or to zero.
fn float_in_range(v: f64, text: &str) -> bool {
    if v.is_infinite() || (v != 0.0 && v.abs() < f64::MIN_POSITIVE) {
        return false;
    }
    let mantissa = text.split(['e', 'E']).next().unwrap_or("");
    v != 0.0 || !mantissa.bytes().any(|b| matches!(b, b'1'..=b'9'))
}
