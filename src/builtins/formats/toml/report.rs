//! toml11's error reports, which C++ Nix prints whole after "while parsing TOML: ": a
//! title, then each region involved as an excerpt (` --> fromTOML`, numbered lines,
//! carets and a note), then an optional hint.

use super::source::Region;

#[derive(Clone)]
/// One error: its title, the regions it points at with their notes, and a suffix.
pub struct Report {
    title: String,
    places: Vec<Place>,
    suffix: String,
}

#[derive(Clone)]
/// A region with its note, in a named source ("fromTOML", or toml11's "internal
/// temporary" copy of a string's escapes).
struct Place {
    file: &'static str,
    first_line: usize,
    last_line: usize,
    len: usize,
    lines: Vec<(Vec<u8>, usize)>,
    note: String,
}

/// The name C++ Nix gives toml11 for the document.
pub const DOCUMENT: &str = "fromTOML";
/// The name toml11 gives the copy of a string it decodes escapes in.
pub const TEMPORARY: &str = "internal temporary";

impl Report {
    pub fn new(title: impl Into<String>) -> Self {
        Report {
            title: title.into(),
            places: Vec::new(),
            suffix: String::new(),
        }
    }

    /// Adds a region of the document `src` with its note.
    pub fn at(self, src: &[u8], region: Region, note: impl Into<String>) -> Self {
        self.at_in(DOCUMENT, src, region, note)
    }

    pub fn at_in(
        mut self,
        file: &'static str,
        src: &[u8],
        r: Region,
        note: impl Into<String>,
    ) -> Self {
        self.places.push(Place {
            file,
            first_line: r.first_line,
            last_line: r.last_line,
            len: r.len(),
            lines: r.lines(src),
            note: note.into(),
        });
        self
    }

    pub fn hint(mut self, suffix: &str) -> Self {
        self.suffix = suffix.to_string();
        self
    }

    /// The report as toml11 formats it (without colours).
    pub fn render(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"[error] ");
        out.extend_from_slice(self.title.as_bytes());
        out.push(b'\n');
        let width = self
            .places
            .iter()
            .map(|p| digits(p.last_line))
            .max()
            .unwrap_or(0);
        let mut prev_file = "";
        for (i, p) in self.places.iter().enumerate() {
            if i > 0 {
                pad(out, width + 1);
                out.extend_from_slice(b" | ...\n");
                empty_line(out, width);
            }
            p.render(out, width, prev_file);
            prev_file = p.file;
        }
        out.extend_from_slice(self.suffix.as_bytes());
    }
}

impl Place {
    fn render(&self, out: &mut Vec<u8>, width: usize, prev_file: &str) {
        if self.file != prev_file {
            out.extend_from_slice(b" --> ");
            out.extend_from_slice(self.file.as_bytes());
            out.push(b'\n');
            empty_line(out, width);
        }
        let first = &self.lines[0];
        let last = &self.lines[self.lines.len() - 1];
        let first_col = first.1 + 1;
        let last_col = last.1 + 1;
        // How far the underline of the first line may reach: to its end (or one byte
        // when the region starts at the line break).
        let rest_of_first = (first.0.len() + 1).saturating_sub(first_col);
        match self.lines.len() {
            1 => {
                let limit = if first.0.len() < first_col {
                    1
                } else {
                    rest_of_first
                };
                line(out, width, self.first_line, &first.0);
                underline(out, width, first_col, limit.min(self.len), &self.note);
            }
            2 => {
                line(out, width, self.first_line, &first.0);
                underline(out, width, first_col, rest_of_first, "");
                line(out, width, self.last_line, &last.0);
                underline(out, width, 1, last_col, &self.note);
            }
            _ => {
                line(out, width, self.first_line, &first.0);
                underline(out, width, first_col, rest_of_first, "and");
                line(out, width, self.first_line + 1, &self.lines[1].0);
                underline(out, width, 1, self.lines[1].0.len(), "and");
                line(out, width, self.last_line, &last.0);
                underline(out, width, 1, last_col, &self.note);
            }
        }
    }
}

fn digits(mut n: usize) -> usize {
    let mut w = 0;
    while n != 0 {
        n /= 10;
        w += 1;
    }
    w
}

fn pad(out: &mut Vec<u8>, n: usize) {
    out.extend(std::iter::repeat_n(b' ', n));
}

fn empty_line(out: &mut Vec<u8>, width: usize) {
    pad(out, width + 1);
    out.extend_from_slice(b" |\n");
}

/// ` 12 | text`, bytes other than printable ASCII and space shown as [`show_byte`].
fn line(out: &mut Vec<u8>, width: usize, number: usize, text: &[u8]) {
    out.extend_from_slice(format!(" {number:>width$} | ").as_bytes());
    for &c in text {
        if c.is_ascii_graphic() || c == b' ' {
            out.push(c);
        } else {
            out.extend_from_slice(show_byte(c).as_bytes());
        }
    }
    out.push(b'\n');
}

fn underline(out: &mut Vec<u8>, width: usize, col: usize, len: usize, note: &str) {
    pad(out, width + 1);
    out.extend_from_slice(b" | ");
    pad(out, col.saturating_sub(1));
    out.extend(std::iter::repeat_n(b'^', len));
    out.extend_from_slice(b"-- ");
    out.extend_from_slice(note.as_bytes());
    out.push(b'\n');
}

/// A byte as toml11 names it: itself when printable, else `0xNN` and a name for a few
/// control characters.
pub fn show_byte(c: u8) -> String {
    if c.is_ascii_graphic() {
        return (c as char).to_string();
    }
    let name = match c {
        0 => "(NUL)",
        b' ' => "(SPACE)",
        b'\n' => "(LINE FEED)",
        b'\r' => "(CARRIAGE RETURN)",
        b'\t' => "(TAB)",
        0x0b => "(VERTICAL TAB)",
        0x0c => "(FORM FEED)",
        0x1b => "(ESCAPE)",
        _ => "",
    };
    format!("0x{c:02x}{name}")
}
