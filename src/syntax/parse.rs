//! Parsing with rnix at any depth, in linear time, with C++ Nix's nesting limit.
//!
//! rnix 0.15.1 cannot take deep input as it is:
//! - its parser gives up beyond 512 nested `parse_expr` calls ("expression is nested too
//!   deeply": parentheses, sets, `let`, lambdas, `if`, `with`, `assert`, `${}` ...);
//! - lists, `!`, unary `-` and right-associative operators recurse natively without
//!   that limit, so deep enough input overflows the stack;
//! - its tree builder (rowan's `NodeCache`) hashes each node with at most three children
//!   into a table, and rehashing that table on growth hashes every cached node again by
//!   walking its whole subtree: a deep chain of small nodes (`[[[1]]]`, `!!!true`,
//!   `f 1 1 1`, `1+1+1`) costs time quadratic in its depth, and its recursion is as deep.
//!
//! C++ Nix 2.26's bison parser keeps its state stack within `YYMAXDEPTH` (10000 states);
//! a program nested more deeply is its error "memory exhausted", at the token that filled
//! the stack. Nix since 2.32 (the `lalr1.cc` skeleton) has no such limit.
//!
//! So parsing is two passes. The first, [`Shape`], is a recognizer of C++ Nix's grammar
//! over rnix's (linear) tokens that counts bison's stack as it goes and stops with C++'s
//! error where the stack would overflow. It also picks sub-expressions to cut out: a
//! sub-expression that has grown deep (in nesting or in a left-leaning chain such as a long
//! application) is cut, and counts as shallow from then on. The second pass parses every
//! cut piece with rnix on its own, with the pieces cut from it written as `(_)`, and puts
//! the trees together again ("grafting" each piece where its `(_)` stands), so that the
//! tree covers the source exactly as rnix's own tree of the whole file would. Each piece
//! is shallow, so rnix's limit, its recursion and its quadratic cost stay small. The
//! recognizer stops modelling at the first token where C++ Nix's grammar fails (or where
//! rnix would read the text differently from C++ Nix); from there rnix parses the rest of
//! the file as it is (bounded, see [`AFTER_ERROR`]), and its error is the one reported.

use rnix::SyntaxKind::{self, *};
use rowan::{GreenNode, GreenNodeData, GreenToken, NodeOrToken};

/// bison's `YYMAXDEPTH`: the most states C++ Nix 2.26's parser stack holds.
const MAX_STATES: u32 = 10_000;

/// A sub-expression this deep (roughly: levels of rnix's tree) is parsed as a piece of its
/// own. Well below rnix's limit of 512, so that a piece never reaches it.
pub(super) const CUT_WEIGHT: u32 = 64;

/// How many tokens after C++ Nix's first syntax error rnix still gets: its error is at
/// that token (or soon after), and what follows could be arbitrarily deep garbage.
const AFTER_ERROR: usize = 10_000;

/// A significant token: its kind and byte range.
#[derive(Clone, Copy, Debug)]
struct Tok {
    kind: SyntaxKind,
    start: u32,
    end: u32,
    /// A string start that is `''` (an indented string).
    indented: bool,
}

/// The source's tree and rnix's errors in it.
pub(super) struct Parsed {
    green: Option<GreenNode>,
    /// Whether the tree may be deep (then it is freed without recursion).
    deep: bool,
    /// rnix's first error in each piece it parsed, as C++ Nix's message and byte offset.
    pub errors: Vec<(String, u32)>,
    /// Whether the tree covers the text exactly (it may not where rnix found errors).
    pub exact: bool,
    /// Where the first `|>` or `<|` is, and the first `/*` that is never closed: C++
    /// Nix's lexer fails at them.
    pub first_pipe: Option<u32>,
    pub first_open_comment: Option<u32>,
    /// Whether the text may hold a call `f or` (an `or` token was seen, or the recognizer
    /// stopped early): only then is the tree searched for them (`cursed_or`).
    pub may_have_or_call: bool,
    /// Whether the recognizer did not read the whole text: it stopped (C++ Nix's grammar
    /// fails, or rnix reads on differently), or it did not run (a small file). Otherwise
    /// every function stands where C++ Nix's grammar allows one, so the tree need not be
    /// searched for misplaced ones.
    pub bailed: bool,
    /// How many pieces rnix parsed.
    #[cfg(test)]
    pub pieces: usize,
}

impl Parsed {
    pub fn syntax(&self) -> rnix::SyntaxNode {
        rnix::SyntaxNode::new_root(self.green.clone().expect("the tree is freed on drop"))
    }
}

/// A deep tree is freed node by node, not by recursion (a chain of a million
/// applications is a chain of a million nodes).
impl Drop for Parsed {
    fn drop(&mut self) {
        let Some(root) = self.green.take() else {
            return;
        };
        if !self.deep {
            return;
        }
        let mut stack = vec![root];
        while let Some(n) = stack.pop() {
            for c in n.children() {
                if let NodeOrToken::Node(c) = c
                    && c.children().any(|g| g.as_node().is_some())
                {
                    stack.push(c.to_owned());
                }
            }
        }
    }
}

