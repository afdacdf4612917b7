//! Nix strings: bytes (not necessarily UTF-8) plus a string context.
//!
//! A string's context records the store paths it refers to (C++ Nix's `NixStringContext`):
//! it travels through interpolation, `+`, `toString` and the string builtins, and decides a
//! derivation's inputs. Strings are immutable, context and bytes in one allocation behind
//! one pointer, so cloning a value that holds a string is a reference-count bump.

use super::thin::ThinRc;
use std::collections::BTreeSet;
use std::fmt;
use std::rc::Rc;

/// One element of a string context.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ContextElem {
    /// A plain store path the string refers to (C++ Nix's "opaque" element).
    Opaque(Rc<str>),
    /// A derivation and its whole closure of outputs (`=drvPath`).
    DrvDeep(Rc<str>),
    /// One output of a derivation (`!output!drvPath`).
    Built { drv: Rc<str>, output: Rc<str> },
}

impl ContextElem {
    /// The element as C++ Nix names it in messages: the store path without the store
    /// directory, `=` before a whole derivation, `!output!` before one output.
    pub fn display(&self) -> String {
        let base = |p: &str| p.rsplit('/').next().unwrap_or(p).to_string();
        match self {
            ContextElem::Opaque(p) => base(p),
            ContextElem::DrvDeep(d) => format!("={}", base(d)),
            ContextElem::Built { drv, output } => format!("!{output}!{}", base(drv)),
        }
    }
}

/// A set of context elements, ordered as C++ Nix orders them.
pub type Context = BTreeSet<ContextElem>;

/// An immutable Nix string: its context, then its bytes, in one allocation.
#[derive(Clone)]
pub struct NixString(ThinRc<Context, u8>);

impl NixString {
    pub fn new(bytes: impl AsRef<[u8]>, context: Context) -> NixString {
        NixString(ThinRc::from_slice(context, bytes.as_ref()))
    }

    /// The pieces one after the other, copied once into the string's allocation.
    pub fn concat(pieces: &[impl AsRef<[u8]>], context: Context) -> NixString {
        let pieces: Vec<&[u8]> = pieces.iter().map(|p| p.as_ref()).collect();
        NixString(ThinRc::from_slices(context, &pieces))
    }

    /// A string without context.
    pub fn plain(bytes: impl AsRef<[u8]>) -> NixString {
        NixString::new(bytes, Context::new())
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.0.items()
    }

    /// The text, with invalid UTF-8 replaced (for messages, never for semantics).
    pub fn to_str_lossy(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(self.as_bytes())
    }

    pub fn context(&self) -> &Context {
        self.0.header()
    }

    pub fn has_context(&self) -> bool {
        !self.context().is_empty()
    }

    pub fn len(&self) -> usize {
        self.as_bytes().len()
    }

    pub fn is_empty(&self) -> bool {
        self.as_bytes().is_empty()
    }

    pub fn ptr_eq(a: &NixString, b: &NixString) -> bool {
        ThinRc::ptr_eq(&a.0, &b.0)
    }
}

/// Equal bytes and equal context.
impl PartialEq for NixString {
    fn eq(&self, other: &NixString) -> bool {
        self.as_bytes() == other.as_bytes() && self.context() == other.context()
    }
}

impl Eq for NixString {}

impl From<&str> for NixString {
    fn from(s: &str) -> NixString {
        NixString::plain(s.as_bytes())
    }
}

impl From<String> for NixString {
    fn from(s: String) -> NixString {
        NixString::plain(s.into_bytes())
    }
}

impl fmt::Debug for NixString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.to_str_lossy())
    }
}

/// Builds a string from pieces, merging their contexts (C++ Nix's `concatStrings` and
/// interpolation both work this way).
#[derive(Default)]
pub struct StringBuilder {
    bytes: Vec<u8>,
    context: Context,
}

impl StringBuilder {
    pub fn new() -> StringBuilder {
        StringBuilder::default()
    }

    pub fn push_bytes(&mut self, b: &[u8]) {
        self.bytes.extend_from_slice(b);
    }

    /// The bytes gathered so far.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    pub fn push_str(&mut self, s: &NixString) {
        self.bytes.extend_from_slice(s.as_bytes());
        self.add_context(s.context());
    }

    pub fn add_context(&mut self, c: &Context) {
        if !c.is_empty() {
            self.context.extend(c.iter().cloned());
        }
    }

    pub fn finish(self) -> NixString {
        NixString::new(self.bytes, self.context)
    }
}
