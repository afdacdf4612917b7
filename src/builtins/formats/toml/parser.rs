//! A TOML 1.0 reader that checks things in toml11's order and recovers from errors the
//! way toml11 does, so that it reports the same errors (C++ Nix prints all of them).
//!
//! Errors go to [`Parser::errors`] as they are found; a function that fails returns one
//! error too, and toml11's habit of returning the last recorded error again (so it is
//! recorded twice, as after a bad array element) is kept.

use super::report::{Report, TEMPORARY};
use super::source::{Cursor, Region};
use super::syntax::{self as syn, S};
use super::tree::{self, ArrayStyle, Kind, Node, Table, TableStyle, Via};

type Res<T> = Result<T, Report>;

pub struct Parser<'a> {
    src: &'a [u8],
    pub errors: Vec<Report>,
}

/// What [`Parser::skip_spacer`] went over: whether there was a line break.
type Spacer = Option<bool>;

const INT_HINT: &str = "Hint: valid  : -42, 1_000, 1_2_3_4_5, 0xC0FFEE, 0b0010, 0o755\n\
                        Hint: invalid: _42, 1__000, 0123\n";
const FLOAT_HINT: &str = "Hint: valid  : +1.0, -2e-2, 3.141_592_653_589, inf, nan\n\
                          Hint: invalid: .0, 1., _1.0, 1.0_, 1_.0, 1.0__0\n";
const TIME_HINT: &str = "Hint: valid  : 1979-05-27T07:32:00, 1979-05-27 07:32:00.999999\n\
                         Hint: invalid: 1979-05-27T7:32:00, 1979-05-27 17:32\n";

/// The kinds of value toml11 tells apart by their first bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Guess {
    Str,
    Array,
    Table,
    Bool,
    Int,
    Float,
    OffsetDateTime,
    LocalDateTime,
    LocalDate,
    LocalTime,
}

impl<'a> Parser<'a> {
    pub fn new(src: &'a [u8]) -> Self {
        Parser {
            src,
            errors: Vec::new(),
        }
    }

    /// An error at one region.
    fn err_at(&self, title: impl Into<String>, r: Region, note: &str) -> Report {
        Report::new(title).at(self.src, r, note)
    }

    /// toml11's syntax error: "expected ..." at the place where `scanner` stops matching.
    fn syntax_error(&self, title: &str, scanner: &S, at: Cursor, hint: &str) -> Report {
        let mut c = at;
        let expected = scanner.expected(&mut c);
        self.err_at(title, Region::at(&c), &format!("expected {expected}"))
            .hint(hint)
    }

    // ---- the document -------------------------------------------------------------

    /// The whole document (which ends with a line feed).
    pub fn file(&mut self, loc: &mut Cursor<'a>) -> Table {
        let mut root = Table::new();
        if loc.eof() {
            return root;
        }
        self.top_comments(loc);
        if let Err(e) = self.table_body(loc, &mut root) {
            self.errors.push(e);
            self.skip_until_next_table(loc);
        }
        while !loc.eof() {
            self.skip_spacer(loc, true);
            if loc.looking_at(b"[[") && self.header(loc, &mut root, Via::ArrayHeader) {
                continue;
            }
            if self.header(loc, &mut root, Via::Header) {
                continue;
            }
            let e = if loc.looking_at(b"[[") {
                self.syntax_error(
                    "toml::parse_file: invalid array-table key",
                    &syn::ARRAY_TABLE,
                    *loc,
                    "",
                )
            } else {
                self.syntax_error(
                    "toml::parse_file: invalid table key",
                    &syn::STD_TABLE,
                    *loc,
                    "",
                )
            };
            self.errors.push(e);
            self.skip_until_next_table(loc);
        }
        root
    }

    /// Comment lines at the top; toml11 goes back to the start after them.
    fn top_comments(&mut self, loc: &mut Cursor<'a>) {
        let first = *loc;
        while !loc.eof() {
            match self.comment_line(loc) {
                Ok(true) => {}
                Ok(false) => {
                    if !syn::WS_NEWLINE.scan(loc) {
                        *loc = first;
                    }
                    break;
                }
                Err(e) => {
                    self.errors.push(e);
                    self.skip_comment_block(loc);
                }
            }
        }
    }

    /// A `[header]` or `[[header]]` (by `via`) and the table after it; false (and
    /// `loc` unchanged) when there is no such header here.
    fn header(&mut self, loc: &mut Cursor<'a>, root: &mut Table, via: Via) -> bool {
        let Ok((keys, reg)) = self.header_key(loc, via) else {
            return false;
        };
        match self.comment_line(loc) {
            Ok(true) => {}
            Ok(false) => {
                syn::WS.scan(loc);
                if !loc.eof() && !syn::NEWLINE.scan(loc) {
                    let e = self.syntax_error(
                        "toml::parse_file: newline (or EOF) expected",
                        &syn::NEWLINE,
                        *loc,
                        "",
                    );
                    self.errors.push(e);
                    self.skip_until_next_table(loc);
                    return true;
                }
            }
            Err(e) => {
                self.errors.push(e);
                self.skip_until_next_table(loc);
                return true;
            }
        }
        let value = Node::table(TableStyle::Explicit, reg);
        let result = match tree::insert(self.src, via, root, &keys, reg, value) {
            Ok(node) => match &mut node.kind {
                Kind::Table(t, _) => self.table_body(loc, t),
                _ => unreachable!("a header makes a table"),
            },
            Err(e) => {
                self.errors.push(e);
                self.table_body(loc, &mut Table::new())
            }
        };
        if let Err(e) = result {
            self.errors.push(e);
            self.skip_until_next_table(loc);
        }
        true
    }