/// Parses `text` (what rnix reads: see `lower::rnix_text`). `Err` is C++ Nix's "memory
/// exhausted" and its byte offset.
pub(super) fn parse(text: &str) -> Result<Parsed, (String, u32)> {
    if let Some(p) = parse_small(text) {
        return Ok(p);
    }
    parse_with(text, CUT_WEIGHT)
}

/// A file this small cannot fill bison's stack: each byte pushes at most a few symbols
/// (a token is at least a byte; `[` and `"` are followed by at most one empty rule).
const SMALL: usize = 3300;

/// A small file that rnix parses without an error, in one piece, without the
/// recognizer: its tree is rnix's own either way, the stack cannot overflow, and rnix's
/// nesting limit would have been an error. What the recognizer would have found out is
/// taken as unknown (`bailed`, `may_have_or_call`), or read from the text (pipes and
/// comments: such a file takes the long way). `None`: take the long way.
fn parse_small(text: &str) -> Option<Parsed> {
    let open_comment = text
        .rfind("/*")
        .is_some_and(|i| !text[i + 2..].contains("*/"));
    if text.len() > SMALL || open_comment || text.contains("|>") || text.contains("<|") {
        return None;
    }
    let parse = stacker::maybe_grow(4 * 1024 * 1024, 256 * 1024 * 1024, || {
        rnix::Root::parse(text)
    });
    if !parse.errors().is_empty() {
        return None;
    }
    Some(Parsed {
        green: Some(parse.syntax().green().to_owned()),
        deep: false,
        errors: Vec::new(),
        exact: true,
        first_pipe: None,
        first_open_comment: None,
        may_have_or_call: has_or_word(text),
        bailed: true,
        #[cfg(test)]
        pieces: 1,
    })
}

/// Whether `or` stands in `text` as a word (perhaps in a string or a comment: that only
/// makes the search for `f or` calls run for nothing).
fn has_or_word(text: &str) -> bool {
    let b = text.as_bytes();
    let ident = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'\'' | b'-');
    text.match_indices("or")
        .any(|(i, _)| (i == 0 || !ident(b[i - 1])) && b.get(i + 2).is_none_or(|&c| !ident(c)))
}

/// [`parse`] with the weight at which sub-expressions are cut (tests cut at every
/// level to check that the grafted tree is rnix's own).
pub(super) fn parse_with(text: &str, cut_weight: u32) -> Result<Parsed, (String, u32)> {
    let mut shape = Shape {
        toks: lexer(text),
        depth: 0,
        cuts: Vec::new(),
        cut_weight,
    };
    let mut bailed = false;
    let end = match shape.root() {
        Ok(()) => text.len() as u32,
        Err(Stop::Exhausted(at)) => return Err(("memory exhausted".to_string(), at)),
        // rnix gets the rest of the file up to a bound (see AFTER_ERROR).
        Err(Stop::Bail) => {
            bailed = true;
            shape.toks.skip(AFTER_ERROR).unwrap_or(text.len() as u32)
        }
    };
    let may_have_or_call = bailed || shape.toks.saw_or;
    let (first_pipe, first_open_comment) = (shape.toks.first_pipe, shape.toks.first_open_comment);
    let cuts = std::mem::take(&mut shape.cuts);
    // Nothing of the first pass stays while rnix builds its tree (the allocator can then
    // grow rnix's buffers in place: a million-element list needs big ones).
    drop(shape);
    let mut parsed = assemble(text, &cuts, end);
    parsed.first_pipe = first_pipe;
    parsed.first_open_comment = first_open_comment;
    parsed.may_have_or_call = may_have_or_call;
    parsed.bailed = bailed;
    Ok(parsed)
}

/// rnix's tokens, without whitespace and comments, read as the recognizer goes.
struct Lexer<'a, I> {
    tokens: I,
    _text: std::marker::PhantomData<&'a str>,
    /// Where the next token from `tokens` starts.
    at: u32,
    /// Tokens read ahead.
    ahead: std::collections::VecDeque<Tok>,
    /// The last token taken.
    last: Option<Tok>,
    first_pipe: Option<u32>,
    first_open_comment: Option<u32>,
    /// Whether an `or` token was read.
    saw_or: bool,
}

/// A [`Lexer`] of `text`.
fn lexer(text: &str) -> Lexer<'_, impl Iterator<Item = rnix::Token<'_>>> {
    {
        Lexer {
            tokens: rnix::tokenize(text),
            _text: std::marker::PhantomData,
            at: 0,
            ahead: std::collections::VecDeque::new(),
            last: None,
            first_pipe: None,
            first_open_comment: None,
            saw_or: false,
        }
    }
}

