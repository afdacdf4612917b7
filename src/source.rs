//! Source files and positions.
//!
//! A [`Pos`] is two integers (file index, byte offset) so that every expression node can
//! carry one cheaply; [`SourceMap`] turns it into `file:line:column` only when an error is
//! shown. Columns count bytes from 1, as C++ Nix's do.
//!
//! A source is bytes, as C++ Nix reads it: not necessarily UTF-8 (string literals and
//! comments keep whatever bytes they hold). Lines end at `\n`, `\r\n` or a lone `\r`, as
//! C++ Nix's lexer and its `Pos::LinesIterator` count them.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// A position in a source file: index into the [`SourceMap`] and byte offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Pos {
    pub file: u32,
    pub offset: u32,
}

impl Pos {
    /// No position: calls made by builtins, values made by nixref itself.
    pub const NONE: Pos = Pos {
        file: u32::MAX,
        offset: 0,
    };

    /// A trace frame's position to be filled in later: the position of the code that asked
    /// for the value (a builtin's call site, or the expression the evaluator names), which
    /// the helpers that check a value's type do not know. See `Error::at_call_site`.
    pub const CALL_SITE: Pos = Pos {
        file: u32::MAX,
        offset: 1,
    };

    /// Like [`Pos::CALL_SITE`] for a frame that exists only with a position (C++ Nix's
    /// `from call site` is added only `if (pos)`): it is dropped if none is filled in.
    pub const CALL_SITE_IF_KNOWN: Pos = Pos {
        file: u32::MAX,
        offset: 2,
    };

    /// The position, unless it is [`Pos::NONE`] or [`Pos::CALL_SITE`].
    pub fn known(self) -> Option<Pos> {
        (self.file != u32::MAX).then_some(self)
    }
}

/// Where a source text came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A file on disk (absolute path).
    File(PathBuf),
    /// nixref's own Nix source (the `derivation` function): positions
    /// (`unsafeGetAttrPos`) name it by its path, messages and traces as C++ Nix names
    /// its built-in file, `<nix/derivation-internal.nix>`.
    Internal(PathBuf),
    /// `-E` text or another string; C++ Nix names it `«string»`.
    String,
    /// Standard input (`nixref -`), `«stdin»`.
    Stdin,
}

/// One source text with its line table.
#[derive(Debug)]
pub struct SourceFile {
    pub origin: Origin,
    pub text: Rc<[u8]>,
    line_starts: Vec<u32>,
}

/// The offsets at which lines start: 0, and after each `\n`, `\r\n` and lone `\r`.
pub fn line_starts(text: &[u8]) -> Vec<u32> {
    let mut starts = vec![0];
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'\r' if text.get(i + 1) == Some(&b'\n') => i += 1,
            b'\r' | b'\n' => {}
            _ => {
                i += 1;
                continue;
            }
        }
        i += 1;
        starts.push(i as u32);
    }
    starts
}

/// 1-based line and column of a byte offset, given the line table of its text.
fn line_col_in(starts: &[u32], offset: u32) -> (u32, u32) {
    let line = match starts.binary_search(&offset) {
        Ok(i) => i,
        Err(i) => i - 1,
    };
    (line as u32 + 1, offset - starts[line] + 1)
}

/// 1-based line and column of a byte offset in `text`, without a line table (for the
/// occasional message that names a second position while a file is being parsed).
pub fn line_col_of(text: &[u8], offset: u32) -> (u32, u32) {
    let end = (offset as usize).min(text.len());
    line_col_in(&line_starts(&text[..end]), offset)
}

impl SourceFile {
    pub fn new(origin: Origin, text: Rc<[u8]>) -> SourceFile {
        let line_starts = line_starts(&text);
        SourceFile {
            origin,
            text,
            line_starts,
        }
    }

    /// The name C++ Nix prints for this source.
    pub fn display_name(&self) -> String {
        match &self.origin {
            Origin::File(p) => p.display().to_string(),
            Origin::Internal(p) => format!("<nix{}>", p.display()),
            Origin::String => "«string»".to_string(),
            Origin::Stdin => "«stdin»".to_string(),
        }
    }

    /// The file path, if the source is a file.
    pub fn path(&self) -> Option<&Path> {
        match &self.origin {
            Origin::File(p) | Origin::Internal(p) => Some(p),
            _ => None,
        }
    }