    fn header_key(&mut self, loc: &mut Cursor<'a>, via: Via) -> Res<(Vec<Vec<u8>>, Region)> {
        let (scanner, brackets) = match via {
            Via::ArrayHeader => (&*syn::ARRAY_TABLE, 2),
            _ => (&*syn::STD_TABLE, 1),
        };
        let first = *loc;
        if !scanner.scan(loc) {
            return Err(Report::new("not a header"));
        }
        let reg = Region::between(&first, loc);
        *loc = first;
        (0..brackets).for_each(|_| loc.advance());
        syn::WS.scan(loc);
        let (keys, _) = self.key(loc)?;
        syn::WS.scan(loc);
        (0..brackets).for_each(|_| loc.advance());
        Ok((keys, reg))
    }

    /// Key-value pairs up to the next header or the end.
    fn table_body(&mut self, loc: &mut Cursor<'a>, table: &mut Table) -> Res<()> {
        let num_errors = self.errors.len();
        let mut newline_found = true;
        while !loc.eof() {
            let start = *loc;
            let sp = self.skip_spacer(loc, newline_found);
            if loc.eof() {
                break;
            }
            if syn::TABLE_START.scan(loc) {
                *loc = start;
                break;
            }
            newline_found = newline_found || sp == Some(true);
            if !newline_found {
                return Err(self.err_at(
                    "toml::parse_table: newline (LF / CRLF) or EOF is expected",
                    Region::at(loc),
                    "here",
                ));
            }
            newline_found = false;
            match self.key_value(loc) {
                Ok((keys, key_reg, value)) => {
                    match self.comment_line(loc) {
                        Ok(found) => newline_found = found,
                        Err(e) => self.errors.push(e),
                    }
                    if let Err(e) =
                        tree::insert(self.src, Via::DottedKey, table, &keys, key_reg, value)
                    {
                        self.errors.push(e);
                    }
                }
                Err(e) => {
                    self.errors.push(e);
                    self.skip_key_value(loc);
                }
            }
        }
        self.pop_new_error(num_errors)
    }

    /// toml11's ending of a function that recorded errors: the last one is taken back
    /// and returned (its caller records it again).
    fn pop_new_error(&mut self, num_errors: usize) -> Res<()> {
        if self.errors.len() > num_errors {
            return Err(self.errors.pop().expect("an error"));
        }
        Ok(())
    }

    /// Whitespace, then a comment and its line break: `Ok(true)` when there was a
    /// comment, `Ok(false)` (and `loc` unchanged) when there was none.
    fn comment_line(&mut self, loc: &mut Cursor<'a>) -> Res<bool> {
        let first = *loc;
        syn::WS.scan(loc);
        if !syn::COMMENT.scan(loc) {
            *loc = first;
            return Ok(false);
        }
        if loc.eof() || syn::NEWLINE.scan(loc) {
            return Ok(true);
        }
        while !loc.eof() {
            loc.advance();
            if loc.cur() == b'\n' {
                loc.advance();
                break;
            }
        }
        Err(self
            .err_at(
                "toml::parse_comment_line: newline (LF / CRLF) or EOF is expected",
                Region::at(loc),
                "but got this",
            )
            .hint("Hint: most of the control characters are not allowed in comments"))
    }

    /// Whitespace, line breaks and comment lines (toml11's multiline spacer): `None`
    /// when there was nothing, else whether there was a line break (or `newline_found`).
    fn skip_spacer(&mut self, loc: &mut Cursor<'a>, newline_found: bool) -> Spacer {
        let mut found = None;
        let mut newline = newline_found;
        while !loc.eof() {
            let start = *loc;
            if syn::COMMENT.scan(loc) && syn::NEWLINE.scan(loc) {
                newline = true;
            } else {
                *loc = start;
                if syn::NEWLINE.scan(loc) {
                    newline = true;
                } else if !(loc.cur() == b' ' || loc.cur() == b'\t') || !syn::WS.scan(loc) {
                    break;
                }
            }
            found = Some(newline);
        }
        found.map(|_| newline)
    }

    // ---- keys and values --------------------------------------------------------