impl<'a, I: Iterator<Item = rnix::Token<'a>>> Lexer<'a, I> {
    /// Reads the next significant token into `ahead`; false at the end.
    fn read(&mut self) -> bool {
        for (kind, s) in self.tokens.by_ref() {
            let start = self.at;
            self.at += s.len() as u32;
            if matches!(kind, TOKEN_PIPE_LEFT | TOKEN_PIPE_RIGHT) && self.first_pipe.is_none() {
                self.first_pipe = Some(start);
            }
            if matches!(kind, TOKEN_COMMENT | TOKEN_ERROR)
                && s.starts_with("/*")
                && (s.len() < 4 || !s.ends_with("*/"))
                && self.first_open_comment.is_none()
            {
                self.first_open_comment = Some(start);
            }
            if kind.is_trivia() {
                continue;
            }
            self.saw_or |= kind == TOKEN_OR;
            self.ahead.push_back(Tok {
                kind,
                start,
                end: self.at,
                indented: kind == TOKEN_STRING_START && s.starts_with("''"),
            });
            return true;
        }
        false
    }

    /// The `n`th token from here.
    fn get(&mut self, n: usize) -> Option<Tok> {
        while self.ahead.len() <= n {
            if !self.read() {
                return None;
            }
        }
        Some(self.ahead[n])
    }

    fn take(&mut self) -> Option<Tok> {
        self.get(0)?;
        self.last = self.ahead.pop_front();
        self.last
    }

    /// Skips `n` tokens; where the one after them starts (`None`: the end comes first).
    fn skip(&mut self, n: usize) -> Option<u32> {
        for _ in 0..n {
            self.take()?;
        }
        self.get(0).map(|t| t.start)
    }
}

/// Why the recognizer stopped.
enum Stop {
    /// C++ Nix's parser stack is full at this byte offset.
    Exhausted(u32),
    /// C++ Nix's grammar fails here, or rnix would read on differently: modelling stops.
    Bail,
}

type R<T> = Result<T, Stop>;

/// A sub-expression the recognizer has read: its byte range and its weight (about the
/// depth of rnix's tree for it, counting a piece cut out of it as 1).
#[derive(Clone, Copy, Debug)]
struct Sub {
    start: u32,
    end: u32,
    w: u32,
}

/// Binary operators: precedence (C++ Nix's `%left`/`%right`/`%nonassoc` lines, loosest
/// first) and associativity.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Assoc {
    Left,
    Right,
    None,
}

const PREC_NOT: u8 = 7;
const PREC_ADD: u8 = 8;
const PREC_HAS_ATTR: u8 = 11;
const PREC_NEGATE: u8 = 12;

fn binary(k: SyntaxKind) -> Option<(u8, Assoc)> {
    Some(match k {
        TOKEN_IMPLICATION => (1, Assoc::Right),
        TOKEN_OR_OR => (2, Assoc::Left),
        TOKEN_AND_AND => (3, Assoc::Left),
        TOKEN_EQUAL | TOKEN_NOT_EQUAL => (4, Assoc::None),
        TOKEN_LESS | TOKEN_LESS_OR_EQ | TOKEN_MORE | TOKEN_MORE_OR_EQ => (5, Assoc::None),
        TOKEN_UPDATE => (6, Assoc::Right),
        TOKEN_ADD | TOKEN_SUB => (PREC_ADD, Assoc::Left),
        TOKEN_MUL | TOKEN_DIV => (9, Assoc::Left),
        TOKEN_CONCAT => (10, Assoc::Right),
        TOKEN_QUESTION => (PREC_HAS_ATTR, Assoc::None),
        _ => return None,
    })
}

/// Tokens that start an `expr_select` (an argument, a list element, a default after
/// `or`) in C++ Nix's grammar.
fn starts_select(k: SyntaxKind) -> bool {
    matches!(
        k,
        TOKEN_IDENT
            | TOKEN_INTEGER
            | TOKEN_FLOAT
            | TOKEN_URI
            | TOKEN_PATH_ABS
            | TOKEN_PATH_REL
            | TOKEN_PATH_HOME
            | TOKEN_PATH_SEARCH
            | TOKEN_STRING_START
            | TOKEN_L_PAREN
            | TOKEN_L_BRACK
            | TOKEN_L_BRACE
            | TOKEN_REC
            | TOKEN_LET
    )
}

/// An operator waiting for its right operand.
enum Pending {
    Unary { prec: u8, start: u32 },
    Binary { prec: u8, assoc: Assoc, left: Sub },
}

/// The recognizer: C++ Nix 2.26's grammar (`parser.y`) as recursive descent, with the
/// number of symbols on bison's stack kept exactly as its LALR parser would have them
/// (a finished part of a rule is one symbol; an empty rule pushes one without reading).
struct Shape<'a, I> {
    toks: Lexer<'a, I>,
    /// Symbols on bison's stack (its states, less the initial one).
    depth: u32,
    /// The byte ranges cut out, in the order they were cut (inner ones first).
    cuts: Vec<(u32, u32)>,
    cut_weight: u32,
}

