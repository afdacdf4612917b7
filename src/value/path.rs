//! Path values: an absolute, canonical path's text, one allocation behind one word.

use super::thin::ThinRc;

/// The text of a path value (always valid UTF-8: paths are made from text).
#[derive(Clone)]
pub struct NixPath(ThinRc<(), u8>);

impl NixPath {
    pub fn as_str(&self) -> &str {
        // SAFETY: made only from `&str` (see the `From` impls), never changed.
        unsafe { std::str::from_utf8_unchecked(self.0.items()) }
    }
}

impl std::ops::Deref for NixPath {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for NixPath {
    fn from(s: &str) -> NixPath {
        NixPath(ThinRc::new((), s.as_bytes().to_vec()))
    }
}

impl From<String> for NixPath {
    fn from(s: String) -> NixPath {
        NixPath(ThinRc::new((), s.into_bytes()))
    }
}

impl PartialEq for NixPath {
    fn eq(&self, other: &NixPath) -> bool {
        self.as_str() == other.as_str()
    }
}

impl std::fmt::Display for NixPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for NixPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}
