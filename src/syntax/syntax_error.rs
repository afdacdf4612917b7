//! Syntax error messages in the words of C++ Nix's (bison) parser.
//!
//! rnix's recovering parser reports errors differently from bison, so this module
//! translates: the offending token is named as bison names it (`ID`, `IN_KW`, `'{'`,
//! `end of file`), the expected tokens are listed when rnix's expectation is one bison
//! would state the same way, and lexical errors get the lexer's own messages ("path has a
//! trailing slash", "unexpected invalid token"). Messages cannot always agree: bison's
//! expectation sets come from its parse tables, which rnix does not have.

use rnix::{ParseError as P, SyntaxKind, SyntaxKind::*, TextRange};

/// The syntax error C++ Nix reports first, as message and byte offset: rnix's first
/// error (one per piece parsed, already described), a function C++ Nix's grammar does not
/// allow where it stands (see `function_position`; the tree is only looked at if it
/// covers the text exactly and the recognizer of C++ Nix's grammar stopped early), or what C++ Nix's lexer fails at: a pipe operator (unless
/// `pipe_operators`, the experimental feature, is on) or a `/*` never closed.
pub(super) fn first_error(
    parsed: &super::parse::Parsed,
    src: &str,
    pipe_operators: bool,
) -> Option<(String, u32)> {
    let misplaced = if parsed.exact && parsed.bailed {
        super::function_position::first_misplaced(&parsed.syntax())
    } else {
        None
    };
    let pipe = parsed.first_pipe.filter(|_| !pipe_operators).map(|at| {
        let msg = "experimental Nix feature 'pipe-operators' is disabled; add '--extra-experimental-features pipe-operators' to enable it";
        (msg.to_string(), at)
    });
    let comment = parsed
        .first_open_comment
        .and_then(|at| unterminated_comment(src, at as usize));
    let indented_name = if parsed.exact && src.contains("''") {
        super::indented_attr::first(&parsed.syntax(), src)
    } else {
        None
    };
    parsed
        .errors
        .iter()
        .cloned()
        .chain(
            [misplaced, pipe, comment, indented_name]
                .into_iter()
                .flatten(),
        )
        .min_by_key(|(_, offset)| *offset)
}

/// The message and byte offset of a parse error.
pub fn describe(e: &P, src: &str) -> (String, u32) {
    let eof = src.len() as u32;
    let at = |r: &TextRange| u32::from(r.start());
    if let P::UnexpectedWanted(TOKEN_ERROR, r, _) | P::UnexpectedExtra(r) = e
        && let Some(e) = unterminated_comment(src, usize::from(r.start()))
    {
        return e;
    }
    match e {
        P::UnexpectedWanted(TOKEN_ERROR, r, _) => lexical_error(src, *r),
        P::UnexpectedWanted(TOKEN_ELLIPSIS, r, _)
            if src[usize::from(r.start()) + 3..]
                .trim_start()
                .starts_with(',') =>
        {
            // `{ ..., a }`: bison reads the pattern and stops at the comma.
            let after = usize::from(r.start()) + 3;
            let rest = &src[after..];
            let comma = after + rest.len() - rest.trim_start().len();
            (
                "syntax error, unexpected ',', expecting '}'".to_string(),
                comma as u32,
            )
        }
        P::UnexpectedWanted(TOKEN_LET, r, wanted)
            if after_expression(wanted)
                && let Some(e) = let_as_operand(src, usize::from(r.start())) =>
        {
            e
        }
        P::UnexpectedExtra(r) if let Some(e) = let_as_operand(src, usize::from(r.start())) => e,
        P::UnexpectedWanted(got, r, wanted) => {
            let before = &src[..usize::from(r.start())];
            (unexpected_wanted(*got, &src[*r], wanted, before), at(r))
        }
        P::Unexpected(r) => (
            format!("syntax error, unexpected {}", token_text_name(&src[*r])),
            at(r),
        ),
        P::UnexpectedExtra(r) => {
            let t = &src[*r];
            let msg = if t.starts_with("/*") {
                "syntax error, unexpected '*'".to_string()
            } else {
                format!(
                    "syntax error, unexpected {}, expecting end of file",
                    token_text_name(t)
                )
            };
            (msg, at(r))
        }
        P::UnexpectedDoubleBind(r) => (
            "syntax error, unexpected '@', expecting ':'".to_string(),
            at(r),
        ),
        P::DuplicatedArgs(r, name) => (
            format!("duplicate formal function argument '{name}'"),
            at(r),
        ),
        P::UnexpectedEOFWanted(wanted) => {
            let mut msg = "syntax error, unexpected end of file".to_string();
            if let Some(exp) = expecting(wanted).or_else(|| unclosed_string(wanted, src)) {
                msg.push_str(exp.as_ref());
            }
            (msg, eof)
        }
        P::RecursionLimitExceeded => ("expression is nested too deeply".to_string(), eof),
        _ => {
            // At the start of a binding, bison states what may begin one.
            let msg = match binding_context(src) {
                Some(exp) => format!("syntax error, unexpected end of file{exp}"),
                None => "syntax error, unexpected end of file".to_string(),
            };
            (msg, eof)
        }
    }
}

