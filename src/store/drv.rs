//! Store derivations: their ATerm text (`Derive(...)`), the "hash modulo" that
//! input-addressed output paths are computed from, and the `.drv` file's store path.
//!
//! # The ATerm text
//!
//! A derivation is written as
//! `Derive([outputs],[input derivations],[input sources],"system","builder",[args],[env])`:
//!
//! * outputs, sorted by name: `("name","path","hash algorithm","hash")`. An
//!   input-addressed output has only its path; a fixed-output one has its path, its
//!   method and algorithm (`r:sha256` for a recursive/NAR hash, `sha256` for a flat one)
//!   and the expected hash in base-16; an output whose path is not known yet has all
//!   three empty;
//! * input derivations, sorted by path: `("drv path",["output",...])`;
//! * input sources: sorted store paths;
//! * `args` in order and `env` sorted by name, as escaped strings.
//!
//! Store paths, output names, hash fields and the system are written between quotes
//! without escaping; the builder, `args` and `env` are escaped (`"`, `\`, newline,
//! carriage return and tab).
//!
//! # Hash modulo
//!
//! An input-addressed output path is derived from a hash of the derivation in which:
//!
//! * the output paths (in the outputs list and in `env`) are masked to empty strings,
//!   since they are what is being computed;
//! * each input derivation's path is replaced by its own hash modulo, in base-16. For a
//!   fixed-output input that hash is not of its text but of its expected output
//!   (`fixed:out:<method+algo>:<hex hash>:<output path>`), so inputs that produce the same
//!   content are interchangeable.
//!
//! Output `o` of derivation `name` is then at `output:o` over that hash, named `name`
//! (for `out`) or `name-o`.

use super::{hex_encode, make_store_path, sha256, text_path};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One output of a derivation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Output {
    /// Its path follows from the derivation's hash modulo.
    InputAddressed(String),
    /// Its content is known in advance.
    Fixed(FixedOutput),
    /// Its path is not known yet (the outputs while the hash modulo is computed).
    Deferred,
}

/// A fixed output: the expected hash of its content and where that content goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FixedOutput {
    /// NAR ("recursive") hashing rather than hashing the file's bytes ("flat").
    pub recursive: bool,
    /// `md5`, `sha1`, `sha256` or `sha512`.
    pub algo: &'static str,
    pub hash: Vec<u8>,
    pub path: String,
}

impl FixedOutput {
    /// The method and algorithm as C++ Nix writes them (`r:sha256`, `sha1`).
    fn method_algo(&self) -> String {
        let prefix = if self.recursive { "r:" } else { "" };
        format!("{prefix}{}", self.algo)
    }
}

/// A derivation as C++ Nix stores it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Derivation {
    pub name: String,
    pub outputs: BTreeMap<String, Output>,
    /// Input derivation paths and the outputs of each that are used.
    pub input_drvs: BTreeMap<String, BTreeSet<String>>,
    pub input_srcs: BTreeSet<String>,
    pub platform: Vec<u8>,
    pub builder: Vec<u8>,
    pub args: Vec<Vec<u8>>,
    pub env: BTreeMap<Vec<u8>, Vec<u8>>,
}

/// The hash modulo of each output of a derivation (all outputs of an input-addressed
/// derivation share one).
pub type OutputHashes = BTreeMap<String, [u8; 32]>;

/// The name of output `output`'s store path: the derivation's name, with `-<output>`
/// unless the output is `out`.
pub fn output_path_name(drv_name: &str, output: &str) -> String {
    if output == "out" {
        drv_name.to_string()
    } else {
        format!("{drv_name}-{output}")
    }
}

/// The store path of an input-addressed output, from the derivation's hash modulo.
pub fn output_path(store_dir: &str, drv_name: &str, output: &str, hash: &[u8; 32]) -> String {
    make_store_path(
        store_dir,
        &format!("output:{output}"),
        &hex_encode(hash),
        &output_path_name(drv_name, output),
    )
}

/// A string between quotes, unescaped (store paths, names, hashes).
fn push_plain(out: &mut Vec<u8>, s: &[u8]) {
    out.push(b'"');
    out.extend_from_slice(s);
    out.push(b'"');
}

/// A string between quotes with `"`, `\`, newline, return and tab escaped.
fn push_escaped(out: &mut Vec<u8>, s: &[u8]) {
    out.push(b'"');
    for &c in s {
        match c {
            b'"' | b'\\' => out.extend_from_slice(&[b'\\', c]),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            _ => out.push(c),
        }
    }
    out.push(b'"');
}

