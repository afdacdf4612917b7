//! The grafted tree is rnix's own: every program parsed with every sub-expression cut out
//! (`cut_weight` 1) must give the tree `rnix::Root::parse` gives for the whole text, and
//! the same first error. And the recognizer's count of bison's stack is checked against
//! positions C++ Nix 2.26 reported.

use super::*;

/// Parses `text` both ways; returns a description of the first difference.
fn compare(text: &str) -> Result<(), String> {
    let whole = rnix::Root::parse(text);
    let parsed = parse_with(text, 1).map_err(|(m, at)| format!("{m} at {at}"))?;
    let cut = parsed.syntax();
    let want = format!("{:#?}", whole.syntax());
    let got = format!("{cut:#?}");
    if whole.errors().is_empty() {
        if !parsed.errors.is_empty() {
            return Err(format!("errors in pieces: {:?}", parsed.errors));
        }
        if want != got {
            return Err(format!(
                "trees differ:\n--- rnix\n{want}\n--- pieces\n{got}"
            ));
        }
    } else {
        let first = super::super::syntax_error::describe(&whole.errors()[0], text);
        let got = parsed.errors.iter().min_by_key(|e| e.1).cloned();
        if got.as_ref() != Some(&first) {
            return Err(format!("first error: rnix {first:?}, pieces {got:?}"));
        }
    }
    Ok(())
}

fn check(text: &str) {
    if let Err(e) = compare(text) {
        panic!("{text:?}: {e}");
    }
}

#[test]
fn every_level_is_a_piece() {
    let p = parse_with("f (a + [ b c ]) { x = y; }", 1).expect("parses");
    // f, (a + [ b c ]) [and its inside, a, [ b c ], b, c], f (...), { x = y; } [y], the file
    assert!(p.pieces >= 10, "{} pieces", p.pieces);
    assert!(p.exact && p.errors.is_empty());
}

#[test]
fn grafted_trees_are_rnix_trees() {
    for text in [
        "1",
        "x: y: x + y",
        "{ a, b ? 1 + 2, ... }@args: a",
        "args@{ a }: a",
        "let a = 1; b = { c = [ 1 2 (3) ]; }; in a.b.c or (x: x) 4",
        "with import ./x.nix; assert a != b; if c then d else e",
        "rec { a = b; b = ''x${a}y''; inherit (c) d e; inherit f; }",
        "\"a${b}c${d}\" + ./p/${q}/r + ~/h",
        "f a b c.d or e g",
        "- - 1 * 2 + 3 / 4 - 5",
        "!a && !(b || c) -> d // e // f == g",
        "a ++ b ++ [ c ] ++ d",
        "a ? b.c ? d",
        "x.${y}.\"z\" or null",
        "let { body = 1; }",
        "{ ${a} = 1; \"b\" = 2; c.d.e = 3; }",
        "f (x: x) { } [ ] \"\" ''''",
        "a < b == (c >= d)",
        "f or",
        "map or [ ]",
        "  /* lead */ 1 # trail\n",
        "[ -1 (-2) ]",
        "a.b.c",
        "<nixpkgs> + http://example.org/x",
        "{ a = 1; } // { b = 2; }",
        "let in 1",
        "{ inherit; }",
        "x: { y, z ? x }: y",
        "\"${\"${\"x\"}\"}\"",
        "''\n  a\n  ${b}\n''",
        "./a${b}",
        "(a)(b)(c)",
        "__curPos",
        "1.5e3 + .5",
    ] {
        check(text);
    }
}

#[test]
fn errors_are_rnix_errors() {
    for text in [
        "",
        "(",
        "1 +",
        "{ a = 1 }",
        "let a = 1; in",
        "f x: x",
        "1 + x: x",
        "[ x: x ]",
        "a == b == c",
        "1 + !true",
        "f let { }",
        "{ a, b }",
        "\"abc",
        "x.",
        "if a then b",
        "(1 ; 2)",
        "[ (1 ; ) (2) ]",
        "{ a = (b c; }",
        "a |> b",
        "((a) ; (b))",
        "let { body = 1; }.x",
    ] {
        check(text);
    }
}

/// Programs from the differential tester's generator: many shapes, all valid.
#[test]
fn generated_programs_graft_to_rnix_trees() {
    let config = crate::difftest::GenConfig::for_nixref();
    let mut rng = crate::difftest::SplitMix64::new(7);
    for _ in 0..400 {
        let p = crate::difftest::generate(&config, &mut rng);
        check(&p.text);
    }
}

/// Every spec fixture.
#[test]
fn spec_fixtures_graft_to_rnix_trees() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("spec-tests");
    let mut n = 0;
    for entry in walkdir::WalkDir::new(root) {
        let entry = entry.expect("walking spec-tests");
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "nix") && entry.file_type().is_file() {
            // spec-tests/deep nests past rnix's own limit (512 levels), so rnix has no
            // tree of the whole file to compare with (the nesting limit has its own test,
            // and tests/spec.rs runs these fixtures).
            if path.components().any(|c| c.as_os_str() == "deep") {
                continue;
            }
            let bytes = std::fs::read(path).expect("reading a fixture");
            let text = super::super::lower::rnix_text(&bytes);
            if let Err(e) = compare(&text) {
                panic!("{}: {e}", path.display());
            }
            n += 1;
        }
    }
    assert!(n > 1000, "only {n} fixtures found");
}

fn exhausted_at(text: &str) -> Option<u32> {
    parse(text).err().map(|(_, at)| at)
}

