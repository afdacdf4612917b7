//! Classification profiles: how to read another evaluator's output (`--classify FILE`).
//!
//! nixref knows the class of its own errors (its [`ErrorKind`]s). Another evaluator only
//! prints text, and every evaluator words its errors its own way, so the text is read by a
//! *profile*: rules (patterns → class) tried in order, the first match winning, plus the
//! exit statuses that mean "reported an error" and, optionally, the evaluator's known
//! printer differences. Profiles for C++ Nix (the default), tvix and snix are shipped
//! (`--classify cpp-nix|tvix|snix`); any other is a TOML file:
//!
//! ```toml
//! name = "my-vm"
//! # Exit statuses that mean "an error was reported" (default [1]); any other status,
//! # or a signal, is a crash.
//! error-status = [1]
//! # Where the error message is: "nix" (C++ Nix's last `error:` message, the default), or
//! # a regular expression whose first group is the message (its first match).
//! message = '(?m)^error\[E\d+\]: (.*)$'
//! # Optionally, where an error code is: a regular expression whose first group is the
//! # code (its first match); rules can then match on `code`.
//! code = '(?m)^error\[(E\d+)\]'
//!
//! [[rule]]
//! class = "throw"              # throw assert abort type missing-attr infinite-recursion
//!                              # missing-argument undefined-variable restricted-path
//!                              # invalid-path
//!                              # stack-overflow arithmetic parse io out-of-memory usage
//!                              # unsupported crash
//! code = '^E001$'             # a regular expression on the error code, and/or
//! message = '^explicit throw'  # one on the message, and/or
//! stderr = 'E001'              # one on the whole standard error, and/or
//! frame = "while calling the 'throw' builtin"  # one on the innermost `… frame` line
//! also = ["type"]              # classes it may stand for too: the evaluator reports two
//!                              # kinds nixref tells apart under one code
//!
//! # A known difference of the evaluator's printer, applied to both evaluators' printed
//! # values before they are compared. Used only with --normalise.
//! [[normalise]]
//! value = '<CYCLE>'            # a regular expression on the printed value
//! replace = '«repeated»'
//! why = "prints a value seen before as <CYCLE>"
//! ```
//!
//! An error no rule matches is [`Class::Unclassified`]: it counts as an error (so a value
//! on the other side is a divergence) but its kind is unknown, so it never makes a
//! "which error" divergence; campaigns count such errors so the profile can be extended.

use super::outcome::{Class, Outcome};
use crate::conformance::final_message;
use crate::error::ErrorKind;
use regex::Regex;
use std::path::Path;

/// The profiles shipped with nixref, by name.
pub const SHIPPED: &[(&str, &str)] = &[
    ("cpp-nix", include_str!("profiles/cpp-nix.toml")),
    ("tvix", include_str!("profiles/tvix.toml")),
    ("snix", include_str!("profiles/snix.toml")),
];

/// One classification rule: every pattern given must match.
#[derive(Clone, Debug)]
pub struct Rule {
    /// The class an error matching the rule is in.
    pub class: Class,
    /// Other classes an error of this rule may stand for (`also`).
    pub also: Vec<Class>,
    code: Option<Regex>,
    message: Option<Regex>,
    stderr: Option<Regex>,
    frame: Option<Regex>,
}

/// A printer normalisation: `value` replaced by `replace` in printed values.
#[derive(Clone, Debug)]
pub struct Normalisation {
    /// What to replace.
    pub pattern: Regex,
    /// What to replace it with (`$1` … for groups).
    pub replace: String,
    /// Why the printers differ there.
    pub why: String,
}

/// How the message of an error is found in standard error.
#[derive(Clone, Debug)]
enum MessageStyle {
    /// C++ Nix: the last `error:` message (with its continuation lines).
    Nix,
    /// The first group of the first match.
    Pattern(Regex),
}

/// A classification profile (see the module documentation for the file format).
#[derive(Clone, Debug)]
pub struct Profile {
    /// The profile's name (`cpp-nix` …).
    pub name: String,
    /// The exit statuses that mean an evaluation error.
    pub error_status: Vec<i32>,
    message: MessageStyle,
    code: Option<Regex>,
    /// The classification rules, first match wins.
    pub rules: Vec<Rule>,
    /// The printer normalisations.
    pub normalisations: Vec<Normalisation>,
    /// Whether the normalisations are applied (`--normalise`; off by default).
    pub normalise: bool,
}

