//! nixref's own expression tree: what rnix's syntax tree is lowered into, once per file.
//!
//! Every variable is already resolved ([`Expr::Local`], [`Expr::Global`] or, under `with`,
//! [`Expr::WithVar`]), attribute paths are merged into nested sets, `inherit` is desugared,
//! and the operators C++ Nix implements as calls of builtins (`-`, `*`, `/`, `<` and
//! friends, unary minus, `<path>`) are calls unless the builtin's name resolves to the
//! builtin itself, in which case they are [`Expr::BinOp`]s. Subexpressions that are
//! evaluated lazily (attribute values, list items, arguments, bindings) sit behind an `Rc`
//! so that a thunk can hold them without copying.

use crate::source::Pos;
use crate::value::{Symbol, SymbolTable, Value};
use std::rc::Rc;

pub enum Expr {
    /// A literal: integer, float, string or path without interpolation.
    Const(Value),
    /// A variable bound by `let`, `rec`, a lambda or a scope: `depth` frames up, slot `slot`.
    Local { depth: u32, slot: u32, pos: Pos },
    /// A global name (`true`, `map`, `builtins`, `__add`, ...): index into the globals,
    /// and where it is used.
    Global(u32, Pos),
    /// A variable only a `with` can provide: the `with` frames at these depths are searched,
    /// innermost first (each with the `with`'s position, where a namespace that is not a
    /// set is reported).
    WithVar {
        name: Symbol,
        withs: Box<[(u32, Pos)]>,
        pos: Pos,
    },
    /// `"a${b}c"` (`force_string`) or `./a/${b}` (a path when the first part is one), and
    /// `a + b`, which C++ Nix evaluates with the same code.
    Concat {
        parts: Box<[(Expr, Pos)]>,
        force_string: bool,
        pos: Pos,
    },
    /// An attribute set literal, `rec` or not.
    Attrs(Rc<AttrsDef>),
    /// `let ... in body`.
    Let(Rc<LetDef>),
    /// `[ a b c ]`.
    List(Box<[Rc<Expr>]>),
    /// A function literal.
    Lambda(Rc<LambdaDef>),
    /// `f x`.
    Apply {
        func: Box<Expr>,
        arg: Rc<Expr>,
        pos: Pos,
    },
    /// `e.a.b` and `e.a.b or default`.
    Select {
        expr: Box<Expr>,
        path: Box<[AttrKey]>,
        default: Option<Box<Expr>>,
        pos: Pos,
    },
    /// `e ? a.b`.
    HasAttr {
        expr: Box<Expr>,
        path: Box<[AttrKey]>,
        pos: Pos,
    },
    If {
        cond: Box<Expr>,
        then: Box<Expr>,
        else_: Box<Expr>,
        pos: Pos,
    },
    /// `assert cond; body`; `text` is the condition's source, for the error message.
    Assert {
        cond: Box<Expr>,
        body: Box<Expr>,
        text: Rc<str>,
        pos: Pos,
    },
    /// `with ns; body`: `ns` is only evaluated when a variable is looked up through it.
    With { ns: Rc<Expr>, body: Box<Expr> },
    BinOp {
        op: BinOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
        pos: Pos,
    },
    /// `!e`, and where the `!` is (its errors are framed at the operand's
    /// [`reported_pos`](Expr::reported_pos), as in C++ Nix).
    Not(Box<Expr>, Pos),
    /// `__curPos`.
    CurPos(Pos),
}

impl Expr {
    /// The position C++ Nix's parser gives this expression (its `getPos`): a variable's,
    /// an operator's, a call's ...; none for a literal or a list. `!e` is placed where its
    /// operand is, which is where C++ Nix frames an error of it.
    pub fn reported_pos(&self) -> Pos {
        match self {
            Expr::Local { pos, .. }
            | Expr::WithVar { pos, .. }
            | Expr::Concat { pos, .. }
            | Expr::Apply { pos, .. }
            | Expr::Select { pos, .. }
            | Expr::HasAttr { pos, .. }
            | Expr::If { pos, .. }
            | Expr::Assert { pos, .. }
            | Expr::BinOp { pos, .. }
            | Expr::CurPos(pos) => *pos,
            Expr::Not(e, _) => e.reported_pos(),
            Expr::Lambda(def) => def.pos,
            Expr::Global(_, pos) => *pos,
            Expr::Attrs(def) => def.pos,
            Expr::Const(_) | Expr::Let(_) | Expr::List(_) | Expr::With { .. } => Pos::NONE,
        }
    }
}