    fn key_value(&mut self, loc: &mut Cursor<'a>) -> Res<(Vec<Vec<u8>>, Region, Node)> {
        let first = *loc;
        let (keys, key_reg) = match self.key(loc) {
            Ok(k) => k,
            Err(e) => {
                *loc = first;
                return Err(e);
            }
        };
        if !syn::KEYVAL_SEP.scan(loc) {
            let e = self.syntax_error(
                "toml::parse_key_value_pair: invalid key value separator `=`",
                &syn::KEYVAL_SEP,
                *loc,
                "",
            );
            *loc = first;
            return Err(e);
        }
        let value = self.value(loc)?;
        Ok((keys, key_reg, value))
    }

    /// A possibly dotted key.
    fn key(&mut self, loc: &mut Cursor<'a>) -> Res<(Vec<Vec<u8>>, Region)> {
        let first = *loc;
        let mut keys = Vec::new();
        while !loc.eof() {
            keys.push(self.simple_key(loc)?);
            if !syn::DOT_SEP.scan(loc) {
                break;
            }
        }
        if keys.is_empty() {
            return Err(self.err_at(
                "toml::parse_key: expected a new key, but got nothing",
                Region::at(&first),
                "reached EOF",
            ));
        }
        Ok((keys, Region::between(&first, loc)))
    }

    fn simple_key(&mut self, loc: &mut Cursor<'a>) -> Res<Vec<u8>> {
        match loc.cur() {
            b'"' => Ok(self.basic_string(loc)?.0),
            b'\'' => Ok(self.literal_string(loc)?.0),
            _ => {
                let first = *loc;
                if syn::UNQUOTED_KEY.scan(loc) {
                    return Ok(self.src[first.pos..loc.pos].to_vec());
                }
                Err(self.syntax_error(
                    "toml::parse_simple_key: invalid key: key must be \"quoted\", 'quoted-literal', or bare key.",
                    &syn::UNQUOTED_KEY,
                    *loc,
                    "Hint: non-ASCII scripts are allowed in toml v1.1.0, but not in v1.0.0.\n",
                ))
            }
        }
    }

    fn value(&mut self, loc: &mut Cursor<'a>) -> Res<Node> {
        match self.guess(loc)? {
            Guess::Bool => self.boolean(loc),
            Guess::Int => self.integer(loc),
            Guess::Float => self.float(loc),
            Guess::Str => self.string(loc),
            Guess::OffsetDateTime => self.datetime(loc, true),
            Guess::LocalDateTime => self.datetime(loc, false),
            Guess::LocalDate => self.date_value(loc),
            Guess::LocalTime => self.time_value(loc),
            Guess::Array => self.array(loc),
            Guess::Table => self.inline_table(loc),
        }
    }

    /// The kind of value starting here, or an error for a few starts toml11 knows to
    /// be wrong.
    fn guess(&self, loc: &Cursor<'a>) -> Res<Guess> {
        let lowercase = |word: &str, scanner: &S| {
            let msg = format!(
                "toml::parse_value: `{word}` must be in lowercase. A string must be surrounded by quotes."
            );
            Err(self.syntax_error(&msg, scanner, *loc, ""))
        };
        match loc.cur() {
            b'"' | b'\'' => Ok(Guess::Str),
            b'[' => Ok(Guess::Array),
            b'{' => Ok(Guess::Table),
            b't' | b'f' => Ok(Guess::Bool),
            b'T' => lowercase("true", &syn::BOOLEAN),
            b'F' => lowercase("false", &syn::BOOLEAN),
            b'i' if loc.looking_at(b"inf") => Ok(Guess::Float),
            b'i' | b'I' => lowercase("inf", &syn::FLOAT),
            b'n' if loc.looking_at(b"nan") => Ok(Guess::Float),
            b'n' | b'N' => lowercase("nan", &syn::FLOAT),
            _ => self.guess_number(loc),
        }
    }

    fn guess_number(&self, first: &Cursor<'a>) -> Res<Guess> {
        let mut loc = *first;
        if syn::OFFSET_DATETIME.scan(&mut loc) {
            return Ok(Guess::OffsetDateTime);
        }
        loc = *first;
        if syn::LOCAL_DATETIME.scan(&mut loc) {
            if matches!(loc.cur(), b'+' | b'-') {
                return Err(self.syntax_error(
                    "bad offset: must be [+-]HH:MM or Z",
                    &syn::TIME_OFFSET,
                    loc,
                    "Hint: valid  : +09:00, -05:30\nHint: invalid: +9:00,  -5:30\n",
                ));
            }
            return Ok(Guess::LocalDateTime);
        }
        loc = *first;
        if syn::LOCAL_DATE.scan(&mut loc) {
            return self.after_date(loc);
        }
        loc = *first;
        if syn::LOCAL_TIME.scan(&mut loc) {
            return Ok(Guess::LocalTime);
        }
        loc = *first;
        if syn::FLOAT.scan(&mut loc) {
            if !loc.eof() && loc.cur() == b'_' {
                return Err(self
                    .err_at(
                        "bad float: `_` must be surrounded by digits",
                        Region::at(&loc),
                        "invalid underscore",
                    )
                    .hint(FLOAT_HINT));
            }
            return Ok(Guess::Float);
        }
        loc = *first;
        if syn::INTEGER.scan(&mut loc) {
            return self.after_integer(first, loc);
        }
        let (title, note, hint) = match loc.cur() {
            b'.' if !loc.eof() => (
                "bad float: integer part is required before decimal point",
                "missing integer part",
                FLOAT_HINT,
            ),
            b'_' if !loc.eof() => (
                "bad number: `_` must be surrounded by digits",
                "digits required before `_`",
                INT_HINT,
            ),
            _ => ("bad format: unknown value appeared", "here", ""),
        };
        Err(self.err_at(title, Region::at(&loc), note).hint(hint))
    }