impl Default for Profile {
    /// The C++ Nix profile.
    fn default() -> Profile {
        Profile::shipped("cpp-nix").expect("the shipped C++ Nix profile is valid")
    }
}

impl Profile {
    /// A shipped profile by name, if there is one.
    pub fn shipped(name: &str) -> Option<Profile> {
        SHIPPED.iter().find(|(n, _)| *n == name).map(|(n, text)| {
            Profile::parse(text).unwrap_or_else(|e| panic!("shipped profile {n}: {e}"))
        })
    }

    /// `--classify ARG`: a shipped profile's name or a profile file.
    pub fn load(arg: &str) -> Result<Profile, String> {
        if let Some(p) = Profile::shipped(arg) {
            return Ok(p);
        }
        let path = Path::new(arg);
        let text = std::fs::read_to_string(path).map_err(|e| {
            let names: Vec<&str> = SHIPPED.iter().map(|(n, _)| *n).collect();
            format!(
                "--classify {arg}: not a shipped profile ({}) and not a readable file: {e}",
                names.join(", ")
            )
        })?;
        Profile::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Reads a profile from its TOML text.
    pub fn parse(text: &str) -> Result<Profile, String> {
        let doc: toml_edit::DocumentMut = text.parse().map_err(|e| format!("{e}"))?;
        for (key, _) in doc.iter() {
            if ![
                "name",
                "error-status",
                "message",
                "code",
                "rule",
                "normalise",
            ]
            .contains(&key)
            {
                return Err(format!("unknown key '{key}'"));
            }
        }
        let name = doc
            .get("name")
            .and_then(|v| v.as_str())
            .unwrap_or("unnamed")
            .to_string();
        let error_status = match doc.get("error-status") {
            None => vec![1],
            Some(v) => v
                .as_array()
                .ok_or("error-status must be a list of numbers")?
                .iter()
                .map(|n| {
                    n.as_integer()
                        .map(|n| n as i32)
                        .ok_or("error-status must be a list of numbers".to_string())
                })
                .collect::<Result<_, _>>()?,
        };
        let message = match doc.get("message").and_then(|v| v.as_str()) {
            None | Some("nix") => MessageStyle::Nix,
            Some(p) => {
                let re = regex(p)?;
                if re.captures_len() < 2 {
                    return Err(format!("message pattern '{p}' has no group"));
                }
                MessageStyle::Pattern(re)
            }
        };
        let code = match doc.get("code").and_then(|v| v.as_str()) {
            None => None,
            Some(p) => {
                let re = regex(p)?;
                if re.captures_len() < 2 {
                    return Err(format!("code pattern '{p}' has no group"));
                }
                Some(re)
            }
        };
        let mut rules = Vec::new();
        if let Some(item) = doc.get("rule") {
            let tables = item
                .as_array_of_tables()
                .ok_or("rule must be written [[rule]]")?;
            for (i, t) in tables.iter().enumerate() {
                rules.push(rule(t).map_err(|e| format!("rule {}: {e}", i + 1))?);
            }
        }
        let mut normalisations = Vec::new();
        if let Some(item) = doc.get("normalise") {
            let tables = item
                .as_array_of_tables()
                .ok_or("normalise must be written [[normalise]]")?;
            for (i, t) in tables.iter().enumerate() {
                let get = |k: &str| t.get(k).and_then(|v| v.as_str());
                let pattern = get("value").ok_or(format!("normalise {}: no value", i + 1))?;
                normalisations.push(Normalisation {
                    pattern: regex(pattern)?,
                    replace: get("replace").unwrap_or("").to_string(),
                    why: get("why").unwrap_or("").to_string(),
                });
            }
        }
        Ok(Profile {
            name,
            error_status,
            message,
            code,
            rules,
            normalisations,
            normalise: false,
        })
    }

    /// The message of an error output.
    pub fn message_of(&self, stderr: &str) -> String {
        match &self.message {
            MessageStyle::Nix => final_message(stderr),
            MessageStyle::Pattern(re) => re
                .captures(stderr)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str().trim_end().to_string())
                .unwrap_or_default(),
        }
    }

    /// The class of an error output: the first matching rule's, or
    /// [`Class::Unclassified`].
    pub fn class_of(&self, stderr: &str) -> Class {
        self.rule_of(stderr)
            .map_or(Class::Unclassified, |r| r.class)
    }

