//! `hashString` and `convertHash`: md5, sha1, sha256 and sha512, written in base-16,
//! Nix's base-32 ("nix32"), base-64 or SRI (`sha256-<base64>`).
//!
//! Parsing follows C++ Nix's `Hash::parseAny`: an optional `algo:` or `algo-` (SRI)
//! prefix, then the encoding is chosen by the length of the rest alone (base-16, nix32 or
//! base-64 for the algorithm's digest size; an SRI body is always base-64). Its base-64
//! decoder is lenient: it stops at the first `=`, skips newlines and ignores leftover
//! bits, so `md5-kAFQmDzST7DWlj99KOF/cg=xyz` is accepted.

use super::Builder;
use crate::error::{Error, ErrorKind, Result};
use crate::eval::Evaluator;
use crate::value::{Attrs, NixString, PrimOp, Value};
use base64::Engine;
use sha2::Digest;

pub fn register(b: &mut Builder) {
    b.primop("hashString", 2, hash_string);
    b.primop("convertHash", 1, convert_hash);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Algo {
    Md5,
    Sha1,
    Sha256,
    Sha512,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Format {
    Base16,
    Nix32,
    Base64,
    Sri,
}

impl Algo {
    /// C++ Nix's `parseHashAlgo`; its failure is a usage error, which nothing catches.
    pub(super) fn parse(name: &[u8]) -> Result<Algo> {
        match name {
            b"md5" => Ok(Algo::Md5),
            b"sha1" => Ok(Algo::Sha1),
            b"sha256" => Ok(Algo::Sha256),
            b"sha512" => Ok(Algo::Sha512),
            _ => Err(Error::usage(format!(
                "unknown hash algorithm '{}', expect 'md5', 'sha1', 'sha256', or 'sha512'",
                String::from_utf8_lossy(name)
            ))),
        }
    }

    pub(super) fn name(self) -> &'static str {
        match self {
            Algo::Md5 => "md5",
            Algo::Sha1 => "sha1",
            Algo::Sha256 => "sha256",
            Algo::Sha512 => "sha512",
        }
    }

    /// The digest size in bytes.
    pub(super) fn size(self) -> usize {
        match self {
            Algo::Md5 => 16,
            Algo::Sha1 => 20,
            Algo::Sha256 => 32,
            Algo::Sha512 => 64,
        }
    }

    pub(super) fn digest(self, data: &[u8]) -> Vec<u8> {
        match self {
            Algo::Md5 => md5::Md5::digest(data).to_vec(),
            Algo::Sha1 => sha1::Sha1::digest(data).to_vec(),
            Algo::Sha256 => sha2::Sha256::digest(data).to_vec(),
            Algo::Sha512 => sha2::Sha512::digest(data).to_vec(),
        }
    }

    fn base16_len(self) -> usize {
        self.size() * 2
    }

    fn nix32_len(self) -> usize {
        crate::store::nix32::nix32_encoded_len(self.size())
    }

    /// Padded base-64 length.
    fn base64_len(self) -> usize {
        (4 * self.size() / 3 + 3) & !3
    }
}

impl Format {
    /// C++ Nix's `parseHashFormat`; `base32` still works but warns.
    fn parse(ev: &Evaluator, name: &[u8]) -> Result<Format> {
        match name {
            b"base16" => Ok(Format::Base16),
            b"nix32" => Ok(Format::Nix32),
            b"base32" => {
                ev.warn("\"base32\" is a deprecated alias for hash format \"nix32\".");
                Ok(Format::Nix32)
            }
            b"base64" => Ok(Format::Base64),
            b"sri" => Ok(Format::Sri),
            _ => Err(Error::usage(format!(
                "unknown hash format '{}', expect 'base16', 'base32', 'base64', or 'sri'",
                String::from_utf8_lossy(name)
            ))),
        }
    }
}

/// A hash in the given format (SRI includes the algorithm).
pub(super) fn render(algo: Algo, hash: &[u8], format: Format) -> String {
    match format {
        Format::Base16 => crate::store::hex_encode(hash),
        Format::Nix32 => crate::store::nix32_encode(hash),
        Format::Base64 => base64::engine::general_purpose::STANDARD.encode(hash),
        Format::Sri => format!(
            "{}-{}",
            algo.name(),
            base64::engine::general_purpose::STANDARD.encode(hash)
        ),
    }
}

/// An error about a malformed hash (C++ Nix's `BadHash`, which nothing catches).
fn bad_hash(msg: String) -> Error {
    Error::type_error(msg)
}

fn lossy(b: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(b)
}

/// Splits `s` at the first `sep`: the text before it, and the rest after it.
fn split_prefix(s: &[u8], sep: u8) -> Option<(&[u8], &[u8])> {
    let i = s.iter().position(|&c| c == sep)?;
    Some((&s[..i], &s[i + 1..]))
}

/// C++ Nix's `Hash::parseAny`: the algorithm comes from an `algo:` or SRI `algo-`
/// prefix, or from `expected`; when both are given they must agree.
pub(super) fn parse_any(original: &[u8], expected: Option<Algo>) -> Result<(Algo, Vec<u8>)> {
    let (prefix, rest, sri) = match split_prefix(original, b':') {
        Some((p, r)) => (Some(p), r, false),
        None => match split_prefix(original, b'-') {
            Some((p, r)) => (Some(p), r, true),
            None => (None, original, false),
        },
    };
    let parsed = prefix.map(Algo::parse).transpose()?;
    let algo = match (parsed, expected) {
        (None, None) => {
            return Err(bad_hash(format!(
                "hash '{}' does not include a type, nor is the type otherwise known from context",
                lossy(rest)
            )));
        }
        (Some(p), Some(e)) if p != e => {
            return Err(bad_hash(format!(
                "hash '{}' should have type '{}'",
                lossy(original),
                e.name()
            )));
        }
        (Some(a), _) | (None, Some(a)) => a,
    };
    Ok((algo, parse_body(rest, algo, sri)?))
}

/// The digest encoded in `rest`, the encoding chosen by its length.
fn parse_body(rest: &[u8], algo: Algo, sri: bool) -> Result<Vec<u8>> {
    if !sri && rest.len() == algo.base16_len() {
        return parse_hex(rest)
            .ok_or_else(|| bad_hash(format!("invalid base-16 hash '{}'", lossy(rest))));
    }
    if !sri && rest.len() == algo.nix32_len() {
        return std::str::from_utf8(rest)
            .ok()
            .and_then(crate::store::nix32_decode)
            .ok_or_else(|| bad_hash(format!("invalid base-32 hash '{}'", lossy(rest))));
    }
    if sri || rest.len() == algo.base64_len() {
        // C++ Nix drops a decoding failure and reports the length mismatch instead.
        let d = lenient_base64(rest).unwrap_or_default();
        if d.len() != algo.size() {
            let kind = if sri { "SRI" } else { "base-64" };
            return Err(bad_hash(format!("invalid {kind} hash '{}'", lossy(rest))));
        }
        return Ok(d);
    }
    Err(bad_hash(format!(
        "hash '{}' has wrong length for hash algorithm '{}'",
        lossy(rest),
        algo.name()
    )))
}

fn parse_hex(s: &[u8]) -> Option<Vec<u8>> {
    let digit = |c: u8| char::from(c).to_digit(16).map(|d| d as u8);
    s.chunks(2)
        .map(|p| Some(digit(p[0])? << 4 | digit(p[1])?))
        .collect()
}

/// C++ Nix's `base64Decode`: stops at `=`, skips `\n`, fails on any other character
/// outside the alphabet, and drops incomplete trailing bits.
fn lenient_base64(s: &[u8]) -> Option<Vec<u8>> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &c in s {
        if c == b'=' {
            break;
        }
        if c == b'\n' {
            continue;
        }
        let d = ALPHABET.iter().position(|&a| a == c)? as u32;
        acc = (acc << 6 | d) & 0xffff;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

/// `hashString algo s`: the base-16 digest of `s` (whose context is dropped). The
/// algorithm name is checked before `s` is forced.
fn hash_string(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let name = ev.force_string_no_ctx(
        &args[0],
        "while evaluating the first argument passed to builtins.hashString",
    )?;
    let algo = Algo::parse(name.as_bytes())?;
    let s = ev.force_string(
        &args[1],
        "while evaluating the second argument passed to builtins.hashString",
    )?;
    let hex = crate::store::hex_encode(&algo.digest(s.as_bytes()));
    Ok(Value::String(NixString::from(hex)))
}

/// A required attribute of `convertHash`'s argument.
fn required<'a>(ev: &Evaluator, attrs: &'a Attrs, name: &str) -> Result<&'a Value> {
    attrs.get(ev.sym(name)).ok_or_else(|| {
        Error::new(
            ErrorKind::MissingAttr,
            format!("attribute '{name}' missing"),
        )
        .with_context(None, format!("while locating the attribute '{name}'"))
    })
}

/// `convertHash { hash; hashAlgo ? ...; toHashFormat; }`. Attributes are looked at in
/// the order `hash`, `hashAlgo`, `toHashFormat`, and the hash is parsed last.
fn convert_hash(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let attrs = ev.force_attrs(
        &args[0],
        "while evaluating the first argument passed to builtins.convertHash",
    )?;
    let hash = ev.force_string_no_ctx(
        required(ev, &attrs, "hash")?,
        "while evaluating the attribute 'hash'",
    )?;
    let algo = match attrs.get(ev.sym("hashAlgo")) {
        Some(v) => {
            let name = ev.force_string_no_ctx(v, "while evaluating the attribute 'hashAlgo'")?;
            Some(Algo::parse(name.as_bytes())?)
        }
        None => None,
    };
    let format = ev.force_string_no_ctx(
        required(ev, &attrs, "toHashFormat")?,
        "while evaluating the attribute 'toHashFormat'",
    )?;
    let format = Format::parse(ev, format.as_bytes())?;
    let (algo, digest) = parse_any(hash.as_bytes(), algo)?;
    Ok(Value::String(NixString::from(render(
        algo, &digest, format,
    ))))
}
