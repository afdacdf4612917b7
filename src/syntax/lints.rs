//! Current C++ Nix's literal lints: `lint-absolute-path-literals` (absolute and `~/`
//! paths), `lint-short-path-literals` (relative paths without `./` or `../`) and
//! `lint-url-literals`. Each is `ignore` (the default), `warn` (a warning on standard
//! error, the evaluation goes on) or `fatal` (an error at the literal). Nix 2.26 has none.

/// How a lint reacts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LintLevel {
    #[default]
    Ignore,
    Warn,
    Fatal,
}

impl LintLevel {
    pub fn parse(s: &str) -> Option<LintLevel> {
        match s {
            "ignore" => Some(LintLevel::Ignore),
            "warn" => Some(LintLevel::Warn),
            "fatal" => Some(LintLevel::Fatal),
            _ => None,
        }
    }
}

/// The lint settings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lints {
    pub absolute_paths: LintLevel,
    pub short_paths: LintLevel,
    pub url_literals: LintLevel,
}

impl Lints {
    /// Sets one by its setting name; false if the name is not a lint.
    pub fn set(&mut self, name: &str, level: LintLevel) -> bool {
        match name {
            "lint-absolute-path-literals" => self.absolute_paths = level,
            "lint-short-path-literals" => self.short_paths = level,
            "lint-url-literals" => self.url_literals = level,
            _ => return false,
        }
        true
    }

    /// The level and message for a path literal written as `text`, if a lint applies.
    pub fn path(&self, text: &str) -> Option<(LintLevel, String)> {
        let (level, msg) = if text.starts_with('/') {
            let m = format!(
                "absolute path literals are not portable. Consider replacing path literal '{text}' by a string, relative path, or parameter (lint-absolute-path-literals)"
            );
            (self.absolute_paths, m)
        } else if text.starts_with('~') {
            let m = format!(
                "home path literals are not portable. Consider replacing path literal '{text}' by a string, relative path, or parameter (lint-absolute-path-literals)"
            );
            (self.absolute_paths, m)
        } else if !text.starts_with("./") && !text.starts_with("../") {
            let m = format!(
                "relative path literal '{text}' should be prefixed with '.' for clarity: './{text}' (lint-short-path-literals)"
            );
            (self.short_paths, m)
        } else {
            return None;
        };
        (level != LintLevel::Ignore).then_some((level, msg))
    }

    /// The level and message for a URL literal, if the lint applies.
    pub fn url(&self, url: &str) -> Option<(LintLevel, String)> {
        let verdict = match self.url_literals {
            LintLevel::Ignore => return None,
            LintLevel::Warn => "discouraged",
            LintLevel::Fatal => "disallowed",
        };
        let msg = format!(
            "URL literals are {verdict}. Consider using a string literal \"{url}\" instead (lint-url-literals)"
        );
        Some((self.url_literals, msg))
    }
}