/// Whether rnix wanted what may start or end an expression: where it did, bison would
/// have read what it found as an application's argument (after an expression) or as a
/// simple expression. (Where it wanted `}`, `=` or a name, it was in a pattern or at a
/// binding, and bison would not.)
fn after_expression(wanted: &[SyntaxKind]) -> bool {
    wanted.contains(&TOKEN_L_PAREN)
        || matches!(
            wanted,
            [TOKEN_SEMICOLON | TOKEN_THEN | TOKEN_ELSE | TOKEN_INTERPOL_END]
        )
}

/// A `let` at byte `at` (after whitespace and comments) where only a simple expression
/// may stand. C++ Nix's grammar still has the old `let { ... }` form there, so bison
/// takes the `let` and stops at the next token unless it is `{` (that form, which rnix
/// does not parse there: `None`, rnix's error stands).
fn let_as_operand(src: &str, at: usize) -> Option<(String, u32)> {
    let (TOKEN_LET, text, start) = first_significant(src, at)? else {
        return None;
    };
    let (name, offset) = match first_significant(src, start + text.len()) {
        Some((TOKEN_L_BRACE, _, _)) => return None,
        Some((k, text, start)) => (kind_name(k, text), start),
        None => ("end of file", src.len()),
    };
    let msg = format!("syntax error, unexpected {name}, expecting '{{'");
    Some((msg, offset as u32))
}

/// The first token from byte `from` on that is not whitespace or a comment: its kind,
/// text and offset.
fn first_significant(src: &str, from: usize) -> Option<(SyntaxKind, &str, usize)> {
    let mut offset = from;
    for (k, text) in rnix::tokenize(&src[from..]) {
        if !k.is_trivia() {
            return Some((k, text, offset));
        }
        offset += text.len();
    }
    None
}

fn unexpected_wanted(got: SyntaxKind, text: &str, wanted: &[SyntaxKind], before: &str) -> String {
    let mut msg = format!("syntax error, unexpected {}", kind_name(got, text));
    let exp = match (got, wanted) {
        (TOKEN_URI, _) => None,
        (TOKEN_COLON, [TOKEN_R_BRACE]) => Some(", expecting '}' or ','".to_string()),
        (_, [TOKEN_R_BRACE]) if in_formals(before) => Some(", expecting '}' or ','".to_string()),
        (_, [TOKEN_IDENT, TOKEN_OR, TOKEN_CUR_POS]) => {
            Some(binding_expectation(before).to_string())
        }
        _ => expecting(wanted),
    };
    if let Some(exp) = exp {
        msg.push_str(&exp);
    }
    msg
}

/// Whether the text ends inside a function's formals (`{ a, b ? 0`): the innermost open
/// `{` holds a `,` or a `?` of its own and no `=` or `;` (which would make it a set).
fn in_formals(before: &str) -> bool {
    let toks = significant_tokens(before);
    let mut depth = 0usize;
    let mut formal_sign = false;
    for &k in toks.iter().rev() {
        match k {
            TOKEN_R_BRACE | TOKEN_R_PAREN | TOKEN_R_BRACK | TOKEN_INTERPOL_END => depth += 1,
            TOKEN_L_BRACE | TOKEN_L_PAREN | TOKEN_L_BRACK | TOKEN_INTERPOL_START if depth > 0 => {
                depth -= 1
            }
            TOKEN_L_BRACE => return formal_sign,
            TOKEN_L_PAREN | TOKEN_L_BRACK | TOKEN_INTERPOL_START => return false,
            TOKEN_ASSIGN | TOKEN_SEMICOLON if depth == 0 => return false,
            TOKEN_COMMA | TOKEN_QUESTION if depth == 0 => formal_sign = true,
            _ => {}
        }
    }
    false
}