    /// After something shaped like a date: a bad time or delimiter is an error here.
    fn after_date(&self, mut loc: Cursor<'a>) -> Res<Guess> {
        if loc.eof() {
            return Ok(Guess::LocalDate);
        }
        let c = loc.cur();
        let bad_time = |at: Cursor<'a>| {
            Err(self.syntax_error(
                "bad time: must be HH:MM:SS.subsec",
                &syn::LOCAL_TIME,
                at,
                TIME_HINT,
            ))
        };
        if c == b'T' || c == b't' {
            loc.advance();
            return bad_time(loc);
        }
        if c == b' ' {
            loc.advance();
            if !loc.eof() && loc.cur().is_ascii_digit() {
                return bad_time(loc);
            }
        }
        if c.is_ascii_digit() {
            return Err(self.syntax_error(
                "bad datetime: missing T or space",
                &syn::TIME_DELIM,
                loc,
                TIME_HINT,
            ));
        }
        Ok(Guess::LocalDate)
    }

    /// After something shaped like an integer: what may not follow one.
    fn after_integer(&self, first: &Cursor<'a>, mut loc: Cursor<'a>) -> Res<Guess> {
        if loc.eof() {
            return Ok(Guess::Int);
        }
        let text = &self.src[first.pos..loc.pos];
        let here = Region::at(&loc);
        match loc.cur() {
            b'_' if matches!(text, b"0" | b"-0" | b"+0") => Err(self
                .err_at(
                    "bad integer: leading zero is not allowed in decimal int",
                    here,
                    "leading zero",
                )
                .hint(INT_HINT)),
            b'_' => Err(self
                .err_at(
                    "bad integer: `_` must be surrounded by digits",
                    here,
                    "invalid underscore",
                )
                .hint(INT_HINT)),
            b'0' => {
                loc.retrace();
                Err(self
                    .err_at(
                        "bad integer: leading zero",
                        Region::at(&loc),
                        "leading zero is not allowed",
                    )
                    .hint(INT_HINT))
            }
            b'1'..=b'9' => Err(self
                .err_at(
                    "bad integer: invalid digit after an integer",
                    here,
                    "this digit is not allowed",
                )
                .hint(INT_HINT)),
            b':' | b'-' => Err(self
                .err_at("bad datetime: invalid format", here, "here")
                .hint(
                    "Hint: valid  : 1979-05-27T07:32:00-07:00, 1979-05-27 07:32:00.999999Z\n\
                 Hint: invalid: 1979-05-27T7:32:00-7:00, 1979-05-27 7:32-00:30",
                )),
            b'.' | b'e' | b'E' => Err(self
                .err_at("bad float: invalid format", here, "here")
                .hint(FLOAT_HINT)),
            _ => Ok(Guess::Int),
        }
    }

    fn node(&self, kind: Kind, first: &Cursor, loc: &Cursor) -> Node {
        Node {
            kind,
            region: Region::between(first, loc),
        }
    }

    fn boolean(&mut self, loc: &mut Cursor<'a>) -> Res<Node> {
        let first = *loc;
        if !syn::BOOLEAN.scan(loc) {
            return Err(self.syntax_error(
                "toml::parse_boolean: invalid boolean: boolean must be `true` or `false`, in lowercase. string must be surrounded by `\"`",
                &syn::BOOLEAN,
                *loc,
                "",
            ));
        }
        let value = self.src[first.pos] == b't';
        Ok(self.node(Kind::Bool(value), &first, loc))
    }

    fn integer(&mut self, loc: &mut Cursor<'a>) -> Res<Node> {
        let first = *loc;
        if matches!(loc.cur(), b'+' | b'-') {
            loc.advance();
        }
        if !loc.eof() && loc.cur() == b'0' {
            loc.advance();
            if !loc.eof() {
                let prefix = loc.cur();
                *loc = first;
                match prefix {
                    b'x' => {
                        return self.radix_integer(
                            loc,
                            &syn::HEX_INT,
                            16,
                            "hex",
                            "0xC0FFEE, 0xdead_beef",
                        );
                    }
                    b'o' => {
                        return self.radix_integer(loc, &syn::OCT_INT, 8, "oct", "0o775, 0o04_44");
                    }
                    b'b' => {
                        return self.radix_integer(
                            loc,
                            &syn::BIN_INT,
                            2,
                            "bin",
                            "0b0101, 0b1111_0000",
                        );
                    }
                    b'0'..=b'9' => {
                        return Err(self.err_at(
                            "toml::parse_integer: leading zero in an decimal integer is not allowed",
                            Region::at(loc),
                            "leading zero",
                        ));
                    }
                    _ => {}
                }
            }
        }
        *loc = first;
        if !syn::DEC_INT.scan(loc) {
            return Err(self.syntax_error(
                "toml::parse_dec_integer: invalid integer: dec_int must be like: 42, 123_456_789",
                &syn::DEC_INT,
                *loc,
                "",
            ));
        }
        let digits = without_underscores(&self.src[first.pos..loc.pos]);
        match std::str::from_utf8(&digits)
            .ok()
            .and_then(|s| s.parse::<i64>().ok())
        {
            Some(n) => Ok(self.node(Kind::Int(n), &first, loc)),
            None => {
                let e = self.err_at(
                    "toml::parse_dec_integer: too large integer: current max digits = 2^63",
                    Region::at(loc),
                    "must be < 2^63",
                );
                *loc = first;
                Err(e)
            }
        }
    }

    /// A `0x`, `0o` or `0b` integer (no sign allowed: the scanner then fails).
    fn radix_integer(
        &mut self,
        loc: &mut Cursor<'a>,
        scanner: &S,
        radix: u32,
        name: &str,
        examples: &str,
    ) -> Res<Node> {
        let first = *loc;
        if !scanner.scan(loc) {
            let title = format!(
                "toml::parse_{name}_integer: invalid integer: {name}_int must be like: {examples}"
            );
            return Err(self.syntax_error(&title, scanner, *loc, ""));
        }
        let digits = without_underscores(&self.src[first.pos + 2..loc.pos]);
        let text = std::str::from_utf8(&digits).unwrap_or("");
        match i64::from_str_radix(text, radix) {
            Ok(n) => Ok(self.node(Kind::Int(n), &first, loc)),
            Err(_) => {
                let e = self.err_at(
                    format!(
                        "toml::parse_{name}_integer: too large integer: current max value = 2^63"
                    ),
                    Region::at(loc),
                    "must be < 2^63",
                );
                *loc = first;
                Err(e)
            }
        }
    }

    fn float(&mut self, loc: &mut Cursor<'a>) -> Res<Node> {
        let first = *loc;
        if !syn::FLOAT.scan(loc) {
            return Err(self.syntax_error(
                "toml::parse_floating: invalid floating: float must be like: -3.14159_26535, 6.022e+23, inf, or nan (lowercase).",
                &syn::FLOAT,
                *loc,
                "",
            ));
        }
        let text = without_underscores(&self.src[first.pos..loc.pos]);
        let text = std::str::from_utf8(&text).unwrap_or("");
        let value = match text.trim_start_matches('+') {
            "inf" => f64::INFINITY,
            "-inf" => f64::NEG_INFINITY,
            "nan" => f64::NAN,
            "-nan" => -f64::NAN,
            t => match t.parse::<f64>() {
                // A C++ stream refuses a literal too large for a double.
                Ok(x) if x.is_finite() => x,
                _ => {
                    return Err(self.err_at(
                        "toml::parse_floating: failed to read floating point value from stream",
                        Region::at(loc),
                        "here",
                    ));
                }
            },
        };
        Ok(self.node(Kind::Float(value), &first, loc))
    }

    // ---- dates and times ----------------------------------------------------------

    fn date_value(&mut self, loc: &mut Cursor<'a>) -> Res<Node> {
        let first = *loc;
        self.date(loc)?;
        Ok(self.node(Kind::Date, &first, loc))
    }

    fn time_value(&mut self, loc: &mut Cursor<'a>) -> Res<Node> {
        let first = *loc;
        self.time(loc)?;
        Ok(self.node(Kind::Date, &first, loc))
    }

    fn datetime(&mut self, loc: &mut Cursor<'a>, offset: bool) -> Res<Node> {
        let first = *loc;
        self.date(loc)?;
        if matches!(loc.cur(), b'T' | b't' | b' ') {
            loc.advance();
        } else {
            let title = if offset {
                "toml::parse_offset_datetime: expect date-time delimiter `T` or ` `(space)."
            } else {
                "toml::parse_local_datetime: expect date-time delimiter `T`, `t` or ` `(space)."
            };
            return Err(self.err_at(title, Region::at(loc), "here"));
        }
        self.time(loc)?;
        if offset {
            self.offset(loc, &first)?;
        }
        Ok(self.node(Kind::Date, &first, loc))
    }

    fn date(&mut self, loc: &mut Cursor<'a>) -> Res<()> {
        let first = *loc;
        if !syn::LOCAL_DATE.scan(loc) {
            return Err(self.syntax_error(
                "toml::parse_local_date: invalid date: date must be like: 1234-05-06, yyyy-mm-dd.",
                &syn::LOCAL_DATE,
                *loc,
                "",
            ));
        }
        let s = &self.src[first.pos..loc.pos];
        let (year, month, day) = (number(&s[0..4]), number(&s[5..7]), number(&s[8..10]));
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let max_day = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if !(1..=12).contains(&month) || !(1..=max_day).contains(&day) {
            return Err(self.err_at(
                "toml::parse_local_date: invalid date.",
                Region::at(&first),
                "month must be 01-12, day must be any of 01-28,29,30,31 depending on the month/year.",
            ));
        }
        Ok(())
    }

    fn time(&mut self, loc: &mut Cursor<'a>) -> Res<()> {
        let first = *loc;
        if !syn::LOCAL_TIME.scan(loc) {
            return Err(self.syntax_error(
                "toml::parse_local_time: invalid time: time must be HH:MM:SS(.sss) (subseconds are optional)",
                &syn::LOCAL_TIME,
                *loc,
                "",
            ));
        }
        let s = &self.src[first.pos..loc.pos];
        let (hour, minute, second) = (number(&s[0..2]), number(&s[3..5]), number(&s[6..8]));
        if hour >= 24 || minute >= 60 {
            return Err(self.err_at(
                "toml::parse_local_time: invalid time.",
                Region::at(&first),
                "hour must be 00-23, minute must be 00-59.",
            ));
        }
        if second > 60 {
            return Err(self.err_at(
                "toml::parse_local_time: invalid time.",
                Region::at(&first),
                "second must be 00-60.",
            ));
        }
        Ok(())
    }

    fn offset(&mut self, loc: &mut Cursor<'a>, first: &Cursor<'a>) -> Res<()> {
        let start = *loc;
        if !syn::TIME_OFFSET.scan(loc) {
            return Err(self.syntax_error(
                "toml::parse_offset_datetime: invalid offset: offset must be like: Z, +01:00, or -10:00.",
                &syn::TIME_OFFSET,
                *loc,
                "",
            ));
        }
        let s = &self.src[start.pos..loc.pos];
        if s.len() > 1 && (number(&s[1..3]) > 24 || number(&s[4..6]) > 60) {
            return Err(self.err_at(
                "toml::parse_offset_datetime: too large offset: |hour| <= 24, |minute| <= 60",
                Region::between(first, loc),
                "here",
            ));
        }
        Ok(())
    }

    // ---- strings ------------------------------------------------------------------

    fn string(&mut self, loc: &mut Cursor<'a>) -> Res<Node> {
        let first = *loc;
        let value = if loc.looking_at(b"\"\"\"") {
            self.ml_basic_string(loc)?
        } else if loc.cur() == b'"' {
            self.basic_string(loc)?.0
        } else if loc.looking_at(b"'''") {
            self.ml_literal_string(loc)?
        } else {
            self.literal_string(loc)?.0
        };
        Ok(self.node(Kind::Str(value), &first, loc))
    }

    /// A `"string"`, decoded, and its region.
    fn basic_string(&mut self, loc: &mut Cursor<'a>) -> Res<(Vec<u8>, Region)> {
        let first = *loc;
        if !syn::BASIC_STRING.scan(loc) {
            return Err(self.syntax_error(
                "toml::parse_basic_string: invalid string format",
                &syn::BASIC_STRING,
                *loc,
                "",
            ));
        }
        let body = &self.src[first.pos + 1..loc.pos - 1];
        Ok((unescape(body, false)?, Region::between(&first, loc)))
    }

    fn ml_basic_string(&mut self, loc: &mut Cursor<'a>) -> Res<Vec<u8>> {
        let first = *loc;
        if !syn::ML_BASIC_STRING.scan(loc) {
            return Err(self.syntax_error(
                "toml::parse_ml_basic_string: invalid string format",
                &syn::ML_BASIC_STRING,
                *loc,
                "",
            ));
        }
        let body = strip_first_newline(&self.src[first.pos + 3..loc.pos - 3]);
        unescape(body, true)
    }

    fn literal_string(&mut self, loc: &mut Cursor<'a>) -> Res<(Vec<u8>, Region)> {
        let first = *loc;
        if !syn::LITERAL_STRING.scan(loc) {
            return Err(self.syntax_error(
                "toml::parse_literal_string: invalid string format",
                &syn::LITERAL_STRING,
                *loc,
                "",
            ));
        }
        let body = self.src[first.pos + 1..loc.pos - 1].to_vec();
        Ok((body, Region::between(&first, loc)))
    }

    fn ml_literal_string(&mut self, loc: &mut Cursor<'a>) -> Res<Vec<u8>> {
        let first = *loc;
        if !syn::ML_LITERAL_STRING.scan(loc) {
            return Err(self.syntax_error(
                "toml::parse_ml_literal_string: invalid string format",
                &syn::ML_LITERAL_STRING,
                *loc,
                "",
            ));
        }
        Ok(strip_first_newline(&self.src[first.pos + 3..loc.pos - 3]).to_vec())
    }

    // ---- arrays and inline tables -------------------------------------------------

    fn array(&mut self, loc: &mut Cursor<'a>) -> Res<Node> {
        let num_errors = self.errors.len();
        let first = *loc;
        loc.advance();
        let mut items = Vec::new();
        self.skip_spacer(loc, false);
        let mut comma_found = true;
        while !loc.eof() {
            if loc.cur() == b']' {
                break;
            }
            if !comma_found {
                return Err(self.err_at(
                    "toml::parse_array: expected value-separator `,` or closing `]`",
                    Region::at(loc),
                    "here",
                ));
            }
            match self.value(loc) {
                Ok(item) => {
                    self.skip_spacer(loc, false);
                    comma_found = S::Byte(b',').scan(loc);
                    let comment_found = match self.comment_line(loc) {
                        Ok(found) => found,
                        Err(e) => {
                            self.errors.push(e);
                            false
                        }
                    };
                    if comma_found {
                        self.skip_spacer(loc, comment_found);
                    }
                    items.push(item);
                }
                Err(e) => {
                    self.errors.push(e);
                    let before = loc.pos;
                    self.skip_value(loc);
                    if loc.pos == before {
                        break;
                    }
                }
            }
        }
        if loc.cur() != b']' {
            return Err(self.err_at(
                "toml::parse_array: missing closing bracket `]`",
                Region::at(loc),
                "expected `]`, reached EOF",
            ));
        }
        loc.advance();
        if self.errors.len() != num_errors {
            // toml11 returns the last error without taking it back.
            return Err(self.errors.last().expect("an error").clone());
        }
        Ok(self.node(Kind::Array(items, ArrayStyle::Inline), &first, loc))
    }

    fn inline_table(&mut self, loc: &mut Cursor<'a>) -> Res<Node> {
        let num_errors = self.errors.len();
        let first = *loc;
        loc.advance();
        let mut table = Table::new();
        syn::WS.scan(loc);
        let mut still_empty = true;
        let mut comma_found = false;
        while !loc.eof() {
            if loc.cur() == b'}' {
                if comma_found {
                    return Err(self.err_at(
                        "toml::parse_inline_table: trailing comma is not allowed in TOML-v1.0.0)",
                        Region::at(loc),
                        "here",
                    ));
                }
                break;
            }
            if !comma_found && !still_empty {
                return Err(self.err_at(
                    "toml::parse_inline_table: expected value-separator `,` or closing `}`",
                    Region::at(loc),
                    "here",
                ));
            }
            still_empty = false;
            match self.key_value(loc) {
                Ok((keys, key_reg, value)) => {
                    if let Err(e) =
                        tree::insert(self.src, Via::DottedKey, &mut table, &keys, key_reg, value)
                    {
                        self.errors.push(e);
                        while !loc.eof() {
                            let c = loc.cur();
                            if c == b',' || c == b'\n' || c == b'}' {
                                comma_found = c == b',';
                                break;
                            }
                            loc.advance();
                        }
                        continue;
                    }
                    syn::WS.scan(loc);
                    comma_found = S::Byte(b',').scan(loc);
                    syn::WS.scan(loc);
                }
                Err(e) => {
                    self.errors.push(e);
                    while !loc.eof() && loc.cur() != b'}' && loc.cur() != b'\n' {
                        loc.advance();
                    }
                    break;
                }
            }
        }
        if loc.cur() != b'}' {
            return Err(self.err_at(
                "toml::parse_inline_table: missing closing bracket `}`",
                Region::at(loc),
                "expected `}`, reached line end",
            ));
        }
        loc.advance();
        self.pop_new_error(num_errors)?;
        Ok(self.node(Kind::Table(table, TableStyle::Inline), &first, loc))
    }

    // ---- error recovery -----------------------------------------------------------

    /// After a bad key-value pair: past the value if there was a `=`, else to the line
    /// break.
    fn skip_key_value(&self, loc: &mut Cursor<'a>) {
        while !loc.eof() {
            match loc.cur() {
                b'=' => {
                    syn::WS.scan(loc);
                    self.skip_value(loc);
                    return;
                }
                b'\n' => return,
                _ => loc.advance(),
            }
        }
    }

    fn skip_value(&self, loc: &mut Cursor<'a>) {
        match self.guess(loc) {
            Ok(Guess::Str) => skip_string_like(loc),
            Ok(Guess::Array) => self.skip_array_like(loc),
            Ok(Guess::Table) => self.skip_inline_table_like(loc),
            _ => {
                while !loc.eof() && !matches!(loc.cur(), b'\n' | b',' | b']' | b'}') {
                    loc.advance();
                }
            }
        }
    }

    /// Whether a table header starts here (without moving).
    fn at_header(&self, loc: &Cursor<'a>) -> bool {
        let mut c = *loc;
        syn::STD_TABLE.scan(&mut c) || syn::ARRAY_TABLE.scan(&mut c)
    }

    fn skip_array_like(&self, loc: &mut Cursor<'a>) {
        loc.advance();
        while !loc.eof() {
            match loc.cur() {
                b'"' | b'\'' => skip_string_like(loc),
                b'#' => self.skip_comment_block(loc),
                b'{' => self.skip_inline_table_like(loc),
                b'[' if self.at_header(loc) => break,
                b'[' => self.skip_array_like(loc),
                b'=' => {
                    // A key-value pair: the array was not closed; back to its line.
                    while loc.pos != 0 {
                        loc.retrace();
                        if loc.cur() == b'\n' {
                            loc.advance();
                            break;
                        }
                    }
                    break;
                }
                b']' => break,
                _ => loc.advance(),
            }
        }
    }

    fn skip_inline_table_like(&self, loc: &mut Cursor<'a>) {
        loc.advance();
        while !loc.eof() {
            match loc.cur() {
                b'\n' => break,
                b'"' | b'\'' => skip_string_like(loc),
                b'#' => {
                    self.skip_comment_block(loc);
                    break;
                }
                b'[' if self.at_header(loc) => break,
                b'[' => self.skip_array_like(loc),
                b'{' => self.skip_inline_table_like(loc),
                b'}' => break,
                _ => loc.advance(),
            }
        }
    }

    /// Comment and empty lines. (toml11 never gets past a second bad comment line
    /// here, C++ Nix hangs; this skips it.)
    fn skip_comment_block(&self, loc: &mut Cursor<'a>) {
        while !loc.eof() {
            syn::WS.scan(loc);
            if loc.cur() == b'#' {
                while !loc.eof() {
                    let c = loc.cur();
                    loc.advance();
                    if c == b'\n' {
                        break;
                    }
                }
            } else if !syn::NEWLINE.scan(loc) {
                return;
            }
        }
    }

    fn skip_until_next_table(&self, loc: &mut Cursor<'a>) {
        while !loc.eof() {
            if loc.cur() == b'\n' {
                loc.advance();
                let line_begin = *loc;
                syn::WS.scan(loc);
                if self.at_header(loc) {
                    *loc = line_begin;
                    return;
                }
            }
            loc.advance();
        }
    }
}