/// `[item,item,...]`, each item written by `push`.
fn push_list<'a>(
    out: &mut Vec<u8>,
    items: impl IntoIterator<Item = &'a [u8]>,
    push: fn(&mut Vec<u8>, &[u8]),
) {
    out.push(b'[');
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        push(out, item);
    }
    out.push(b']');
}

impl Derivation {
    /// The ATerm text. With `mask_outputs`, output paths (in the outputs and in `env`)
    /// are written empty; with `inputs`, that list of input "derivations" is written
    /// instead of `input_drvs` (the hash modulo writes input hashes there).
    pub fn unparse(
        &self,
        mask_outputs: bool,
        inputs: Option<&BTreeMap<String, BTreeSet<String>>>,
    ) -> Vec<u8> {
        let mut s = b"Derive(".to_vec();
        self.push_outputs(&mut s, mask_outputs);
        s.extend_from_slice(b",[");
        for (i, (drv, outputs)) in inputs.unwrap_or(&self.input_drvs).iter().enumerate() {
            if i > 0 {
                s.push(b',');
            }
            s.push(b'(');
            push_plain(&mut s, drv.as_bytes());
            s.push(b',');
            push_list(&mut s, outputs.iter().map(String::as_bytes), push_plain);
            s.push(b')');
        }
        s.extend_from_slice(b"],");
        push_list(
            &mut s,
            self.input_srcs.iter().map(String::as_bytes),
            push_plain,
        );
        s.push(b',');
        push_plain(&mut s, &self.platform);
        s.push(b',');
        push_escaped(&mut s, &self.builder);
        s.push(b',');
        push_list(&mut s, self.args.iter().map(Vec::as_slice), push_escaped);
        s.extend_from_slice(b",[");
        for (i, (k, v)) in self.env.iter().enumerate() {
            if i > 0 {
                s.push(b',');
            }
            s.push(b'(');
            push_escaped(&mut s, k);
            s.push(b',');
            let is_output = std::str::from_utf8(k).is_ok_and(|k| self.outputs.contains_key(k));
            push_escaped(&mut s, if mask_outputs && is_output { b"" } else { v });
            s.push(b')');
        }
        s.extend_from_slice(b"])");
        s
    }

    /// The outputs list: `[("name","path","algo","hash"),...]`.
    fn push_outputs(&self, s: &mut Vec<u8>, mask_outputs: bool) {
        s.push(b'[');
        for (i, (name, output)) in self.outputs.iter().enumerate() {
            if i > 0 {
                s.push(b',');
            }
            let (path, algo, hash) = match output {
                Output::InputAddressed(p) => (p.clone(), String::new(), String::new()),
                Output::Fixed(f) => (f.path.clone(), f.method_algo(), hex_encode(&f.hash)),
                Output::Deferred => Default::default(),
            };
            let path = if mask_outputs { String::new() } else { path };
            s.push(b'(');
            for (j, field) in [name.as_str(), &path, &algo, &hash].iter().enumerate() {
                if j > 0 {
                    s.push(b',');
                }
                push_plain(s, field.as_bytes());
            }
            s.push(b')');
        }
        s.push(b']');
    }

    /// The only output, if this is a fixed-output derivation.
    fn fixed_output(&self) -> Option<&FixedOutput> {
        match self.outputs.values().next() {
            Some(Output::Fixed(f)) if self.outputs.len() == 1 => Some(f),
            _ => None,
        }
    }

    /// C++ Nix's `hashDerivationModulo`. `known` gives the output hashes of an input
    /// derivation (as this function computed them for it, unmasked), or the message to
    /// fail with.
    pub fn hash_modulo(
        &self,
        mask_outputs: bool,
        known: &dyn Fn(&str) -> Result<OutputHashes, String>,
    ) -> Result<OutputHashes, String> {
        if let Some(f) = self.fixed_output() {
            let fingerprint = format!(
                "fixed:out:{}:{}:{}",
                f.method_algo(),
                hex_encode(&f.hash),
                f.path
            );
            let name = self.outputs.keys().next().expect("one output").clone();
            return Ok([(name, sha256(fingerprint.as_bytes()))].into());
        }
        let mut inputs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (drv, outputs) in &self.input_drvs {
            let hashes = known(drv)?;
            for output in outputs {
                let h = hashes.get(output).ok_or_else(|| {
                    format!(
                        "no hash for output '{output}' of derivation '{}'",
                        self.name
                    )
                })?;
                inputs
                    .entry(hex_encode(h))
                    .or_default()
                    .insert(output.clone());
            }
        }
        let hash = sha256(&self.unparse(mask_outputs, Some(&inputs)));
        Ok(self.outputs.keys().map(|o| (o.clone(), hash)).collect())
    }