/// What bison expects where rnix wanted an attribute name: after `.` or `?` any name; at the
/// start of a binding, what its tables state for the innermost `let`, `rec { }` or `{ }`.
pub(super) fn binding_expectation(before: &str) -> &'static str {
    let toks = significant_tokens(before);
    if matches!(toks.last(), Some(TOKEN_DOT | TOKEN_QUESTION)) {
        return ", expecting identifier or 'or' or '${' or '\"'";
    }
    innermost_binding_expectation(&toks)
}

/// The expectation when the text ends where a binding could start (after `{`, `let` or
/// the `;` of a binding inside one), else `None`.
fn binding_context(src: &str) -> Option<&'static str> {
    let toks = significant_tokens(src);
    match toks.last() {
        Some(TOKEN_L_BRACE | TOKEN_LET | TOKEN_SEMICOLON) => {
            let exp = innermost_binding_expectation(&toks);
            let in_binding_group = exp != NOT_IN_BINDINGS;
            in_binding_group.then_some(exp)
        }
        _ => None,
    }
}

const NOT_IN_BINDINGS: &str = "";

fn significant_tokens(text: &str) -> Vec<SyntaxKind> {
    rnix::tokenize(text)
        .map(|t| t.0)
        .filter(|k| !matches!(k, TOKEN_WHITESPACE | TOKEN_COMMENT))
        .collect()
}

/// What bison expects at the start of a binding of the innermost open `let`, `rec { }`
/// or `{ }` (`NOT_IN_BINDINGS` inside parentheses, lists or interpolations).
fn innermost_binding_expectation(toks: &[SyntaxKind]) -> &'static str {
    #[derive(PartialEq)]
    enum Open {
        Let,
        Set,
        RecSet,
        Other,
    }
    let mut stack = Vec::new();
    let mut prev = None;
    for &k in toks {
        match k {
            TOKEN_LET => stack.push(Open::Let),
            TOKEN_IN if stack.last() == Some(&Open::Let) => drop(stack.pop()),
            TOKEN_L_BRACE if prev == Some(TOKEN_REC) => stack.push(Open::RecSet),
            // `let { … }` is read as a `rec { … }` (no `in` ends it).
            TOKEN_L_BRACE if prev == Some(TOKEN_LET) => {
                stack.pop();
                stack.push(Open::RecSet);
            }
            TOKEN_L_BRACE => stack.push(Open::Set),
            TOKEN_L_PAREN | TOKEN_L_BRACK | TOKEN_INTERPOL_START => stack.push(Open::Other),
            TOKEN_R_BRACE | TOKEN_R_PAREN | TOKEN_R_BRACK | TOKEN_INTERPOL_END => drop(stack.pop()),
            _ => {}
        }
        prev = Some(k);
    }
    match stack.last() {
        Some(Open::Let) => ", expecting 'in' or 'inherit'",
        Some(Open::RecSet) => ", expecting 'inherit' or '}'",
        Some(Open::Other) => NOT_IN_BINDINGS,
        _ => ", expecting 'inherit'",
    }
}

