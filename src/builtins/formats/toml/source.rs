//! Positions in a TOML document, counted the way toml11 counts them: lines from 1,
//! columns from 1 in bytes, and the lines an error excerpt shows cut to about thirty
//! bytes either side of the region (with `... ` / ` ...` marking a cut).

/// A position in the document (toml11's `location`).
#[derive(Clone, Copy)]
pub struct Cursor<'a> {
    src: &'a [u8],
    pub pos: usize,
    pub line: usize,
    pub col: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(src: &'a [u8]) -> Self {
        Cursor {
            src,
            pos: 0,
            line: 1,
            col: 1,
        }
    }

    pub fn eof(&self) -> bool {
        self.pos >= self.src.len()
    }

    /// The byte here, NUL at the end (as toml11's `current()`).
    pub fn cur(&self) -> u8 {
        self.src.get(self.pos).copied().unwrap_or(0)
    }

    pub fn advance(&mut self) {
        if let Some(&c) = self.src.get(self.pos) {
            if c == b'\n' {
                self.line += 1;
                self.col = 1;
            } else {
                self.col += 1;
            }
            self.pos += 1;
        }
    }

    /// One byte back. Like toml11, the column only changes when a line break is
    /// crossed (so it is one too large after stepping back within a line).
    pub fn retrace(&mut self) {
        if self.pos == 0 {
            self.line = 1;
            self.col = 1;
            return;
        }
        self.pos -= 1;
        if self.src[self.pos] == b'\n' {
            self.line -= 1;
            self.col = column_of(self.src, self.pos);
        }
    }

    /// Whether the text here starts with `s` (without moving).
    pub fn looking_at(&self, s: &[u8]) -> bool {
        self.src[self.pos.min(self.src.len())..].starts_with(s)
    }
}

fn column_of(src: &[u8], pos: usize) -> usize {
    let start = src[..pos]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |i| i + 1);
    pos - start + 1
}

/// A stretch of the document `[first, last)` (toml11's `region`).
#[derive(Clone, Copy)]
pub struct Region {
    first: usize,
    last: usize,
    pub first_line: usize,
    pub last_line: usize,
    len: usize,
}

impl Region {
    pub fn between(a: &Cursor, b: &Cursor) -> Region {
        Region {
            first: a.pos,
            last: b.pos,
            first_line: a.line,
            last_line: b.line,
            len: b.pos - a.pos,
        }
    }

    /// The byte at `c`; at the end of the document the byte before it.
    pub fn at(c: &Cursor) -> Region {
        if c.eof() {
            let mut p = *c;
            p.retrace();
            Region {
                first: p.pos,
                last: c.pos,
                first_line: p.line,
                last_line: c.line,
                len: usize::from(c.pos != 0),
            }
        } else {
            Region {
                first: c.pos,
                last: c.pos + 1,
                first_line: c.line,
                last_line: c.line,
                len: 1,
            }
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// The lines shown for this region, each with the offset of the region's start
    /// (first line) or of the shown text's start (last line) in it: one line, two, or
    /// first, "..." and last.
    pub fn lines(&self, src: &[u8]) -> Vec<(Vec<u8>, usize)> {
        if self.len == 0 {
            return vec![(Vec::new(), 0)];
        }
        let (begin, end) = (self.first, self.last - 1);
        if self.first_line == self.last_line {
            return vec![take_line(src, begin, end)];
        }
        let file_end = if src.len() - begin > 60 {
            begin + 50
        } else {
            src.len()
        };
        let file_begin = if end > 60 { end - 50 } else { 0 };
        let first_end = find_lf(src, begin, file_end);
        let last_begin = find_lf(src, file_begin, end);
        let first = take_line(src, begin, first_end);
        let last = take_line(src, last_begin, end);
        if self.first_line + 1 == self.last_line {
            vec![first, last]
        } else {
            vec![first, (b"...".to_vec(), 0), last]
        }
    }
}

/// The first line feed in `[from, to)`, or `to`.
fn find_lf(src: &[u8], from: usize, to: usize) -> usize {
    src[from..to]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(to, |i| from + i)
}

/// The line around `[begin, end]`, at most thirty bytes beyond either end, and the
/// offset of `begin` in what is shown.
fn take_line(src: &[u8], begin: usize, end: usize) -> (Vec<u8>, usize) {
    let capped_begin = begin.saturating_sub(30);
    let capped_end = if src.len() - end <= 30 {
        src.len()
    } else {
        end + 30
    };
    let start = src[capped_begin..begin]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(capped_begin, |i| capped_begin + i + 1);
    let stop = find_lf(src, end, capped_end);
    let mut offset = begin - start;
    let mut line = src[start..stop].to_vec();
    if start != 0 && src[start - 1] != b'\n' {
        line.splice(0..0, b"... ".iter().copied());
        offset += 4;
    }
    if stop != src.len() && src[stop] != b'\n' {
        line.extend_from_slice(b" ...");
    }
    (line, offset)
}