    /// The classes an error output may stand for besides [`class_of`](Profile::class_of).
    pub fn also_of(&self, stderr: &str) -> Vec<Class> {
        self.rule_of(stderr)
            .map(|r| r.also.clone())
            .unwrap_or_default()
    }

    fn rule_of(&self, stderr: &str) -> Option<&Rule> {
        let msg = self.message_of(stderr);
        let frame = innermost_frame(stderr);
        let code = self
            .code
            .as_ref()
            .and_then(|re| re.captures(stderr))
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_string());
        let is = |re: &Option<Regex>, text: &str| re.as_ref().is_none_or(|r| r.is_match(text));
        self.rules.iter().find(|r| {
            is(&r.message, &msg)
                && match (&r.code, &code) {
                    (None, _) => true,
                    (Some(re), Some(c)) => re.is_match(c),
                    (Some(_), None) => false,
                }
                && is(&r.stderr, stderr)
                && match (&r.frame, &frame) {
                    (None, _) => true,
                    (Some(re), Some(f)) => re.is_match(f),
                    (Some(_), None) => false,
                }
        })
    }

    /// A printed value with the normalisations applied (when they are switched on). They
    /// apply to both evaluators' values before they are compared (a rule may rewrite what
    /// C++ Nix prints, such as `-0`, as well as what the VM prints), each until it changes
    /// nothing more (so that matches may overlap).
    pub fn normalised_value(&self, value: &[u8]) -> Vec<u8> {
        if !self.normalise || self.normalisations.is_empty() {
            return value.to_vec();
        }
        let mut s = String::from_utf8_lossy(value).into_owned();
        for n in &self.normalisations {
            for _ in 0..8 {
                let next = n.pattern.replace_all(&s, n.replace.as_str()).into_owned();
                if next == s {
                    break;
                }
                s = next;
            }
        }
        s.into_bytes()
    }

    /// Reads a run's result: an exit status of `error-status` is an error classified by
    /// the rules, 0 a value (standard output), anything else (or a signal) a crash.
    pub fn outcome(&self, status: Option<i32>, stdout: &[u8], stderr: &str) -> Outcome {
        match status {
            Some(0) => Outcome {
                text: stderr.to_string(),
                ..Outcome::value(self.normalised_value(stdout))
            },
            Some(n) if self.error_status.contains(&n) => {
                let mut o = Outcome::other(self.class_of(stderr), stderr.to_string());
                o.message = self.message_of(stderr);
                o.may_be = self.also_of(stderr);
                o
            }
            Some(n) => Outcome::other(Class::Crash, format!("exit status {n}\n{stderr}")),
            None => Outcome::other(Class::Crash, format!("killed by a signal\n{stderr}")),
        }
    }
}

fn regex(p: &str) -> Result<Regex, String> {
    Regex::new(p).map_err(|e| format!("bad pattern '{p}': {e}"))
}

fn rule(t: &toml_edit::Table) -> Result<Rule, String> {
    for (key, _) in t.iter() {
        if !["class", "also", "code", "message", "stderr", "frame", "why"].contains(&key) {
            return Err(format!("unknown key '{key}'"));
        }
    }
    let get = |k: &str| t.get(k).and_then(|v| v.as_str());
    let class_name = get("class").ok_or("no class")?;
    let class = class_named(class_name).ok_or(format!("unknown class '{class_name}'"))?;
    let pattern = |k: &str| get(k).map(regex).transpose();
    let mut also = Vec::new();
    if let Some(v) = t.get("also") {
        let list = v.as_array().ok_or("also must be a list of classes")?;
        for c in list.iter() {
            let name = c.as_str().ok_or("also must be a list of classes")?;
            also.push(class_named(name).ok_or(format!("unknown class '{name}'"))?);
        }
    }
    Ok(Rule {
        class,
        also,
        code: pattern("code")?,
        message: pattern("message")?,
        stderr: pattern("stderr")?,
        frame: pattern("frame")?,
    })
}