impl<'a, I: Iterator<Item = rnix::Token<'a>>> Shape<'a, I> {
    fn peek(&mut self) -> Option<SyntaxKind> {
        self.toks.get(0).map(|t| t.kind)
    }

    fn peek_at(&mut self, n: usize) -> Option<SyntaxKind> {
        self.toks.get(n).map(|t| t.kind)
    }

    /// The current token (none is the end of the file, where every rule here fails).
    fn tok(&mut self) -> R<Tok> {
        self.toks.get(0).ok_or(Stop::Bail)
    }

    fn last_end(&self) -> u32 {
        self.toks.last.map_or(0, |t| t.end)
    }

    /// `n` more symbols on the stack, the last token read being at `loc`: bison fails
    /// when its stack reaches `MAX_STATES` states.
    fn grow(&mut self, n: u32, loc: u32) -> R<()> {
        self.depth += n;
        if self.depth + 1 >= MAX_STATES {
            return Err(Stop::Exhausted(loc));
        }
        Ok(())
    }

    /// Shifts the current token.
    fn shift(&mut self) -> R<Tok> {
        let t = self.toks.take().ok_or(Stop::Bail)?;
        self.grow(1, t.start)?;
        Ok(t)
    }

    fn expect(&mut self, k: SyntaxKind) -> R<Tok> {
        if self.peek() == Some(k) {
            self.shift()
        } else {
            Err(Stop::Bail)
        }
    }

    /// An empty rule reduced with the current token as lookahead.
    fn empty_with_lookahead(&mut self) -> R<()> {
        let loc = self.tok()?.start;
        self.grow(1, loc)
    }

    /// Cuts out a sub-expression that has grown deep enough.
    fn cut(&mut self, s: Sub) -> Sub {
        if s.w < self.cut_weight {
            return s;
        }
        self.cuts.push((s.start, s.end));
        Sub { w: 1, ..s }
    }

    fn root(&mut self) -> R<()> {
        self.expr()?;
        if self.toks.get(0).is_some() {
            return Err(Stop::Bail);
        }
        Ok(())
    }

    /// An `expr` where it may be cut out.
    fn sub_expr(&mut self) -> R<Sub> {
        let e = self.expr()?;
        Ok(self.cut(e))
    }

    /// `expr` (`expr_function`): a function, `assert`, `with`, `let`, `if` or an operator
    /// expression.
    fn expr(&mut self) -> R<Sub> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner())
    }

    fn expr_inner(&mut self) -> R<Sub> {
        let base = self.depth;
        let start = self.tok()?.start;
        let w = match self.peek() {
            Some(TOKEN_IDENT) if self.peek_at(1) == Some(TOKEN_COLON) => {
                self.shift()?;
                self.shift()?;
                self.sub_expr()?.w
            }
            Some(TOKEN_IDENT) if self.peek_at(1) == Some(TOKEN_AT) => {
                self.shift()?;
                self.shift()?;
                let f = self.formal_set()?;
                self.expect(TOKEN_COLON)?;
                f.max(self.sub_expr()?.w)
            }
            Some(TOKEN_L_BRACE) if self.rnix_sees_pattern() => {
                let f = self.formal_set()?;
                if self.peek() == Some(TOKEN_AT) {
                    self.shift()?;
                    self.expect(TOKEN_IDENT)?;
                }
                self.expect(TOKEN_COLON)?;
                f.max(self.sub_expr()?.w)
            }
            Some(TOKEN_ASSERT | TOKEN_WITH) => {
                self.shift()?;
                let c = self.sub_expr()?;
                self.expect(TOKEN_SEMICOLON)?;
                c.w.max(self.sub_expr()?.w)
            }
            Some(TOKEN_LET) if self.peek_at(1) == Some(TOKEN_L_BRACE) => {
                // `let { ... }`: a simple expression in C++ Nix's grammar, but rnix reads
                // it only as a whole expression, and nothing may follow it.
                self.shift()?;
                self.shift()?;
                let b = self.binds(TOKEN_R_BRACE, true)?;
                self.expect(TOKEN_R_BRACE)?;
                if let Some(k) = self.peek()
                    && (starts_select(k) || binary(k).is_some() || k == TOKEN_DOT || k == TOKEN_OR)
                {
                    return Err(Stop::Bail);
                }
                b
            }
            Some(TOKEN_LET) => {
                self.shift()?;
                let b = self.binds(TOKEN_IN, true)?;
                self.expect(TOKEN_IN)?;
                b.max(self.sub_expr()?.w)
            }
            Some(TOKEN_IF) => {
                self.shift()?;
                let c = self.sub_expr()?;
                self.expect(TOKEN_THEN)?;
                let t = self.sub_expr()?;
                self.expect(TOKEN_ELSE)?;
                let e = self.sub_expr()?;
                c.w.max(t.w).max(e.w)
            }
            _ => return self.op_expr(),
        };
        self.depth = base + 1;
        Ok(Sub {
            start,
            end: self.last_end(),
            w: w + 1,
        })
    }

    /// rnix's test for a `{` that starts a function's pattern rather than a set.
    fn rnix_sees_pattern(&mut self) -> bool {
        matches!(
            (self.peek_at(1), self.peek_at(2)),
            (
                Some(TOKEN_IDENT),
                Some(TOKEN_COMMA | TOKEN_QUESTION | TOKEN_R_BRACE)
            ) | (Some(TOKEN_ELLIPSIS), Some(TOKEN_R_BRACE))
                | (Some(TOKEN_R_BRACE), Some(TOKEN_COLON | TOKEN_AT))
        )
    }

    /// `formal_set`: `{ a, b ? d, ... }`. Returns the weight of its defaults.
    fn formal_set(&mut self) -> R<u32> {
        let base = self.depth;
        self.expect(TOKEN_L_BRACE)?;
        let mut w = 0;
        match self.peek() {
            Some(TOKEN_R_BRACE) => {
                self.shift()?;
            }
            Some(TOKEN_ELLIPSIS) => {
                self.shift()?;
                self.expect(TOKEN_R_BRACE)?;
            }
            _ => {
                w = self.formal()?;
                loop {
                    match self.peek() {
                        Some(TOKEN_COMMA) => {
                            self.shift()?;
                            match self.peek() {
                                Some(TOKEN_ELLIPSIS) => {
                                    self.shift()?;
                                    self.expect(TOKEN_R_BRACE)?;
                                    break;
                                }
                                Some(TOKEN_R_BRACE) => {
                                    self.shift()?;
                                    break;
                                }
                                _ => {
                                    w = w.max(self.formal()?);
                                    // formals ',' formal -> formals
                                    self.depth -= 2;
                                }
                            }
                        }
                        Some(TOKEN_R_BRACE) => {
                            self.shift()?;
                            break;
                        }
                        _ => return Err(Stop::Bail),
                    }
                }
            }
        }
        self.depth = base + 1;
        Ok(w)
    }

    /// `formal`: `a` or `a ? default`.
    fn formal(&mut self) -> R<u32> {
        let base = self.depth;
        self.expect(TOKEN_IDENT)?;
        let mut w = 0;
        if self.peek() == Some(TOKEN_QUESTION) {
            self.shift()?;
            w = self.sub_expr()?.w;
        }
        self.depth = base + 1;
        Ok(w)
    }

    /// `expr_op`: operators by precedence over applications, as bison resolves them.
    fn op_expr(&mut self) -> R<Sub> {
        let base = self.depth;
        let mut ops: Vec<Pending> = Vec::new();
        loop {
            // Prefix operators.
            loop {
                match self.peek() {
                    Some(TOKEN_INVERT) => {
                        // rnix reads `!` only where an operand of `//` or of a looser
                        // operator stands (C++ Nix also after `+`, `*`, `++` or `-`).
                        let tight = match ops.last() {
                            Some(Pending::Binary { prec, .. }) => *prec >= PREC_ADD,
                            Some(Pending::Unary { prec, .. }) => *prec == PREC_NEGATE,
                            None => false,
                        };
                        if tight {
                            return Err(Stop::Bail);
                        }
                        let t = self.shift()?;
                        ops.push(Pending::Unary {
                            prec: PREC_NOT,
                            start: t.start,
                        });
                    }
                    Some(TOKEN_SUB) => {
                        let t = self.shift()?;
                        ops.push(Pending::Unary {
                            prec: PREC_NEGATE,
                            start: t.start,
                        });
                    }
                    _ => break,
                }
            }
            let mut cur = self.app()?;
            // Binary operators after the operand.
            loop {
                let Some((prec, assoc)) = self.peek().and_then(binary) else {
                    while let Some(p) = ops.pop() {
                        cur = self.reduce(p, cur);
                    }
                    self.depth = base + 1;
                    return Ok(cur);
                };
                // Reduce what binds more tightly (bison's precedence rules).
                while let Some(top) = ops.last() {
                    let reduce = match top {
                        Pending::Unary { prec: p, .. } => *p > prec,
                        Pending::Binary {
                            prec: p, assoc: a, ..
                        } => {
                            if *p == prec && *a == Assoc::None {
                                return Err(Stop::Bail);
                            }
                            *p > prec || (*p == prec && *a == Assoc::Left)
                        }
                    };
                    if !reduce {
                        break;
                    }
                    let p = ops.pop().expect("just looked");
                    cur = self.reduce(p, cur);
                }
                if prec == PREC_HAS_ATTR {
                    // `e ? a.b`: its right side is a path, so it is complete at once (and
                    // `a ? b ? c` is `(a ? b) ? c`: no conflict, no precedence).
                    let left = self.cut(cur);
                    self.shift()?;
                    let w = self.attrpath()?;
                    self.depth -= 2;
                    cur = Sub {
                        start: left.start,
                        end: self.last_end(),
                        w: left.w.max(w) + 1,
                    };
                    continue;
                }
                let left = self.cut(cur);
                self.shift()?;
                ops.push(Pending::Binary { prec, assoc, left });
                break;
            }
        }
    }

    /// An operator with its operand(s) becomes one symbol.
    fn reduce(&mut self, p: Pending, right: Sub) -> Sub {
        let right = self.cut(right);
        match p {
            Pending::Unary { start, .. } => {
                self.depth -= 1;
                Sub {
                    start,
                    end: right.end,
                    w: right.w + 1,
                }
            }
            Pending::Binary { left, .. } => {
                self.depth -= 2;
                Sub {
                    start: left.start,
                    end: right.end,
                    w: left.w.max(right.w) + 1,
                }
            }
        }
    }

    /// `expr_app`: a function and its arguments.
    fn app(&mut self) -> R<Sub> {
        let base = self.depth;
        let mut cur = self.select()?;
        while self.peek().is_some_and(starts_select) {
            let f = self.cut(cur);
            let arg = self.select()?;
            let arg = self.cut(arg);
            // expr_app expr_select -> expr_app
            self.depth -= 1;
            cur = Sub {
                start: f.start,
                end: arg.end,
                w: f.w.max(arg.w) + 1,
            };
        }
        self.depth = base + 1;
        Ok(cur)
    }

    /// `expr_select`: `e`, `e.a.b`, `e.a.b or d`, or `e or` (an application of `or`).
    fn select(&mut self) -> R<Sub> {
        let base = self.depth;
        let s = self.simple()?;
        let mut w = s.w;
        match self.peek() {
            Some(TOKEN_DOT) => {
                self.shift()?;
                w = w.max(self.attrpath()?);
                if self.peek() == Some(TOKEN_OR) {
                    self.shift()?;
                    let d = self.select()?;
                    let d = self.cut(d);
                    w = w.max(d.w);
                }
            }
            Some(TOKEN_OR) => {
                self.shift()?;
            }
            _ => return Ok(s),
        }
        self.depth = base + 1;
        Ok(Sub {
            start: s.start,
            end: self.last_end(),
            w: w + 1,
        })
    }

    /// `expr_simple`.
    fn simple(&mut self) -> R<Sub> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.simple_inner())
    }

    fn simple_inner(&mut self) -> R<Sub> {
        let base = self.depth;
        let t = self.tok()?;
        let w = match t.kind {
            TOKEN_IDENT => {
                self.shift()?;
                // rnix reads `x: ...` as a function even here, where C++ Nix fails.
                if matches!(self.peek(), Some(TOKEN_COLON | TOKEN_AT)) {
                    return Err(Stop::Bail);
                }
                0
            }
            TOKEN_INTEGER | TOKEN_FLOAT | TOKEN_URI | TOKEN_PATH_SEARCH => {
                self.shift()?;
                0
            }
            TOKEN_PATH_ABS | TOKEN_PATH_REL | TOKEN_PATH_HOME => self.path()?,
            TOKEN_STRING_START => self.string()?,
            TOKEN_L_PAREN => {
                self.shift()?;
                let e = self.sub_expr()?;
                self.expect(TOKEN_R_PAREN)?;
                e.w
            }
            TOKEN_L_BRACK => {
                self.shift()?;
                // expr_list -> (empty), before the first element
                self.grow(1, t.start)?;
                let mut w = 0;
                while self.peek().is_some_and(starts_select) {
                    let e = self.select()?;
                    let e = self.cut(e);
                    w = w.max(e.w);
                    // expr_list expr_select -> expr_list
                    self.depth -= 1;
                }
                self.expect(TOKEN_R_BRACK)?;
                w
            }
            TOKEN_REC => {
                self.shift()?;
                self.expect(TOKEN_L_BRACE)?;
                let w = self.binds(TOKEN_R_BRACE, true)?;
                self.expect(TOKEN_R_BRACE)?;
                w
            }
            TOKEN_L_BRACE => {
                // rnix would read a function here, C++ Nix a set.
                if self.rnix_sees_pattern() {
                    return Err(Stop::Bail);
                }
                self.shift()?;
                if self.peek() == Some(TOKEN_R_BRACE) {
                    self.shift()?;
                    0
                } else {
                    let w = self.binds(TOKEN_R_BRACE, false)?;
                    self.expect(TOKEN_R_BRACE)?;
                    w
                }
            }
            // `let { }` here is C++ Nix's, not rnix's; anything else fails in both.
            _ => return Err(Stop::Bail),
        };
        self.depth = base + 1;
        Ok(Sub {
            start: t.start,
            end: self.last_end(),
            w: w + 1,
        })
    }

    /// Bindings up to `closer` (not read): `binds` (`maybe_empty`) or `binds1`.
    fn binds(&mut self, closer: SyntaxKind, maybe_empty: bool) -> R<u32> {
        let base = self.depth;
        // Whether a `binds`/`binds1` symbol is on the stack yet.
        let mut have = false;
        let mut w = 0;
        loop {
            let k = self.tok()?.kind;
            if k == closer {
                break;
            }
            if k == TOKEN_INHERIT {
                if !have {
                    // binds -> (empty), `inherit` being the lookahead
                    self.empty_with_lookahead()?;
                }
                self.shift()?;
                if self.peek() == Some(TOKEN_L_PAREN) {
                    self.shift()?;
                    w = w.max(self.sub_expr()?.w);
                    let close = self.expect(TOKEN_R_PAREN)?;
                    // attrs -> (empty), a default reduction
                    self.grow(1, close.start)?;
                } else {
                    self.empty_with_lookahead()?;
                }
                loop {
                    match self.peek() {
                        Some(TOKEN_SEMICOLON) => break,
                        Some(TOKEN_IDENT | TOKEN_OR) => {
                            self.shift()?;
                        }
                        // A string or `${...}` (C++ Nix fails as it reduces one that is
                        // not a plain string: "dynamic attributes not allowed in inherit").
                        Some(TOKEN_STRING_START | TOKEN_INTERPOL_START) => {
                            w = w.max(self.attr()?);
                        }
                        _ => return Err(Stop::Bail),
                    }
                    // attrs attr -> attrs
                    self.depth -= 1;
                }
                self.shift()?;
            } else {
                w = w.max(self.attrpath()?);
                self.expect(TOKEN_ASSIGN)?;
                w = w.max(self.sub_expr()?.w);
                self.expect(TOKEN_SEMICOLON)?;
            }
            // ... -> binds1
            self.depth = base + 1;
            have = true;
        }
        if !have {
            if !maybe_empty {
                return Err(Stop::Bail);
            }
            // binds -> (empty), the closer being the lookahead
            self.empty_with_lookahead()?;
        }
        Ok(w)
    }

    /// `attrpath`: `a.b."c".${d}`; one symbol.
    fn attrpath(&mut self) -> R<u32> {
        let base = self.depth;
        let mut w = self.attr()?;
        while self.peek() == Some(TOKEN_DOT) {
            self.shift()?;
            w = w.max(self.attr()?);
            // attrpath '.' attr -> attrpath
            self.depth -= 2;
        }
        self.depth = base + 1;
        Ok(w)
    }

    /// `attr` or `string_attr`; one symbol.
    fn attr(&mut self) -> R<u32> {
        match self.tok()? {
            Tok {
                kind: TOKEN_IDENT | TOKEN_OR,
                ..
            } => {
                self.shift()?;
                Ok(0)
            }
            Tok {
                kind: TOKEN_STRING_START,
                indented: false,
                ..
            } => self.string(),
            Tok {
                kind: TOKEN_INTERPOL_START,
                ..
            } => {
                let base = self.depth;
                self.shift()?;
                let e = self.sub_expr()?;
                self.expect(TOKEN_INTERPOL_END)?;
                self.depth = base + 1;
                Ok(e.w)
            }
            _ => Err(Stop::Bail),
        }
    }

    /// A string, `"..."` or `''...''`; one symbol. Returns its interpolations' weight.
    fn string(&mut self) -> R<u32> {
        #[derive(PartialEq)]
        enum Have {
            Nothing,
            /// A first `STR`, which may become `STR DOLLAR_CURLY expr '}'`.
            Str,
            /// `string_parts_interpolated` (or `ind_string_parts`).
            Parts,
        }
        let base = self.depth;
        let open = self.shift()?;
        let mut have = Have::Nothing;
        if open.indented {
            // ind_string_parts -> (empty), a default reduction
            self.grow(1, open.start)?;
            have = Have::Parts;
        }
        let mut w = 0;
        loop {
            match self.peek() {
                Some(TOKEN_STRING_CONTENT) => {
                    self.shift()?;
                    // C++ Nix's lexer makes one token of what rnix may split.
                    while self.peek() == Some(TOKEN_STRING_CONTENT) {
                        self.toks.take();
                    }
                    match have {
                        Have::Nothing => have = Have::Str,
                        // parts STR -> parts
                        Have::Parts => self.depth -= 1,
                        Have::Str => return Err(Stop::Bail),
                    }
                }
                Some(TOKEN_INTERPOL_START) => {
                    self.shift()?;
                    w = w.max(self.sub_expr()?.w);
                    self.expect(TOKEN_INTERPOL_END)?;
                    // ... DOLLAR_CURLY expr '}' -> parts
                    self.depth = base + 2;
                    have = Have::Parts;
                }
                Some(TOKEN_STRING_END) => {
                    if have == Have::Nothing {
                        // string_parts -> (empty), the closing quote being the lookahead
                        self.empty_with_lookahead()?;
                    }
                    self.shift()?;
                    break;
                }
                _ => return Err(Stop::Bail),
            }
        }
        self.depth = base + 1;
        Ok(w)
    }

    /// A path, with interpolations; one symbol. C++ Nix's lexer ends every path with a
    /// `PATH_END` token placed at the path's last token.
    fn path(&mut self) -> R<u32> {
        let base = self.depth;
        let mut last = self.shift()?;
        let mut w = 0;
        let mut parts = false;
        // rnix goes on with a path only where nothing stands between its tokens.
        while let Some(t) = self.toks.get(0)
            && t.start == last.end
        {
            match t.kind {
                TOKEN_INTERPOL_START => {
                    self.shift()?;
                    w = w.max(self.sub_expr()?.w);
                    last = self.expect(TOKEN_INTERPOL_END)?;
                    // [path_start, string_parts_interpolated]
                    self.depth = base + 2;
                    parts = true;
                }
                TOKEN_PATH_ABS | TOKEN_PATH_REL | TOKEN_PATH_HOME if parts => {
                    last = self.shift()?;
                    self.depth -= 1;
                }
                _ => break,
            }
        }
        self.grow(1, last.start)?;
        self.depth = base + 1;
        Ok(w)
    }
}

