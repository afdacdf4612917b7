//! Nix's own base-32 encoding ("nix32").
//!
//! Nix prints hashes and the hash part of store paths in a base-32 notation
//! that differs from RFC 4648 in two ways:
//!
//! * **Alphabet.** The 32 digits are `0123456789abcdfghijklmnpqrsvwxyz`:
//!   the ten decimal digits followed by the lowercase letters without
//!   `e`, `o`, `u` and `t` (chosen so that encoded hashes are unlikely to
//!   spell words and to avoid look-alike characters).
//!
//! * **Bit order.** The input byte string is read as one little-endian
//!   number: bit `k` of the whole string is bit `k % 8` of byte `k / 8`.
//!   That number is cut into 5-bit groups starting from bit 0, and the
//!   groups are written *most significant first*; so the last character
//!   of the text holds bits 0..5 of byte 0, the one before it bits 5..10,
//!   and so on. There is no padding: `n` bytes (`n > 0`) give
//!   `ceil(8n / 5)` characters, with the unused top bits of the first
//!   character set to zero. A 20-byte store path hash gives 32 characters,
//!   a sha256 digest 52.
//!
//! Decoding runs the same mapping backwards: a text of `len` characters
//! holds `floor(5 * len / 8)` bytes, and any bit the characters set beyond
//! those bytes makes the text invalid.

/// The 32 digits of nix32, in value order.
pub const NIX32_ALPHABET: &[u8; 32] = b"0123456789abcdfghijklmnpqrsvwxyz";

/// Number of nix32 characters needed for `byte_len` bytes.
pub fn nix32_encoded_len(byte_len: usize) -> usize {
    if byte_len == 0 {
        0
    } else {
        (byte_len * 8 - 1) / 5 + 1
    }
}

/// The 5-bit group number `group` (counting from the least significant bits
/// of the little-endian number formed by `bytes`).
fn group_at(bytes: &[u8], group: usize) -> u8 {
    let bit = group * 5;
    let byte = bit / 8;
    let shift = bit % 8;
    let low = u16::from(bytes[byte]) >> shift;
    let high = match bytes.get(byte + 1) {
        Some(&b) => u16::from(b) << (8 - shift),
        None => 0,
    };
    ((low | high) & 0x1f) as u8
}

/// Encodes `bytes` in Nix's base-32 (see the module documentation).
///
/// ```text
/// nix32_encode(&[])            == ""
/// nix32_encode(&[0xff])        == "7z"
/// nix32_encode(&sha256(""))    == "0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73"
/// ```
pub fn nix32_encode(bytes: &[u8]) -> String {
    let len = nix32_encoded_len(bytes.len());
    (0..len)
        .rev()
        .map(|group| char::from(NIX32_ALPHABET[usize::from(group_at(bytes, group))]))
        .collect()
}

/// The value of one nix32 digit, or `None` for a character outside the
/// alphabet (including uppercase letters and the skipped `e`, `o`, `u`, `t`).
fn digit_value(c: u8) -> Option<u8> {
    NIX32_ALPHABET.iter().position(|&d| d == c).map(|p| p as u8)
}

/// Decodes Nix's base-32. Returns `None` if `s` contains a character outside
/// the alphabet or sets bits beyond the `floor(5 * s.len() / 8)` bytes it
/// decodes to.
///
/// Every output of [`nix32_encode`] decodes back to its input. Texts whose
/// length `nix32_encode` never produces (e.g. 3 characters) are still
/// accepted when their surplus bits are zero, as C++ Nix's decoder does;
/// callers that expect a particular hash algorithm should check the length
/// themselves (52 characters for sha256, 32 for sha1, 26 for md5,
/// 103 for sha512).
pub fn nix32_decode(s: &str) -> Option<Vec<u8>> {
    let text = s.as_bytes();
    let size = text.len() * 5 / 8;
    let mut out = vec![0u8; size];
    for (group, &c) in text.iter().rev().enumerate() {
        let digit = u16::from(digit_value(c)?);
        let bit = group * 5;
        let byte = bit / 8;
        let shift = bit % 8;
        let value = digit << shift; // at most 12 significant bits
        let low = (value & 0xff) as u8;
        let high = (value >> 8) as u8;
        match out.get_mut(byte) {
            Some(b) => *b |= low,
            None if low != 0 => return None,
            None => {}
        }
        match out.get_mut(byte + 1) {
            Some(b) => *b |= high,
            None if high != 0 => return None,
            None => {}
        }
    }
    Some(out)
}