/// Operators evaluated natively. `Sub`, `Mul`, `Div`, `Less` and the other comparisons
/// only appear when `__sub` (etc.) resolve to the builtins; otherwise they are calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Sub,
    Mul,
    Div,
    Eq,
    NotEq,
    /// `a < b`; `a > b` is `b < a`, `a <= b` is `!(b < a)`, `a >= b` is `!(a < b)`.
    Less,
    And,
    Or,
    Impl,
    Update,
    Concat,
}

/// One step of an attribute path.
pub enum AttrKey {
    Static(Symbol),
    Dynamic(Expr),
}

/// A binding group's frame: one slot per binding, each initialised lazily in the new
/// environment (which is why bindings can refer to each other).
pub type Frame = Box<[Rc<Expr>]>;

/// An attribute set literal.
pub struct AttrsDef {
    /// The frame pushed while the set is built: `rec` sets bind their attributes there
    /// (followed by the sources of `inherit (e)`); plain sets push one only for the sources
    /// of `inherit (e)`, which are shared by all the names they provide.
    pub frame: Option<Frame>,
    /// Statically named attributes, with the position of their definition.
    pub attrs: Box<[(Symbol, Rc<Expr>, Pos)]>,
    /// `${e} = v;`: names evaluated when the set is built; `null` drops the attribute.
    pub dynamic: Box<[(Expr, Rc<Expr>, Pos)]>,
    pub recursive: bool,
    pub pos: Pos,
}

/// `let bindings in body`.
pub struct LetDef {
    pub frame: Frame,
    pub body: Expr,
}

/// A function literal.
pub struct LambdaDef {
    /// The name it was bound to (`f = x: ...`), used in error messages.
    pub name: Option<Symbol>,
    pub param: Param,
    pub body: Expr,
    pub pos: Pos,
}

pub enum Param {
    /// `x: body`: the argument goes in slot 0.
    Ident(Symbol),
    /// `{ a, b ? d, ... } @ args: body`: formals in slots `0..n` (in symbol order, the order C++ Nix fills them in),
    /// the `@` name, if any, in slot `n`.
    Formals {
        formals: Box<[Formal]>,
        ellipsis: bool,
        at: Option<Symbol>,
    },
}

pub struct Formal {
    pub name: Symbol,
    /// Evaluated in the function's own frame, so defaults may refer to other formals.
    pub default: Option<Rc<Expr>>,
    /// Where the formal is written.
    pub pos: Pos,
}

impl LambdaDef {
    /// The number of slots the function's frame needs.
    pub fn frame_size(&self) -> usize {
        match &self.param {
            Param::Ident(_) => 1,
            Param::Formals { formals, at, .. } => formals.len() + at.is_some() as usize,
        }
    }

    /// The name C++ Nix shows in messages: the binding's name or `anonymous lambda`.
    pub fn display_name(&self, symbols: &SymbolTable) -> String {
        match self.name {
            Some(n) => symbols.text(n).into_owned(),
            None => "anonymous lambda".to_string(),
        }
    }
}

/// Freeing a deep tree (a chain of a hundred thousand applications or `&&`s, which C++
/// Nix parses and evaluates) recurses once per level: when little native stack is left,
/// the rest of the tree is freed on a fresh stack segment, as values are.
impl Drop for Expr {
    fn drop(&mut self) {
        if crate::value::stack_low() {
            let rest = std::mem::replace(self, Expr::CurPos(Pos::NONE));
            crate::value::drop_on_new_stack(rest);
        }
    }
}
