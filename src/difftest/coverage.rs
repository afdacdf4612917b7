//! Which expression forms and builtins the generated programs reached (`--stats`, the
//! campaign summary). Forms are named by the generator as it writes them; the list below is
//! every form it knows, so a form never reached still shows, with a count of 0.

use std::collections::BTreeMap;

/// Every form the generator can write.
pub const FORMS: &[&str] = &[
    "literal-int",
    "literal-float",
    "literal-string",
    "literal-indented-string",
    "literal-path",
    "literal-relative-path",
    "literal-uri",
    "string-interpolation",
    "path-interpolation",
    "unicode-string",
    "numeric-edge",
    "comment",
    "list",
    "attrs",
    "rec-attrs",
    "nested-attrpath",
    "dynamic-attr",
    "quoted-attr",
    "inherit",
    "inherit-from",
    "let",
    "legacy-let",
    "recursive-function",
    "mutual-recursion",
    "self-reference",
    "with",
    "with-var",
    "if",
    "assert",
    "lambda-ident",
    "lambda-formals",
    "formal-default",
    "formal-ellipsis",
    "formal-at",
    "apply",
    "select",
    "select-or",
    "has-attr",
    "cur-pos",
    "var",
    "shadowing",
    "global-bare",
    "global-underscore",
    "operator-override",
    "op-add",
    "op-sub",
    "op-mul",
    "op-div",
    "op-concat",
    "op-update",
    "op-eq",
    "op-neq",
    "op-lt",
    "op-le",
    "op-gt",
    "op-ge",
    "op-and",
    "op-or",
    "op-impl",
    "op-not",
    "op-neg",
    "builtin-call",
    "partial-application",
    "laziness-trap",
    "error-throw",
    "error-abort",
    "error-assert",
    "error-missing-attr",
    "error-type",
    "error-division-by-zero",
    "error-overflow",
    "error-infinite-recursion",
    "error-stack-overflow",
    "error-call",
    "try-eval",
    "string-context",
    "ill-typed",
];

/// Counts of forms and builtins reached.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Uses of each syntactic form.
    pub forms: BTreeMap<&'static str, u64>,
    /// Uses of each builtin.
    pub builtins: BTreeMap<&'static str, u64>,
}

impl Coverage {
    /// Counts one use of a form.
    pub fn form(&mut self, name: &'static str) {
        debug_assert!(FORMS.contains(&name), "unknown form {name}");
        *self.forms.entry(name).or_default() += 1;
    }

    /// Counts one use of a builtin.
    pub fn builtin(&mut self, name: &'static str) {
        *self.builtins.entry(name).or_default() += 1;
    }

    /// Adds another count to this one.
    pub fn merge(&mut self, other: &Coverage) {
        for (k, v) in &other.forms {
            *self.forms.entry(k).or_default() += v;
        }
        for (k, v) in &other.builtins {
            *self.builtins.entry(k).or_default() += v;
        }
    }

    /// Forms never reached.
    pub fn missing_forms(&self) -> Vec<&'static str> {
        FORMS
            .iter()
            .copied()
            .filter(|f| !self.forms.contains_key(f))
            .collect()
    }
}
