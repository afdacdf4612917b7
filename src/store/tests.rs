//! Unit tests for the store model. Every expected value below was produced
//! by C++ Nix 2.26 (`nix-instantiate --eval --readonly-mode`, and
//! `nix-store --dump` for raw NAR bytes), never by this code.

use super::*;
use std::ffi::OsStr;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

const STORE: &str = "/nix/store";

/// The non-UTF-8 file name used in the fixture: `a b\n\xff\x01é`.
const WEIRD_NAME: &[u8] = b"a b\n\xff\x01\xc3\xa9";

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// A fresh, empty directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!(
            "nixref-store-test-{}-{n}-{tag}",
            std::process::id()
        ));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn write_file(path: &Path, contents: &[u8], mode: u32) {
    fs::write(path, contents).unwrap();
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

fn make_dir(path: &Path) {
    fs::create_dir(path).unwrap();
    fs::set_permissions(path, fs::Permissions::from_mode(0o755)).unwrap();
}

/// Builds the fixture tree the oracle values were taken from:
///
/// ```text
/// tree/
///   -dash            "d"                 0644
///   .hidden          "h"                 0644
///   Upper            "U"                 0644
///   a b\n\xff\x01é   bytes 0..=255       0644
///   dangling ->      ../nowhere/x
///   empty            ""                  0644
///   exec.sh          "#!/bin/sh\necho hi\n" 0755
///   groupexec        "x"                 0655 (no owner x bit)
///   link ->          regular
///   ownerexec        "y"                 0700
///   regular          "hello\n"           0644
///   sub/deeper/eight "12345678"          0644
///   sub/deeper/file  "1234567"           0644
///   sub/emptydir/
/// ```
fn fixture() -> (TempDir, PathBuf) {
    let tmp = TempDir::new("tree");
    let t = tmp.0.join("tree");
    make_dir(&t);
    write_file(&t.join("regular"), b"hello\n", 0o644);
    write_file(&t.join("exec.sh"), b"#!/bin/sh\necho hi\n", 0o755);
    write_file(&t.join("groupexec"), b"x", 0o655);
    write_file(&t.join("ownerexec"), b"y", 0o700);
    write_file(&t.join("empty"), b"", 0o644);
    symlink("regular", t.join("link")).unwrap();
    symlink("../nowhere/x", t.join("dangling")).unwrap();
    make_dir(&t.join("sub"));
    make_dir(&t.join("sub/deeper"));
    make_dir(&t.join("sub/emptydir"));
    write_file(&t.join("sub/deeper/file"), b"1234567", 0o644);
    write_file(&t.join("sub/deeper/eight"), b"12345678", 0o644);
    write_file(&t.join("Upper"), b"U", 0o644);
    write_file(&t.join("-dash"), b"d", 0o644);
    write_file(&t.join(".hidden"), b"h", 0o644);
    let all_bytes: Vec<u8> = (0..=255).collect();
    write_file(&t.join(OsStr::from_bytes(WEIRD_NAME)), &all_bytes, 0o644);
    (tmp, t)
}

fn nar_bytes(path: &Path) -> Vec<u8> {
    let mut out = Vec::new();
    nar::write_nar(path, &mut out).unwrap();
    out
}

// ---------------------------------------------------------------- nix32

/// (base16, nix32) pairs from `builtins.hashString` + `builtins.convertHash`.
const NIX32_CASES: &[(&str, &str)] = &[
    // sha256 ""
    (
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73",
    ),
    // sha256 "hello"
    (
        "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
        "094qif9n4cq4fdg459qzbhg1c6wywawwaaivx0k0x8xhbyx4vwic",
    ),
    // md5 "hello"
    (
        "5d41402abc4b2a76b9719d911017c592",
        "4jqlbi14cxf6wpcajbphm40hax",
    ),
    // sha1 "hello"
    (
        "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d",
        "9m1skbnr5i43n3yypvda5s65vhfwdx5a",
    ),
    // sha512 "hello"
    (
        "9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043",
        "11w1pmwfdpz9pisbhp5qiv38q6dmidq2ipcqykw3p0sb6yrqcij79rwcwcjbxyzwbdal349qbxrncbk7pmd6snljrfpiwv2pljd4wcv",
    ),
    // convertHash of "1" ++ 51 × "0" (sha256)
    (
        "0000000000000000000000000000000000000000000000000000000000000080",
        "1000000000000000000000000000000000000000000000000000",
    ),
    // convertHash of "1" ++ 51 × "z" (sha256)
    (
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        "1zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
    ),
];

#[test]
fn nix32_matches_nix() {
    for &(hex, n32) in NIX32_CASES {
        let bytes = unhex(hex);
        assert_eq!(nix32_encode(&bytes), n32, "encoding {hex}");
        assert_eq!(nix32_decode(n32), Some(bytes), "decoding {n32}");
    }
}

#[test]
fn nix32_rejects_what_nix_rejects() {
    // C++ Nix: "invalid base-32 hash" for each of these as a sha256.
    let zeros = "0".repeat(51);
    assert_eq!(nix32_decode(&format!("2{zeros}")), None);
    assert_eq!(nix32_decode(&format!("e{zeros}")), None);
    assert_eq!(nix32_decode(&format!("{}1", "z".repeat(51))), None);
    // Characters outside the alphabet.
    for bad in ["e", "o", "u", "t", "A", "-", " "] {
        assert_eq!(nix32_decode(&format!("0{bad}")), None, "{bad:?}");
    }
}

#[test]
fn nix32_small_inputs_round_trip() {
    assert_eq!(nix32_encode(&[]), "");
    assert_eq!(nix32_decode(""), Some(vec![]));
    for len in 1..=40usize {
        let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
        let text = nix32_encode(&bytes);
        assert_eq!(text.len(), nix32::nix32_encoded_len(len));
        assert_eq!(nix32_decode(&text), Some(bytes));
    }
}

// ---------------------------------------------------------------- hashing helpers

#[test]
fn compress_hash_folds_by_xor() {
    assert_eq!(compress_hash(&[1, 2, 3, 4, 5], 2), vec![1 ^ 3 ^ 5, 2 ^ 4]);
    assert_eq!(compress_hash(&[1, 2], 4), vec![1, 2, 0, 0]);
    assert_eq!(compress_hash(&[1, 2], 0), Vec::<u8>::new());
}

#[test]
fn hex_and_sha256() {
    assert_eq!(
        hex_encode(&sha256(b"hello")),
        "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
    );
}

// ---------------------------------------------------------------- NAR

#[test]
fn nar_bytes_match_nix_store_dump() {
    let (_tmp, t) = fixture();
    // `nix-store --dump` of each of these, as hex.
    let cases = [
        (
            "exec.sh",
            "0d000000000000006e69782d617263686976652d3100000001000000000000002800000000000000040000000000000074797065000000000700000000000000726567756c6172000a0000000000000065786563757461626c6500000000000000000000000000000800000000000000636f6e74656e7473120000000000000023212f62696e2f73680a6563686f2068690a00000000000001000000000000002900000000000000",
        ),
        (
            "link",
            "0d000000000000006e69782d617263686976652d310000000100000000000000280000000000000004000000000000007479706500000000070000000000000073796d6c696e6b00060000000000000074617267657400000700000000000000726567756c61720001000000000000002900000000000000",
        ),
        (
            "sub/emptydir",
            "0d000000000000006e69782d617263686976652d31000000010000000000000028000000000000000400000000000000747970650000000009000000000000006469726563746f72790000000000000001000000000000002900000000000000",
        ),
        (
            "empty",
            "0d000000000000006e69782d617263686976652d3100000001000000000000002800000000000000040000000000000074797065000000000700000000000000726567756c6172000800000000000000636f6e74656e7473000000000000000001000000000000002900000000000000",
        ),
    ];
    for (rel, hex) in cases {
        assert_eq!(nar_bytes(&t.join(rel)), unhex(hex), "NAR of {rel}");
    }
}

#[test]
fn nar_sha256_matches_nix_store_dump() {
    let (_tmp, t) = fixture();
    // sha256sum of `nix-store --dump` output.
    let cases = [
        (
            "regular",
            "1c37d01af40be2e80691de3cc3df44377a699afbb17c68f080964b2fd071fc13",
        ),
        (
            "sub",
            "8dc9ccc8ec108ef343ebeb7eab81d3c9ab64152a92593ee2dae55269628f62a1",
        ),
        (
            ".hidden",
            "862be825da93a4cc44b50f3691273d81fe51af3ac174d0e29ccc576796ab658a",
        ),
        (
            "",
            "4d681fbcf6f7619a7afaa9f6635427c43a040e653935eef6f4346ad4f3425464",
        ),
    ];
    for (rel, hex) in cases {
        let p = if rel.is_empty() {
            t.clone()
        } else {
            t.join(rel)
        };
        assert_eq!(
            hex_encode(&nar_sha256(&p).unwrap()),
            hex,
            "NAR hash of {rel:?}"
        );
    }
    // The whole tree's NAR is 3440 bytes long, and streaming and buffering agree.
    let whole = nar_bytes(&t);
    assert_eq!(whole.len(), 3440);
    assert_eq!(sha256(&whole), nar_sha256(&t).unwrap());
}

#[test]
fn nar_rejects_missing_and_special_files() {
    let tmp = TempDir::new("missing");
    assert!(nar_sha256(&tmp.0.join("nope")).is_err());
    // A device node such as /dev/null cannot be archived.
    let err = nar_sha256(Path::new("/dev/null")).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
    assert!(err.to_string().contains("unsupported type"), "{err}");
}

// ---------------------------------------------------------------- source paths

#[test]
fn source_paths_match_nix() {
    let (_tmp, t) = fixture();
    // `"${./<rel>}"` evaluated in the fixture's parent (tree = "") and in tree/.
    let cases = [
        ("regular", "x5hmkdhlsszz5ci5f4ks2pwrrb6q9c6v-regular"),
        ("exec.sh", "5c04552vhn4sp0x18q5gryqhfnya0aji-exec.sh"),
        ("groupexec", "hs2qf050k0rjqq70l39bjsbqmd41g1fz-groupexec"),
        ("ownerexec", "sdid6ysbda82iw6mm6kv2lz4i6wbwlq5-ownerexec"),
        ("empty", "lx5i78a4izwk2qj1nq8rdc07y8zrwy90-empty"),
        ("link", "hsl1amzs9a9imfgx8fn9nl4pl48sph8s-link"),
        ("dangling", "j2vvjbff52s2sxdjn67q2dzgihrcpq7a-dangling"),
        ("sub", "zy8g7p2zr1m0vcwcbb5s44847isz43bi-sub"),
        ("sub/deeper", "bzs17jy8caplj8d88v8p9ym34rhpsvci-deeper"),
        ("sub/emptydir", "lllr7wi039bd69ihd6vfarlcz5j7v52d-emptydir"),
        ("Upper", "15va82xycyjcjvp59ph22f5zlpmaik3p-Upper"),
        (".hidden", "z3q0q7vmi0mm9dwj62r2clxinp667d50-.hidden"),
        ("", "5c28bbl2f04wsd9ian8h116hcqb5sy61-tree"),
    ];
    for (rel, expected) in cases {
        let p = if rel.is_empty() {
            t.clone()
        } else {
            t.join(rel)
        };
        let name = p.file_name().unwrap().to_str().unwrap().to_string();
        assert_eq!(
            source_path(STORE, &name, &p).unwrap(),
            format!("{STORE}/{expected}"),
            "{rel:?}"
        );
    }
    // builtins.path { path = ./tree + "/a b\n\xff\x01é"; name = "weird"; }
    assert_eq!(
        source_path(STORE, "weird", &t.join(OsStr::from_bytes(WEIRD_NAME))).unwrap(),
        "/nix/store/my2x5705sxj7k9vdbklwfav8zv24l0h3-weird"
    );
    // builtins.path { path = ./tree/link; } follows the top-level link, so it
    // names the content of `regular` "link" (unlike "${./tree/link}").
    assert_eq!(
        source_path(STORE, "link", &t.join("regular")).unwrap(),
        "/nix/store/8jq77abff9kvry5zixm4nlp38cl4jkcf-link"
    );
    // NIX_STORE_DIR=/foo/store: "${./tree}"
    assert_eq!(
        source_path("/foo/store", "tree", &t).unwrap(),
        "/foo/store/7xsm8qfg51ajj3sjwzb0fgvsz1yzap00-tree"
    );
}

// ---------------------------------------------------------------- text paths

#[test]
fn text_paths_match_nix() {
    let cases: [(&str, &[u8], &str); 6] = [
        ("x", b"hello", "4g4g9i669dl63abpww0djbl2jxl6bwiz-x"),
        ("t", b"", "v1hksxhssy75l2k8rpmv9qkw740gxgjr-t"),
        ("t", b"a", "mwlbywkf9irin8badpziaksibrmya4v0-t"),
        ("t", b"abc", "3qxcknynrpqada68505x6glcp8wfpm7x-t"),
        ("t", b"hello world", "zniny3dxw0wa6dphm1fg0n3zy328bvvn-t"),
        (".foo", b"x", "q144f75swlv405pb69crqqkdwiza7nlk-.foo"),
    ];
    for (name, contents, expected) in cases {
        assert_eq!(
            text_path(STORE, name, contents, &[]),
            format!("{STORE}/{expected}")
        );
    }
    // Other store directories (NIX_STORE_DIR=/foo/store, and =/).
    assert_eq!(
        text_path("/foo/store", "x", b"hello", &[]),
        "/foo/store/dmmxqjy5jqqx6pb2gf8f5izqfmak38y5-x"
    );
    assert_eq!(
        text_path("/", "x", b"hello", &[]),
        "//ffj7jm5mcmm2i1rckmmqjfhwv4y0lrfy-x"
    );
}

#[test]
fn text_paths_with_references_match_nix() {
    // let a = builtins.toFile "a" "1"; b = builtins.toFile "b" "2"; in
    let a = text_path(STORE, "a", b"1", &[]);
    let b = text_path(STORE, "b", b"2", &[]);
    assert_eq!(a, "/nix/store/sx0f0xfyqvpn8kqsgk93bgc4nxdb0bs2-a");
    assert_eq!(b, "/nix/store/7ppbc50hd9a0fqdx2cj3wkd3c9j64hnk-b");
    // builtins.toFile "refs" "${b} and ${a} and ${b}"
    let contents = format!("{b} and {a} and {b}");
    assert_eq!(
        text_path(
            STORE,
            "refs",
            contents.as_bytes(),
            &[b.clone(), a.clone(), b.clone()]
        ),
        "/nix/store/waqznm98wi50hzd5hqpz9zb59awfz8nz-refs"
    );
    // builtins.toFile "refs2" "${a}${b}", references given in another order.
    let contents = format!("{a}{b}");
    assert_eq!(
        text_path(STORE, "refs2", contents.as_bytes(), &[a, b]),
        "/nix/store/0xn1h5vg97mri8x1vr8ifm20gsjxxlrh-refs2"
    );
}

// ---------------------------------------------------------------- fixed outputs

#[test]
fn fixed_output_paths_match_nix() {
    // (derivation { name = "x"; builder = "b"; system = "s";
    //   outputHash = builtins.hashString algo "hello"; outputHashAlgo = algo;
    //   outputHashMode = mode; }).outPath
    let cases = [
        ("sha256", false, "62iir8mnhn874ykvq16v9l3kvx1010qs-x"),
        ("sha1", false, "6akgbvwy3ssz411f8i5p5fqpnjsqc0cr-x"),
        ("md5", false, "sfpnvypl05l3jayg63lcdpxzndbj26b0-x"),
        ("sha512", false, "fr8vj6l1i8g54pgvz8p5a1p3fl60zyrk-x"),
        ("sha1", true, "3k11cm6bm724fzmgiz4s73zdgk7ia83b-x"),
        ("sha256", true, "wyxjijqidjp72jk3808gm53x0m41hbw4-x"),
        ("sha512", true, "jyf4qidh6jr7l7g2lsv836qwglv5bzzf-x"),
    ];
    let hello: [(&str, &str); 4] = [
        (
            "sha256",
            "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
        ),
        ("sha1", "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"),
        ("md5", "5d41402abc4b2a76b9719d911017c592"),
        (
            "sha512",
            "9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043",
        ),
    ];
    for (algo, recursive, expected) in cases {
        let hex = hello.iter().find(|(a, _)| *a == algo).unwrap().1;
        assert_eq!(
            fixed_output_path(STORE, "x", recursive, algo, &unhex(hex)),
            format!("{STORE}/{expected}"),
            "{algo} recursive={recursive}"
        );
    }
}

#[test]
fn fixed_output_paths_of_files_match_nix() {
    let (_tmp, t) = fixture();
    let regular = t.join("regular");
    // builtins.path { path = ./tree/regular; recursive = false; name = "regular";
    //   sha256 = builtins.hashFile "sha256" ./tree/regular; }
    let flat = sha256(&fs::read(&regular).unwrap());
    assert_eq!(
        hex_encode(&flat),
        "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03"
    );
    assert_eq!(
        fixed_output_path(STORE, "regular", false, "sha256", &flat),
        "/nix/store/5j887hy5d5qh7577wspgwf4g727kvsmr-regular"
    );
    // The same with recursive = true and the NAR hash: equals "${./tree/regular}".
    let nar = nar_sha256(&regular).unwrap();
    assert_eq!(
        fixed_output_path(STORE, "regular", true, "sha256", &nar),
        "/nix/store/x5hmkdhlsszz5ci5f4ks2pwrrb6q9c6v-regular"
    );
}

// ---------------------------------------------------------------- names

#[test]
fn store_names_nix_accepts() {
    let long = "a".repeat(211);
    for name in [
        "ok-name",
        "-",
        "-x",
        ".foo",
        "..x",
        "...",
        "...-x",
        ".a.-b",
        "a+b=c?d_e.F-9",
        long.as_str(),
    ] {
        assert_eq!(check_store_name(name), Ok(()), "{name:?}");
    }
}

#[test]
fn store_names_nix_rejects() {
    let long = "a".repeat(212);
    let long_msg = format!("name '{long}' must be no longer than 211 characters");
    let cases = [
        ("", "name must not be empty"),
        (".", "name '.' is not valid"),
        ("..", "name '..' is not valid"),
        (
            ".-x",
            "name '.-x' is not valid: first dash-separated component must not be '.'",
        ),
        (
            "..-x",
            "name '..-x' is not valid: first dash-separated component must not be '..'",
        ),
        (
            ".-a b",
            "name '.-a b' is not valid: first dash-separated component must not be '.'",
        ),
        ("a b", "name 'a b' contains illegal character ' '"),
        ("a/b", "name 'a/b' contains illegal character '/'"),
        ("a*b", "name 'a*b' contains illegal character '*'"),
        ("a~", "name 'a~' contains illegal character '~'"),
        ("a@", "name 'a@' contains illegal character '@'"),
        ("a,", "name 'a,' contains illegal character ','"),
        ("a'", "name 'a'' contains illegal character '''"),
        (":", "name ':' contains illegal character ':'"),
        (". b", "name '. b' contains illegal character ' '"),
        // C++ Nix prints the lone byte 0xC3 here.
        ("é", "name 'é' contains illegal character '\u{FFFD}'"),
        (long.as_str(), long_msg.as_str()),
    ];
    for (name, msg) in cases {
        assert_eq!(check_store_name(name), Err(msg.to_string()), "{name:?}");
    }
    // Length is checked before characters.
    let long_bad = format!(".-{} ", "a".repeat(212));
    assert!(
        check_store_name(&long_bad)
            .unwrap_err()
            .ends_with("must be no longer than 211 characters")
    );
}

#[test]
fn invalid_store_path_messages_match_nix() {
    // builtins.toFile "a b" "x" and builtins.toFile "a/b" "x"
    for (name, expected) in [
        (
            "a b",
            "path 'dm85kbl5cy82j2dzvy1874s14y3salv3-a b' is not a valid store path: name 'a b' contains illegal character ' '",
        ),
        (
            "a/b",
            "path '9d0sm13c3pj0msx6gd27izjkbmdnpbf2-a/b' is not a valid store path: name 'a/b' contains illegal character '/'",
        ),
        (
            "",
            "path '9r1mh2rc3s3i33vpdw86kqqyvy9i1y4w-' is not a valid store path: name must not be empty",
        ),
    ] {
        let path = text_path(STORE, name, b"x", &[]);
        let reason = check_store_name(name).unwrap_err();
        assert_eq!(invalid_store_path_message(STORE, &path, &reason), expected);
    }
}

// ---------------------------------------------------------------- store dir

#[test]
fn store_dir_resolution_matches_nix() {
    assert_eq!(store_dir_from(None, None), "/nix/store");
    assert_eq!(store_dir_from(Some(""), None), "/nix/store");
    assert_eq!(store_dir_from(Some("/foo/store"), None), "/foo/store");
    assert_eq!(store_dir_from(Some("/foo/store/"), None), "/foo/store");
    assert_eq!(
        store_dir_from(Some("/foo//bar/../store"), None),
        "/foo/store"
    );
    assert_eq!(store_dir_from(Some("/"), None), "/");
    assert_eq!(store_dir_from(None, Some("/q/store")), "/q/store");
    assert_eq!(store_dir_from(Some(""), Some("/q/store")), "/q/store");
    assert_eq!(
        store_dir_from(Some("/foo/store"), Some("/q/store")),
        "/foo/store"
    );
    // NIX_STORE=/q/store: builtins.toFile "x" "hello"
    assert_eq!(
        text_path(&store_dir_from(None, Some("/q/store")), "x", b"hello", &[]),
        "/q/store/vg32yiaffzsfivgh58vmxznxbnny6dq6-x"
    );
}