/// Where C++ Nix 2.26 says "memory exhausted" (byte offsets from its line:column).
#[test]
fn stack_limit_is_cpp_nix_s() {
    let parens = |n: usize| "(".repeat(n) + "1" + &")".repeat(n);
    assert_eq!(exhausted_at(&parens(9996)), None);
    // The 9997th level fills the stack with its `)`, the 9998th with the `1`, deeper
    // ones with the 9998th `(`: all at column 9999.
    assert_eq!(exhausted_at(&parens(9997)), Some(9998));
    assert_eq!(exhausted_at(&parens(9998)), Some(9998));
    assert_eq!(exhausted_at(&parens(11_000)), Some(9998));
    let lets = "let a=1;in ".repeat(10_000) + "a";
    assert_eq!(exhausted_at(&lets), Some(36657));
}

/// Whether the recognizer reads `text` to its end (it stops at what C++ Nix's grammar
/// rejects, or rnix reads otherwise).
fn recognized(text: &str) -> bool {
    let mut shape = Shape {
        toks: lexer(text),
        depth: 0,
        cuts: Vec::new(),
        cut_weight: CUT_WEIGHT,
    };
    shape.root().is_ok()
}

/// The recognizer reads every program C++ Nix evaluates in the spec fixtures (so deep
/// nesting is measured and cut in all of them), but for the few that rnix cannot parse.
#[test]
fn recognizer_reads_valid_fixtures() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("spec-tests");
    let mut bad = Vec::new();
    for entry in walkdir::WalkDir::new(root) {
        let entry = entry.expect("walking spec-tests");
        let name = entry.file_name().to_string_lossy().into_owned();
        if !(name.starts_with("eval-okay-") && name.ends_with(".nix")) {
            continue;
        }
        let bytes = std::fs::read(entry.path()).expect("reading a fixture");
        let text = super::super::lower::rnix_text(&bytes);
        if !recognized(&text) && rnix::Root::parse(&text).errors().is_empty() {
            bad.push(entry.path().display().to_string());
        }
    }
    assert!(bad.is_empty(), "not recognized: {bad:#?}");
}

/// The same checks over any folder of `.nix` files (e.g. Nix's own language tests):
/// `NIXREF_PARSE_CHECK_DIR=path cargo test --lib -- --ignored parse_check_dir`.
#[test]
#[ignore = "needs NIXREF_PARSE_CHECK_DIR"]
fn parse_check_dir() {
    let dir = std::env::var("NIXREF_PARSE_CHECK_DIR").expect("NIXREF_PARSE_CHECK_DIR");
    let mut failures = Vec::new();
    let mut unrecognized = Vec::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.expect("walking");
        if !(entry.file_type().is_file() && entry.path().extension().is_some_and(|e| e == "nix")) {
            continue;
        }
        let bytes = std::fs::read(entry.path()).expect("reading");
        let text = super::super::lower::rnix_text(&bytes);
        if let Err(e) = compare(&text) {
            failures.push(format!("{}: {e}", entry.path().display()));
        }
        if rnix::Root::parse(&text).errors().is_empty() && !recognized(&text) {
            unrecognized.push(entry.path().display().to_string());
        }
    }
    assert!(
        failures.is_empty() && unrecognized.is_empty(),
        "{failures:#?}\nnot recognized: {unrecognized:#?}"
    );
}

/// A small file parsed without the recognizer gives what the recognizer's way gives
/// (and at most asks for more searching: misplaced functions, `f or` calls).
fn small_agrees(text: &str) -> Result<(), String> {
    let Some(small) = parse_small(text) else {
        return Ok(());
    };
    let full = parse_with(text, CUT_WEIGHT).map_err(|(m, at)| format!("{m} at {at}"))?;
    if format!("{:#?}", small.syntax()) != format!("{:#?}", full.syntax()) {
        return Err("trees differ".into());
    }
    if !full.errors.is_empty() || full.first_pipe.is_some() || full.first_open_comment.is_some() {
        return Err("the long way finds an error".into());
    }
    // The long way also says yes where its recognizer stopped; what matters is that no
    // `or` token goes unseen.
    let has_or = rnix::tokenize(text).any(|(k, _)| k == TOKEN_OR);
    if has_or && !small.may_have_or_call {
        return Err("an `or` is missed".into());
    }
    Ok(())
}

#[test]
fn small_files_skip_the_recognizer_safely() {
    let config = crate::difftest::GenConfig::for_nixref();
    let mut rng = crate::difftest::SplitMix64::new(11);
    let mut small = 0;
    for _ in 0..400 {
        let p = crate::difftest::generate(&config, &mut rng);
        small += usize::from(parse_small(&p.text).is_some());
        if let Err(e) = small_agrees(&p.text) {
            panic!("{:?}: {e}", p.text);
        }
    }
    assert!(small > 100, "only {small} programs took the short way");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("spec-tests");
    for entry in walkdir::WalkDir::new(root) {
        let entry = entry.expect("walking spec-tests");
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "nix") && entry.file_type().is_file() {
            let bytes = std::fs::read(path).expect("reading a fixture");
            let text = super::super::lower::rnix_text(&bytes);
            if let Err(e) = small_agrees(&text) {
                panic!("{}: {e}", path.display());
            }
        }
    }
    for text in [
        "a: a /* x */",
        "\"/*\" + \"*/\"",
        "x or y",
        "a.b or c",
        "{ or = 1; }.or",
    ] {
        if let Err(e) = small_agrees(text) {
            panic!("{text:?}: {e}");
        }
    }
    assert!(parse_small("1 /* open").is_none());
    assert!(parse_small("1 |> f").is_none());
}