/// Past a string, or what starts like one, for error recovery.
fn skip_string_like(loc: &mut Cursor) {
    for delim in [&b"\"\"\""[..], b"'''"] {
        if loc.looking_at(delim) {
            (0..3).for_each(|_| loc.advance());
            while !loc.eof() {
                if loc.looking_at(delim) {
                    (0..3).for_each(|_| loc.advance());
                    return;
                }
                loc.advance();
            }
            return;
        }
    }
    let quote = loc.cur();
    if quote == b'"' || quote == b'\'' {
        while !loc.eof() {
            loc.advance();
            if loc.cur() == quote || loc.cur() == b'\n' {
                loc.advance();
                return;
            }
        }
    }
}

fn without_underscores(s: &[u8]) -> Vec<u8> {
    s.iter().copied().filter(|&c| c != b'_').collect()
}

/// Decimal digits (already checked) as a number.
fn number(s: &[u8]) -> u32 {
    s.iter().fold(0, |n, &d| n * 10 + u32::from(d - b'0'))
}

/// The content of a multi-line string without the line break right after the quotes.
fn strip_first_newline(s: &[u8]) -> &[u8] {
    s.strip_prefix(b"\n")
        .or_else(|| s.strip_prefix(b"\r\n"))
        .unwrap_or(s)
}