    /// 1-based line and column of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        line_col_in(&self.line_starts, offset)
    }

    /// The bytes of a 1-based line, without its line break.
    pub fn line_bytes(&self, line: u32) -> &[u8] {
        let start = self.line_starts[line as usize - 1] as usize;
        let next = self
            .line_starts
            .get(line as usize)
            .map(|e| *e as usize)
            .unwrap_or(self.text.len());
        let rest = &self.text[start..next.max(start)];
        let end = rest
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .unwrap_or(rest.len());
        &rest[..end]
    }

    /// The text of a 1-based line, without its line break (bytes that are not UTF-8
    /// shown as U+FFFD: messages are text).
    pub fn line_text(&self, line: u32) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(self.line_bytes(line))
    }
}

/// A source text handed to the evaluator: owned text is moved in (a big file is not kept
/// twice while it is parsed), borrowed text is copied once.
pub struct SourceText(pub Rc<[u8]>);

impl From<Vec<u8>> for SourceText {
    fn from(v: Vec<u8>) -> SourceText {
        SourceText(v.into())
    }
}

impl From<String> for SourceText {
    fn from(s: String) -> SourceText {
        SourceText(s.into_bytes().into())
    }
}

impl From<&[u8]> for SourceText {
    fn from(b: &[u8]) -> SourceText {
        SourceText(b.into())
    }
}

impl From<&str> for SourceText {
    fn from(s: &str) -> SourceText {
        SourceText(s.as_bytes().into())
    }
}

impl From<&String> for SourceText {
    fn from(s: &String) -> SourceText {
        SourceText(s.as_bytes().into())
    }
}

/// Every source text an evaluation has read, indexed by [`Pos::file`].
#[derive(Debug, Default)]
pub struct SourceMap {
    files: RefCell<Vec<Rc<SourceFile>>>,
}

/// The file index of nixref's own Nix source (the `derivation` function), the same in
/// every evaluation: the globals, whose `derivation` value is made from it, are shared by
/// the evaluations of a thread, so its positions must mean the same file in each.
pub const BUILTIN_FILE: u32 = u32::MAX - 1;

thread_local! {
    static BUILTIN_SOURCE: Rc<SourceFile> = Rc::new(SourceFile::new(
        Origin::Internal(crate::builtins::BUILTIN_SOURCE.0.into()),
        crate::builtins::BUILTIN_SOURCE.1.as_bytes().into(),
    ));
}

impl SourceMap {
    pub fn add(&self, origin: Origin, text: Rc<[u8]>) -> u32 {
        let mut files = self.files.borrow_mut();
        files.push(Rc::new(SourceFile::new(origin, text)));
        files.len() as u32 - 1
    }

    pub fn get(&self, file: u32) -> Rc<SourceFile> {
        if file == BUILTIN_FILE {
            return BUILTIN_SOURCE.with(Rc::clone);
        }
        self.files.borrow()[file as usize].clone()
    }

    /// The source lines around a position, as C++ Nix shows them under a message: the
    /// line before, the line itself with a caret under the column, the line after, each
    /// numbered (right-aligned in five columns) after `prefix`; trailing blanks trimmed.
    pub fn excerpt(&self, pos: Pos, prefix: &str) -> String {
        let f = self.get(pos.file);
        if f.text.is_empty() {
            // C++ Nix finds no line at all in an empty text (nor in a file it cannot
            // read again, such as `/dev/zero`, which nixref read as empty).
            return String::new();
        }
        let (line, col) = f.line_col(pos.offset);
        let count = f.line_starts.len() as u32;
        let mut out = String::new();
        let mut push = |s: String| {
            out.push_str(s.trim_end());
            out.push('\n');
        };
        if line > 1 {
            push(format!(
                "{prefix} {:>5}| {}",
                line - 1,
                f.line_text(line - 1)
            ));
        }
        push(format!("{prefix} {line:>5}| {}", f.line_text(line)));
        push(format!("{prefix}      |{}^", " ".repeat(col as usize)));
        if line < count {
            push(format!(
                "{prefix} {:>5}| {}",
                line + 1,
                f.line_text(line + 1)
            ));
        }
        out
    }

    /// `file:line:col`, as C++ Nix prints a position.
    pub fn describe(&self, pos: Pos) -> String {
        let f = self.get(pos.file);
        let (l, c) = f.line_col(pos.offset);
        format!("{}:{}:{}", f.display_name(), l, c)
    }
}