    /// Every store path the `.drv` file refers to: its input sources and derivations.
    pub fn references(&self) -> Vec<String> {
        self.input_srcs
            .iter()
            .chain(self.input_drvs.keys())
            .cloned()
            .collect()
    }

    /// The store path of the `.drv` file (a text file named `<name>.drv` with the
    /// derivation's references). The name is not checked.
    pub fn drv_path(&self, store_dir: &str) -> String {
        text_path(
            store_dir,
            &format!("{}.drv", self.name),
            &self.unparse(false, None),
            &self.references(),
        )
    }
}

/// The derivations an evaluation has instantiated, by `.drv` path, with their output
/// hashes modulo. Since nothing is written to a store, this is the only place a later
/// derivation can learn its inputs' hashes from (C++ Nix keeps the same table, and in
/// read-only mode relies on it as well).
#[derive(Default)]
pub struct KnownDrvs(RefCell<HashMap<String, OutputHashes>>);

impl KnownDrvs {
    pub fn insert(&self, drv_path: String, hashes: OutputHashes) {
        self.0.borrow_mut().insert(drv_path, hashes);
    }

    pub fn get(&self, drv_path: &str) -> Option<OutputHashes> {
        self.0.borrow().get(drv_path).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORE: &str = "/nix/store";

    /// `derivation { name = "a"; builder = "b"; system = "x"; }` with its outputs as
    /// given; the expected paths below come from C++ Nix 2.26.
    fn simple(out: Output) -> Derivation {
        let out_value = match &out {
            Output::InputAddressed(p) => p.as_bytes().to_vec(),
            _ => Vec::new(),
        };
        Derivation {
            name: "a".into(),
            outputs: [("out".to_string(), out)].into(),
            platform: b"x".to_vec(),
            builder: b"b".to_vec(),
            env: [
                (b"builder".to_vec(), b"b".to_vec()),
                (b"name".to_vec(), b"a".to_vec()),
                (b"out".to_vec(), out_value),
                (b"system".to_vec(), b"x".to_vec()),
            ]
            .into(),
            ..Derivation::default()
        }
    }

    fn none(_: &str) -> Result<OutputHashes, String> {
        Err("no inputs".into())
    }

    #[test]
    fn output_path_from_masked_hash() {
        let hashes = simple(Output::Deferred).hash_modulo(true, &none).unwrap();
        assert_eq!(
            output_path(STORE, "a", "out", &hashes["out"]),
            "/nix/store/mx735vk17fbgvrjr0zk0wqfylg1i1996-a"
        );
    }

    #[test]
    fn drv_path_and_aterm() {
        let drv = simple(Output::InputAddressed(
            "/nix/store/mx735vk17fbgvrjr0zk0wqfylg1i1996-a".into(),
        ));
        assert_eq!(
            String::from_utf8(drv.unparse(false, None)).unwrap(),
            "Derive([(\"out\",\"/nix/store/mx735vk17fbgvrjr0zk0wqfylg1i1996-a\",\"\",\"\")],[],[],\
             \"x\",\"b\",[],[(\"builder\",\"b\"),(\"name\",\"a\"),\
             (\"out\",\"/nix/store/mx735vk17fbgvrjr0zk0wqfylg1i1996-a\"),(\"system\",\"x\")])"
        );
        assert_eq!(
            drv.drv_path(STORE),
            "/nix/store/nnqh7675wghd0xmrywqm2yh9psrkk13q-a.drv"
        );
    }

    #[test]
    fn escapes_only_free_text() {
        let drv = Derivation {
            builder: b"q\"b\\n\nr\rt\t$".to_vec(),
            platform: b"\"raw\"".to_vec(),
            ..Derivation::default()
        };
        let text = String::from_utf8(drv.unparse(false, None)).unwrap();
        assert_eq!(
            text,
            "Derive([],[],[],\"\"raw\"\",\"q\\\"b\\\\n\\nr\\rt\\t$\",[],[])"
        );
    }
}
