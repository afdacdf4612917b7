//! The C++ Nix settings that change what an evaluation may see: `pure-eval`,
//! `restrict-eval`, `allowed-uris`, `system`, `eval-system`, `nix-path`.
//!
//! C++ Nix takes a setting from `NIX_CONFIG` (lines of `name = value`), from
//! `--option name value`, or from the flag every setting has: `--name value`, and for
//! a Boolean `--name` / `--no-name` (`--impure` is `--no-pure-eval`). A Boolean accepts
//! `true`/`yes`/`1` and `false`/`no`/`0`; anything else is only warned about
//! (`warning: error: Boolean setting 'pure-eval' has invalid value 'x'`) and the
//! setting keeps its value. The configuration files are not read.

use super::{EvalOptions, SearchPathEntry};

/// Whether a setting is a Boolean (a flag without a value).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingKind {
    Bool,
    Value,
}

/// The kind of one of the settings [`EvalOptions::set_setting`] knows, by name.
pub fn setting_kind(name: &str) -> Option<SettingKind> {
    match name {
        "pure-eval" | "restrict-eval" => Some(SettingKind::Bool),
        "allowed-uris" | "extra-allowed-uris" | "system" | "eval-system" | "nix-path"
        | "extra-nix-path" => Some(SettingKind::Value),
        _ => None,
    }
}

/// A Boolean setting's value as C++ Nix parses it; an invalid one is a warning (kept
/// in `warnings` for the evaluator's sink).
fn parse_bool(name: &str, value: &str, warnings: &mut Vec<String>) -> Option<bool> {
    match value {
        "true" | "yes" | "1" => Some(true),
        "false" | "no" | "0" => Some(false),
        _ => {
            warnings.push(format!(
                "warning: error: Boolean setting '{name}' has invalid value '{value}'\n"
            ));
            None
        }
    }
}

/// A list setting: its words.
fn words(value: &str) -> Vec<String> {
    value.split_whitespace().map(str::to_string).collect()
}

impl EvalOptions {
    /// Applies `name = value` if it is one of the settings above; returns whether it was.
    pub fn set_setting(&mut self, name: &str, value: &str) -> bool {
        match name {
            "pure-eval" => {
                if let Some(b) = parse_bool(name, value, &mut self.warnings) {
                    self.pure_eval = b;
                }
            }
            "restrict-eval" => {
                if let Some(b) = parse_bool(name, value, &mut self.warnings) {
                    self.restrict_eval = b;
                }
            }
            "allowed-uris" => self.allowed_uris = words(value),
            "extra-allowed-uris" => self.allowed_uris.extend(words(value)),
            "system" => self.system = value.to_string(),
            "eval-system" => self.eval_system = value.to_string(),
            "nix-path" => self.nix_path = words(value),
            "extra-nix-path" => self.nix_path.extend(words(value)),
            _ => return false,
        }
        true
    }

    /// Applies the settings of `NIX_CONFIG`-style text: `name = value` lines; blank
    /// lines and `#` comments are skipped.
    pub fn apply_config_text(&mut self, text: &str) {
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("");
            if let Some((name, value)) = line.split_once('=') {
                self.set_setting(name.trim(), value.trim());
            }
        }
    }

    /// The value of `builtins.currentSystem`: `eval-system` if set, else `system`.
    pub fn current_system(&self) -> &str {
        if self.eval_system.is_empty() {
            &self.system
        } else {
            &self.eval_system
        }
    }

    /// The search path C++ Nix builds from `-I` entries (`include`, in order) and the
    /// `nix-path` setting, followed, outside restricted mode, by the default entries
    /// that exist (`~/.nix-defexpr/channels`, root's channels). Pure evaluation has none.
    pub fn build_search_path(&mut self, include: &[String]) {
        self.search_path.clear();
        if self.pure_eval {
            return;
        }
        let mut raw: Vec<String> = include.to_vec();
        raw.extend(self.nix_path.iter().cloned());
        if !self.restrict_eval {
            raw.extend(self.default_nix_path());
        }
        self.search_path = raw.iter().map(|s| SearchPathEntry::parse(s)).collect();
    }

    /// C++ Nix's `getDefaultNixPath`: the channel folders that exist.
    fn default_nix_path(&self) -> Vec<String> {
        let root_channels = "/nix/var/nix/profiles/per-user/root/channels";
        let mut candidates = Vec::new();
        if let Some(home) = &self.home {
            candidates.push(format!("{home}/.nix-defexpr/channels"));
        }
        candidates.push(format!("nixpkgs={root_channels}/nixpkgs"));
        candidates.push(root_channels.to_string());
        candidates
            .into_iter()
            .filter(|c| {
                let path = c.split_once('=').map_or(c.as_str(), |(_, p)| p);
                std::path::Path::new(path).exists()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_from_config_text() {
        let mut o = EvalOptions::default();
        o.apply_config_text("pure-eval = true\n# comment\nsystem = aarch64-linux # trailing\n");
        assert!(o.pure_eval);
        assert_eq!(o.current_system(), "aarch64-linux");
        o.set_setting("eval-system", "riscv64-linux");
        assert_eq!(o.current_system(), "riscv64-linux");
    }

    #[test]
    fn search_path_order() {
        let mut o = EvalOptions {
            nix_path: vec!["b=/y".to_string()],
            restrict_eval: true,
            ..EvalOptions::default()
        };
        o.build_search_path(&["a=/x".to_string()]);
        let prefixes: Vec<_> = o.search_path.iter().map(|e| e.prefix.as_str()).collect();
        assert_eq!(prefixes, ["a", "b"]);
        o.pure_eval = true;
        o.build_search_path(&["a=/x".to_string()]);
        assert!(o.search_path.is_empty());
    }
}