/// A piece of the text parsed by rnix on its own: `text` is the source's bytes
/// `start..end` with each piece cut from it written as `(_)` (`holes`: where in `text`,
/// and which piece).
struct Piece<'a> {
    start: u32,
    end: u32,
    text: std::borrow::Cow<'a, str>,
    holes: Vec<(u32, usize)>,
}

impl Piece<'_> {
    /// The source offset of an offset in the piece's text.
    fn source_offset(&self, pieces: &[Piece<'_>], local: u32) -> u32 {
        let mut shift = 0i64;
        for &(at, p) in &self.holes {
            if at >= local {
                break;
            }
            shift += (pieces[p].end - pieces[p].start) as i64 - 3;
        }
        (self.start as i64 + local as i64 + shift) as u32
    }
}

const HOLE: &str = "(_)";

/// Cuts the text into pieces, parses each with rnix and grafts the trees together.
fn assemble(text: &str, cuts: &[(u32, u32)], end: u32) -> Parsed {
    let mut pieces: Vec<Piece> = Vec::with_capacity(cuts.len() + 1);
    // Pieces not yet inside a bigger one, in source order.
    let mut open: Vec<usize> = Vec::new();
    for &(start, stop) in cuts.iter().chain(std::iter::once(&(0, end))) {
        let first = open
            .iter()
            .rposition(|&p| pieces[p].start < start)
            .map_or(0, |i| i + 1);
        let mut holes = Vec::new();
        let piece_text = if first == open.len() {
            std::borrow::Cow::Borrowed(&text[start as usize..stop as usize])
        } else {
            let mut t = String::new();
            let mut at = start as usize;
            for p in open.drain(first..) {
                t.push_str(&text[at..pieces[p].start as usize]);
                holes.push((t.len() as u32, p));
                t.push_str(HOLE);
                at = pieces[p].end as usize;
            }
            t.push_str(&text[at..stop as usize]);
            std::borrow::Cow::Owned(t)
        };
        open.push(pieces.len());
        pieces.push(Piece {
            start,
            end: stop,
            text: piece_text,
            holes,
        });
    }

    let mut errors = Vec::new();
    let mut exact = true;
    // Each piece's tree, as the elements that stand for it in its parent.
    let mut grafts: Vec<Vec<NodeOrToken<GreenNode, GreenToken>>> = Vec::with_capacity(pieces.len());
    let mut root = None;
    for (idx, piece) in pieces.iter().enumerate() {
        // rnix recurses natively: the last piece (the file's outer part) can be deep
        // where modelling stopped at an error.
        let parse = stacker::maybe_grow(4 * 1024 * 1024, 256 * 1024 * 1024, || {
            rnix::Root::parse(&piece.text)
        });
        if let Some(e) = parse.errors().first() {
            let (msg, local) = super::syntax_error::describe(e, &piece.text);
            errors.push((msg, piece.source_offset(&pieces, local)));
        }
        let green = parse.syntax().green().to_owned();
        let holes: Vec<(u32, &[NodeOrToken<GreenNode, GreenToken>])> = piece
            .holes
            .iter()
            .map(|&(at, p)| (at, grafts[p].as_slice()))
            .collect();
        let filled = if holes.is_empty() {
            green
        } else {
            fill(&green, 0, &holes, &mut exact)
        };
        if idx + 1 == pieces.len() {
            root = Some(filled);
        } else {
            grafts.push(filled.children().map(|c| c.to_owned()).collect());
        }
        // The pieces inside this one are now part of it.
        for &(_, p) in &piece.holes {
            grafts[p] = Vec::new();
        }
    }
    Parsed {
        green: root,
        deep: pieces.len() > 1,
        errors,
        exact,
        first_pipe: None,
        first_open_comment: None,
        may_have_or_call: false,
        bailed: false,
        #[cfg(test)]
        pieces: pieces.len(),
    }
}