/// A `/*` never closed. C++ Nix's lexer has no token for it: it reads `/` and then `*` as
/// the operators. After an expression (not a list element), `/` is a division and bison
/// stops at the `*`; anywhere else it stops at the `/`.
fn unterminated_comment(src: &str, at: usize) -> Option<(String, u32)> {
    let rest = &src[at..];
    if !rest.starts_with("/*") || rest[2..].contains("*/") {
        return None;
    }
    let before = significant_tokens(&src[..at]);
    let mut open = Vec::new();
    for k in &before {
        match k {
            TOKEN_L_PAREN | TOKEN_L_BRACK | TOKEN_L_BRACE | TOKEN_INTERPOL_START => open.push(*k),
            TOKEN_R_PAREN | TOKEN_R_BRACK | TOKEN_R_BRACE | TOKEN_INTERPOL_END => drop(open.pop()),
            _ => {}
        }
    }
    let in_list = open.last() == Some(&TOKEN_L_BRACK);
    let after_expression = !in_list
        && matches!(
            before.last(),
            Some(
                TOKEN_IDENT
                    | TOKEN_INTEGER
                    | TOKEN_FLOAT
                    | TOKEN_URI
                    | TOKEN_PATH_ABS
                    | TOKEN_PATH_REL
                    | TOKEN_PATH_HOME
                    | TOKEN_PATH_SEARCH
                    | TOKEN_R_PAREN
                    | TOKEN_R_BRACK
                    | TOKEN_R_BRACE
                    | TOKEN_STRING_END
            )
        );
    if after_expression {
        return Some(("syntax error, unexpected '*'".to_string(), at as u32 + 1));
    }
    let msg = match binding_context(&src[..at]) {
        Some(exp) => format!("syntax error, unexpected '/'{exp}"),
        None => "syntax error, unexpected '/'".to_string(),
    };
    Some((msg, at as u32))
}

/// What C++ Nix's lexer says about text rnix could not tokenise, and where.
fn lexical_error(src: &str, r: TextRange) -> (String, u32) {
    let text = &src[r];
    let start = u32::from(r.start());
    let before = src[..usize::from(r.start())].trim_end();
    // `a.''`: the error is at the `''`, whether rnix's bad token starts with it or follows
    // it (then the `''` ends the text before it).
    let ind_string_after_dot = if text.starts_with("''") && before.ends_with('.') {
        Some(start)
    } else {
        before
            .strip_suffix("''")
            .filter(|b| b.trim_end().ends_with('.'))
            .map(|b| b.len() as u32)
    };
    if let Some(at) = ind_string_after_dot {
        let msg = "syntax error, unexpected start of an indented string, expecting identifier or 'or' or '${' or '\"'";
        return (msg.into(), at);
    }
    if usize::from(r.end()) == src.len() {
        // An unterminated string runs to the end of the file; which kind depends on the
        // last opening quote before it.
        let before = &src[..usize::from(r.start())];
        let ind = before.rfind("''");
        let plain = before.rfind('"');
        let eof = src.len() as u32;
        match (ind, plain) {
            (Some(i), p) if p.is_none_or(|p| i > p) => {
                let msg = "syntax error, unexpected end of file, expecting indented string or '${' or end of an indented string";
                return (msg.into(), eof);
            }
            (_, Some(_)) => {
                return (
                    "syntax error, unexpected end of file, expecting '\"'".into(),
                    eof,
                );
            }
            _ => {}
        }
    }
    // C++ Nix's lexer ends the path before the second slash of `//` (its end is at that
    // slash), and reports a trailing slash after the path.
    if text.contains('/') {
        if let Some(i) = text.find("//") {
            return (
                "syntax error, unexpected end of path, expecting '${'".into(),
                start + i as u32 + 1,
            );
        }
        if text.ends_with('/') {
            return (
                "path has a trailing slash".into(),
                start + text.len() as u32,
            );
        }
    }
    // At the start of a binding, bison states what may begin one.
    let exp = binding_context(&src[..usize::from(r.start())]).unwrap_or("");
    (
        format!("syntax error, unexpected invalid token{exp}"),
        start,
    )
}

/// What bison expects at the end of a file inside a string that is never closed (rnix
/// wants the string to go on), by the kind of the innermost open string.
fn unclosed_string(wanted: &[SyntaxKind], src: &str) -> Option<String> {
    if wanted != [TOKEN_STRING_END, TOKEN_STRING_CONTENT, TOKEN_INTERPOL_START] {
        return None;
    }
    // Open strings (`Some(indented)`) and interpolations (`None`), innermost last.
    let mut open: Vec<Option<bool>> = Vec::new();
    for (kind, text) in rnix::tokenize(src) {
        match kind {
            TOKEN_STRING_START => open.push(Some(text.starts_with("''"))),
            TOKEN_INTERPOL_START => open.push(None),
            TOKEN_STRING_END | TOKEN_INTERPOL_END => drop(open.pop()),
            _ => {}
        }
    }
    match open.last()? {
        Some(true) => {
            Some(", expecting indented string or '${' or end of an indented string".into())
        }
        Some(false) => Some(", expecting '\"'".into()),
        None => None,
    }
}