/// The class a profile names.
pub fn class_named(name: &str) -> Option<Class> {
    match name {
        "unsupported" => Some(Class::Unsupported),
        "crash" => Some(Class::Crash),
        n => [
            ErrorKind::Throw,
            ErrorKind::AssertFail,
            ErrorKind::Abort,
            ErrorKind::Type,
            ErrorKind::MissingAttr,
            ErrorKind::MissingArgument,
            ErrorKind::UndefinedVariable,
            ErrorKind::RestrictedPath,
            ErrorKind::InvalidPath,
            ErrorKind::InfiniteRecursion,
            ErrorKind::StackOverflow,
            ErrorKind::Arithmetic,
            ErrorKind::Parse,
            ErrorKind::Io,
            ErrorKind::OutOfMemory,
            ErrorKind::Usage,
        ]
        .into_iter()
        .find(|k| k.name() == n)
        .map(Class::Error),
    }
}

/// The last `… frame` line before the final `error:` line (C++ Nix's innermost context).
fn innermost_frame(stderr: &str) -> Option<String> {
    let mut frame = None;
    for line in stderr.lines() {
        let t = line.trim_start();
        if let Some(f) = t.strip_prefix("… ") {
            frame = Some(f.trim_end().to_string());
        } else if t.starts_with("error: ") && line.starts_with(' ') {
            break;
        }
    }
    frame
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_profiles_parse() {
        for (name, _) in SHIPPED {
            let p = Profile::shipped(name).unwrap();
            assert!(!p.rules.is_empty(), "{name}");
        }
    }

    #[test]
    fn cpp_wording_is_classified() {
        let p = Profile::default();
        let throw = "error:\n       … while calling the 'throw' builtin\n         at «string»:1:1:\n\n       error: x\n";
        assert_eq!(p.class_of(throw), Class::Error(ErrorKind::Throw));
        let cases = [
            (
                "error: attribute 'a' missing\n       at x:1:1:\n",
                Class::Error(ErrorKind::MissingAttr),
            ),
            (
                "error: integer overflow in adding 1 + 2\n",
                Class::Error(ErrorKind::Arithmetic),
            ),
            (
                "error: cannot coerce an integer to a string: 1\n",
                Class::Error(ErrorKind::Type),
            ),
            (
                "error: undefined variable 'x'\n       at «string»:1:1:\n",
                Class::Error(ErrorKind::UndefinedVariable),
            ),
            (
                "error: assertion 'false' failed\n       at x:1:1:\n",
                Class::Error(ErrorKind::AssertFail),
            ),
            (
                "error: syntax error, unexpected end of file\n",
                Class::Error(ErrorKind::Parse),
            ),
        ];
        for (text, class) in cases {
            assert_eq!(p.class_of(text), class, "{text}");
        }
    }

    #[test]
    fn unmatched_errors_are_unclassified_and_statuses_decide_crashes() {
        let p = Profile::parse(
            "name = 't'\nerror-status = [1, 3]\n[[rule]]\nclass = 'throw'\nstderr = 'THROWN'\n",
        )
        .unwrap();
        assert_eq!(
            p.outcome(Some(1), b"", "THROWN x").class,
            Class::Error(ErrorKind::Throw)
        );
        assert_eq!(p.outcome(Some(3), b"", "what").class, Class::Unclassified);
        assert_eq!(p.outcome(Some(2), b"", "").class, Class::Crash);
        assert_eq!(p.outcome(None, b"", "").class, Class::Crash);
        assert_eq!(p.outcome(Some(0), b"1\n", "").value, b"1\n");
    }

    #[test]
    fn normalisations_apply_only_when_switched_on() {
        let text =
            "[[normalise]]\nvalue = '<CYCLE>'\nreplace = '«repeated»'\n[[rule]]\nclass='type'\n";
        let mut p = Profile::parse(text).unwrap();
        assert_eq!(p.normalised_value(b"[ <CYCLE> ]"), b"[ <CYCLE> ]");
        p.normalise = true;
        assert_eq!(
            p.normalised_value(b"[ <CYCLE> ]"),
            "[ «repeated» ]".as_bytes()
        );
    }

    #[test]
    fn bad_profiles_are_refused() {
        assert!(Profile::parse("[[rule]]\nclass = 'nonsense'\n").is_err());
        assert!(Profile::parse("[[rule]]\nclass = 'type'\nmessage = '('\n").is_err());
        assert!(Profile::parse("colour = 'red'\n").is_err());
        assert!(Profile::parse("message = 'no group'\n").is_err());
        assert!(Profile::load("/nonexistent/profile.toml").is_err());
    }
}