/// `node` (at offset `at` of its piece's text) with each hole — a `(_)` node at the
/// hole's offset — replaced by the tree of the piece cut out there.
fn fill(
    node: &GreenNodeData,
    at: u32,
    holes: &[(u32, &[NodeOrToken<GreenNode, GreenToken>])],
    exact: &mut bool,
) -> GreenNode {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
        let mut children = Vec::with_capacity(node.children().len());
        let mut off = at;
        let mut h = 0;
        for c in node.children() {
            let end = off + u32::from(c.text_len());
            let first = h;
            while h < holes.len() && holes[h].0 < end {
                h += 1;
            }
            let inside = &holes[first..h];
            match c {
                _ if inside.is_empty() => children.push(c.to_owned()),
                NodeOrToken::Node(n)
                    if n.kind() == rowan::SyntaxKind(NODE_PAREN as u16)
                        && end - off == HOLE.len() as u32
                        && inside.len() == 1
                        && inside[0].0 == off =>
                {
                    children.extend(inside[0].1.iter().cloned());
                }
                NodeOrToken::Node(n) => {
                    children.push(NodeOrToken::Node(fill(n, off, inside, exact)))
                }
                NodeOrToken::Token(_) => {
                    // rnix did not read the `(_)` as an expression (it found an error
                    // there): that piece stays out and the tree is short of its text.
                    *exact = false;
                    children.push(c.to_owned());
                }
            }
            off = end;
        }
        GreenNode::new(node.kind(), children)
    })
}

#[cfg(test)]
mod tests;