/// ", expecting X or Y" when rnix's expectation is one bison states the same way.
fn expecting(wanted: &[SyntaxKind]) -> Option<String> {
    let names: Vec<&str> = match wanted {
        [TOKEN_ASSIGN] => vec!["'.'", "'='"],
        [TOKEN_STRING_END, TOKEN_STRING_CONTENT, TOKEN_INTERPOL_START] => return None,
        [TOKEN_IDENT, TOKEN_OR, TOKEN_CUR_POS] => vec!["identifier", "'or'", "'${'", "'\"'"],
        ws if ws.len() <= 2 => ws.iter().map(|k| kind_name(*k, "")).collect(),
        _ => return None,
    };
    Some(format!(", expecting {}", names.join(" or ")))
}

/// The parser's name for a token kind (the names of current C++ Nix; Nix 2.26 used
/// bison's internal names such as `ID` and `IN_KW`, see docs/differences.md).
pub(super) fn kind_name(k: SyntaxKind, text: &str) -> &'static str {
    match k {
        TOKEN_IDENT => "identifier",
        TOKEN_INTEGER => "integer",
        TOKEN_FLOAT => "floating-point literal",
        TOKEN_URI => "URI",
        TOKEN_PATH_ABS | TOKEN_PATH_REL => "path",
        TOKEN_PATH_HOME => "'~/…' path",
        TOKEN_PATH_SEARCH => "'<…>' path",
        TOKEN_IF => "'if'",
        TOKEN_THEN => "'then'",
        TOKEN_ELSE => "'else'",
        TOKEN_ASSERT => "'assert'",
        TOKEN_WITH => "'with'",
        TOKEN_LET => "'let'",
        TOKEN_IN => "'in'",
        TOKEN_REC => "'rec'",
        TOKEN_INHERIT => "'inherit'",
        TOKEN_OR => "'or'",
        TOKEN_ELLIPSIS => "'...'",
        TOKEN_EQUAL => "'=='",
        TOKEN_NOT_EQUAL => "'!='",
        TOKEN_LESS_OR_EQ => "'<='",
        TOKEN_MORE_OR_EQ => "'>='",
        TOKEN_AND_AND => "'&&'",
        TOKEN_OR_OR => "'||'",
        TOKEN_IMPLICATION => "'->'",
        TOKEN_UPDATE => "'//'",
        TOKEN_CONCAT => "'++'",
        TOKEN_PIPE_LEFT => "'<|'",
        TOKEN_PIPE_RIGHT => "'|>'",
        TOKEN_INTERPOL_START => "'${'",
        // C++ Nix's lexer ends an interpolation with the ordinary `}` token.
        TOKEN_INTERPOL_END => "'}'",
        TOKEN_L_BRACE => "'{'",
        TOKEN_R_BRACE => "'}'",
        TOKEN_L_BRACK => "'['",
        TOKEN_R_BRACK => "']'",
        TOKEN_L_PAREN => "'('",
        TOKEN_R_PAREN => "')'",
        TOKEN_SEMICOLON => "';'",
        TOKEN_COLON => "':'",
        TOKEN_COMMA => "','",
        TOKEN_DOT => "'.'",
        TOKEN_AT => "'@'",
        TOKEN_QUESTION => "'?'",
        TOKEN_ASSIGN => "'='",
        TOKEN_LESS => "'<'",
        TOKEN_MORE => "'>'",
        TOKEN_ADD => "'+'",
        TOKEN_SUB => "'-'",
        TOKEN_MUL => "'*'",
        TOKEN_DIV => "'/'",
        TOKEN_INVERT => "'!'",
        TOKEN_STRING_START if text.starts_with("''") => "start of an indented string",
        TOKEN_STRING_START | TOKEN_STRING_END => "'\"'",
        _ => "invalid token",
    }
}

/// The name of the first token of some text.
fn token_text_name(text: &str) -> String {
    match rnix::tokenize(text)
        .into_iter()
        .find(|t| !matches!(t.0, TOKEN_WHITESPACE | TOKEN_COMMENT))
    {
        Some((k, t)) => kind_name(k, t).to_string(),
        None => "end of file".to_string(),
    }
}
