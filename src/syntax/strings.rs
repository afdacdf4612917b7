//! String literals: escapes and the indentation stripping of `''` strings, exactly as C++
//! Nix's lexer and parser do them.
//!
//! rnix hands us the raw text between interpolations. For `"..."` strings we undo the
//! escapes (`\n`, `\r`, `\t`, `\x` -> `x`) and turn a raw carriage return (alone or before a
//! newline) into a newline. For `''...''` strings we first split the raw text into the
//! pieces C++ Nix's lexer makes (plain text, which takes part in indentation, and the
//! escapes `''$`, `'''`, `''\x` and a lone `$` or `'`, which do not), then strip the common
//! indentation: the smallest count of leading spaces over all lines that have anything
//! but spaces (an interpolation or escape ends a line's indentation too), removed from
//! every line; a final line of only spaces is dropped. Tabs are not indentation.

use rnix::ast::{self, AstToken, InterpolPart};
use rowan::ast::AstNode;

/// A piece of a string literal after normalisation.
pub enum Part {
    Lit(Vec<u8>),
    Interp(ast::Interpol),
}

/// The normalised parts of a string literal (adjacent literals are not merged, empty ones
/// dropped). `src` is the original source: the tree was parsed from a copy with carriage
/// returns and bytes that are not UTF-8 replaced (see `lower::rnix_text`), but string
/// contents keep them.
pub fn parts(s: &ast::Str, src: &[u8]) -> Vec<Part> {
    let multiline = s.syntax().first_token().is_some_and(|t| t.text() == "''");
    if multiline {
        indented_parts(s, src)
    } else {
        plain_parts(s, src)
    }
}

/// The source bytes of a token.
fn raw<'a>(src: &'a [u8], t: &impl AstToken) -> &'a [u8] {
    let r = t.syntax().text_range();
    &src[usize::from(r.start())..usize::from(r.end())]
}

fn plain_parts(s: &ast::Str, src: &[u8]) -> Vec<Part> {
    s.parts()
        .filter_map(|p| match p {
            InterpolPart::Literal(l) => {
                let b = unescape(raw(src, &l));
                (!b.is_empty()).then_some(Part::Lit(b))
            }
            InterpolPart::Interpolation(i) => Some(Part::Interp(i)),
        })
        .collect()
}

/// The text of a string literal without interpolation, else `None`.
pub fn literal(s: &ast::Str, src: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for p in parts(s, src) {
        match p {
            Part::Lit(b) => out.extend(b),
            Part::Interp(_) => return None,
        }
    }
    Some(out)
}

/// Undoes the escapes of a `"..."` string.
fn unescape(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' if i + 1 < b.len() => {
                out.push(match b[i + 1] {
                    b'n' => b'\n',
                    b'r' => b'\r',
                    b't' => b'\t',
                    c => c,
                });
                i += 2;
            }
            b'\r' => {
                out.push(b'\n');
                i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// A token of an indented string, as C++ Nix's lexer produces them.
enum IndTok {
    /// Raw text: counts for indentation.
    Text(Vec<u8>),
    /// An escape or lone `$`/`'`: ends a line's indentation, taken literally.
    Esc(Vec<u8>),
    Interp(ast::Interpol),
}

fn indented_parts(s: &ast::Str, src: &[u8]) -> Vec<Part> {
    let mut toks = Vec::new();
    let mut first = true;
    for p in s.parts() {
        match p {
            InterpolPart::Literal(l) => {
                let mut raw = raw(src, &l);
                if first {
                    // The lexer's opening `''` swallows spaces up to the first newline.
                    let spaces = raw.iter().take_while(|&&b| b == b' ').count();
                    if raw.get(spaces) == Some(&b'\n') {
                        raw = &raw[spaces + 1..];
                    }
                }
                lex_indented(raw, &mut toks);
            }
            InterpolPart::Interpolation(i) => toks.push(IndTok::Interp(i)),
        }
        first = false;
    }
    strip_indentation(toks)
}

/// Splits raw indented-string text into lexer tokens (longest match, as flex does).
fn lex_indented(b: &[u8], toks: &mut Vec<IndTok>) {
    let mut i = 0;
    while i < b.len() {
        let text_len = text_run(&b[i..]);
        if text_len > 0 {
            push_text(toks, &b[i..i + text_len]);
            i += text_len;
            continue;
        }
        let rest = &b[i..];
        let (tok, len) = if rest.starts_with(b"''$") {
            (b"$".to_vec(), 3)
        } else if rest.starts_with(b"'''") {
            (b"''".to_vec(), 3)
        } else if rest.starts_with(b"''\\") && rest.len() >= 4 {
            let c = match rest[3] {
                b'n' => b'\n',
                b'r' => b'\r',
                b't' => b'\t',
                c => c,
            };
            (vec![c], 4)
        } else {
            (vec![rest[0]], 1)
        };
        toks.push(IndTok::Esc(tok));
        i += len;
    }
}

fn push_text(toks: &mut Vec<IndTok>, b: &[u8]) {
    if let Some(IndTok::Text(t)) = toks.last_mut() {
        t.extend_from_slice(b);
    } else {
        toks.push(IndTok::Text(b.to_vec()));
    }
}

/// Length of the longest run matching `([^$']|\$[^{']|'[^'$])+`.
fn text_run(b: &[u8]) -> usize {
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'$' | b'\'' => {
                let ok = match b.get(i + 1) {
                    None => false,
                    Some(&n) if b[i] == b'$' => n != b'{' && n != b'\'',
                    Some(&n) => n != b'\'' && n != b'$',
                };
                if !ok {
                    break;
                }
                i += 2;
            }
            _ => i += 1,
        }
    }
    i
}

fn strip_indentation(toks: Vec<IndTok>) -> Vec<Part> {
    let min_indent = min_indent(&toks);
    let mut out = Vec::new();
    let mut at_start = true;
    let mut dropped = 0usize;
    let n = toks.len();
    for (idx, t) in toks.into_iter().enumerate() {
        let b = match t {
            IndTok::Interp(i) => {
                at_start = false;
                dropped = 0;
                out.push(Part::Interp(i));
                continue;
            }
            IndTok::Text(b) | IndTok::Esc(b) => b,
        };
        let mut s = Vec::with_capacity(b.len());
        for c in b {
            if at_start {
                if c == b' ' {
                    if dropped >= min_indent {
                        s.push(c);
                    }
                    dropped += 1;
                } else if c == b'\n' {
                    dropped = 0;
                    s.push(c);
                } else {
                    at_start = false;
                    dropped = 0;
                    s.push(c);
                }
            } else {
                s.push(c);
                if c == b'\n' {
                    at_start = true;
                }
            }
        }
        if idx == n - 1
            && let Some(p) = s.iter().rposition(|&c| c == b'\n')
            && s[p + 1..].iter().all(|&c| c == b' ')
        {
            s.truncate(p + 1);
        }
        if !s.is_empty() {
            out.push(Part::Lit(s));
        }
    }
    out
}

fn min_indent(toks: &[IndTok]) -> usize {
    let mut at_start = true;
    let mut min = usize::MAX;
    let mut cur = 0;
    for t in toks {
        let IndTok::Text(b) = t else {
            if at_start {
                at_start = false;
                min = min.min(cur);
            }
            continue;
        };
        for &c in b {
            if at_start {
                if c == b' ' {
                    cur += 1;
                } else if c == b'\n' {
                    cur = 0;
                } else {
                    at_start = false;
                    min = min.min(cur);
                }
            } else if c == b'\n' {
                at_start = true;
                cur = 0;
            }
        }
    }
    min
}