/// Decodes the escapes of a basic string's checked content (`multiline`: also line
/// ending backslashes). An escape naming no Unicode scalar value is an error, which
/// toml11 reports in its "internal temporary" copy of the rest of the string.
fn unescape(body: &[u8], multiline: bool) -> Res<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        if body[i] != b'\\' {
            out.push(body[i]);
            i += 1;
            continue;
        }
        let rest = &body[i..];
        let mut c = Cursor::new(rest);
        if multiline && syn::ESCAPED_NEWLINE.scan(&mut c) {
            i += c.pos;
            continue;
        }
        let (len, ch) = escape(rest)?;
        let mut buf = [0; 4];
        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        i += len;
    }
    Ok(out)
}

/// One checked escape at the start of `rest`: its length and character.
fn escape(rest: &[u8]) -> Res<(usize, char)> {
    let simple = match rest[1] {
        b'\\' => '\\',
        b'"' => '"',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        _ => return codepoint(rest),
    };
    Ok((2, simple))
}

fn codepoint(rest: &[u8]) -> Res<(usize, char)> {
    let digits = if rest[1] == b'u' { 4 } else { 8 };
    let hex = std::str::from_utf8(&rest[2..2 + digits]).unwrap_or("0");
    let n = u32::from_str_radix(hex, 16).unwrap_or(0);
    if let Some(ch) = char::from_u32(n) {
        return Ok((2 + digits, ch));
    }
    // The region of the `u` and its hex digits, in the copy of the string from the backslash on.
    let mut a = Cursor::new(rest);
    a.advance();
    let mut b = a;
    (0..=digits).for_each(|_| b.advance());
    let r = Region::between(&a, &b);
    let (title, note) = if (0xD800..=0xDFFF).contains(&n) {
        (
            "toml::parse_utf8_codepoint: [0xD800, 0xDFFF] is not a valid UTF-8",
            "here",
        )
    } else {
        (
            "toml::parse_utf8_codepoint: input codepoint is too large.",
            "must be in range [0x00, 0x10FFFF]",
        )
    };
    Err(Report::new(title).at_in(TEMPORARY, rest, r, note))
}
