//! The differential tester against evaluators whose behaviour we know: nixref itself
//! (no divergence), and a wrapper around nixref that is wrong about one operator (the
//! divergence is found and minimised to a few tokens).

use nixref::difftest::{
    Campaign, Class, FORMS, GenConfig, InProcess, Outcome, SplitMix64, eval_nixref, generate,
    token_count,
};
use std::path::{Path, PathBuf};
use std::time::Duration;

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("nixref-difftest-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A generous per-program timeout: a program that times out under a loaded machine would be
/// a finding of its own and fail the tests that expect exactly the planted ones.
fn campaign(command: String, count: u64, seed: u64) -> Campaign {
    Campaign {
        command,
        count,
        seed,
        jobs: 2,
        timeout: Duration::from_secs(120),
        progress: false,
        ..Campaign::default()
    }
}

/// A shell script that evaluates with nixref after turning every `&&` into `||`.
fn flipping_wrapper(dir: &Path) -> PathBuf {
    let script = dir.join("flip-and.sh");
    let body = format!(
        "#!/bin/sh\nfor a; do f=$a; done\nsed 's/ && / || /g' \"$f\" | exec {} --eval --strict --show-trace -\n",
        env!("CARGO_BIN_EXE_nixref")
    );
    std::fs::write(&script, body).unwrap();
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(&script)
        .status()
        .unwrap();
    script
}

#[test]
fn wrong_operator_is_found_and_minimised() {
    let dir = scratch("flip");
    let wrapper = flipping_wrapper(&dir);
    let c = campaign(wrapper.display().to_string(), 120, 5);
    let sum = c.run(&dir);
    assert!(
        sum.divergent > 0,
        "no divergence found in {} programs",
        sum.programs
    );
    let best = sum
        .findings
        .iter()
        .filter(|f| f.program.contains("&&"))
        .min_by_key(|f| token_count(&f.program))
        .expect("a finding about &&");
    assert!(
        token_count(&best.program) <= 5,
        "not minimised: {}",
        best.program
    );
    assert_eq!(best.nixref.class, Class::Value);
    assert_ne!(best.nixref.value, best.other.value);
    // Every finding is about the flipped operator.
    for f in &sum.findings {
        assert!(
            f.program.contains("&&"),
            "unexpected finding: {}",
            f.program
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn nixref_agrees_with_itself() {
    let dir = scratch("self");
    let c = campaign(env!("CARGO_BIN_EXE_nixref").to_string(), 80, 11);
    let sum = c.run(&dir);
    let shown: Vec<String> = sum
        .findings
        .iter()
        .map(|f| format!("{}: {}", f.pair(), f.program))
        .collect();
    assert!(shown.is_empty(), "{shown:#?}");
    assert_eq!(sum.programs, 80);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn findings_become_fixtures() {
    let dir = scratch("fixtures");
    let wrapper = flipping_wrapper(&dir);
    let out = dir.join("out");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_nixref"))
        .args(["diff", "--against"])
        .arg(&wrapper)
        .args([
            "--count",
            "60",
            "--seed",
            "5",
            "--jobs",
            "2",
            "--no-progress",
            "--out",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(
        status.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let stdout = String::from_utf8_lossy(&status.stdout);
    assert!(
        stdout.contains(" distinct causes (") && stdout.contains("&&"),
        "{stdout}"
    );
    let names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.contains(&"summary.txt".to_string()));
    assert!(names.contains(&"causes.md".to_string()));
    // One fixture per cause, each about the flipped operator.
    let causes = std::fs::read_to_string(out.join("causes.md")).unwrap();
    let count: usize = causes
        .strip_prefix("# ")
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("causes.md starts with the number of causes");
    let fixtures: Vec<&String> = names.iter().filter(|n| n.ends_with(".nix")).collect();
    assert_eq!(fixtures.len(), count, "{names:?}");
    for f in &fixtures {
        let text = std::fs::read_to_string(out.join(f)).unwrap();
        assert!(text.contains("&&"), "{f}: {text}");
    }
    let fixture = names
        .iter()
        .find(|n| n.starts_with("eval-okay-cause") && n.ends_with(".nix"))
        .expect("an eval-okay fixture");
    let exp = out.join(fixture.replace(".nix", ".exp"));
    assert!(exp.exists(), "{names:?}");
    // The expectation is nixref's (the default reference), so nixref's runner passes it.
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_nixref"))
        .arg("test")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stdout)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn default_generator_reaches_every_form_and_callable_builtin() {
    let cfg = GenConfig::for_nixref();
    let mut forms = std::collections::BTreeSet::new();
    let mut builtins = std::collections::BTreeSet::new();
    for i in 0..6000 {
        let p = generate(&cfg, &mut SplitMix64::for_program(0, i));
        forms.extend(p.coverage.forms.keys().copied());
        builtins.extend(p.coverage.builtins.keys().map(|s| s.to_string()));
    }
    let missing: Vec<&&str> = FORMS.iter().filter(|f| !forms.contains(*f)).collect();
    assert!(missing.is_empty(), "forms not reached: {missing:?}");
    let missing: Vec<String> = cfg
        .callable_builtins()
        .into_iter()
        .filter(|b| !builtins.contains(b))
        .collect();
    assert!(missing.is_empty(), "builtins not reached: {missing:?}");
}

/// nixref with two planted bugs, as a VM might have them: `&&` evaluates as `||`, and `*`
/// as `+` (the operators are rewritten in the syntax tree, so strings and comments that
/// spell them are untouched).
fn two_bugs(text: &str, file: &Path) -> Outcome {
    let root = rnix::Root::parse(text).syntax();
    let mut out = String::new();
    for tok in root
        .descendants_with_tokens()
        .filter_map(|e| e.into_token())
    {
        out.push_str(match tok.kind() {
            rnix::SyntaxKind::TOKEN_AND_AND => "||",
            rnix::SyntaxKind::TOKEN_MUL => "+",
            _ => tok.text(),
        });
    }
    eval_nixref(&out, file)
}

#[test]
fn two_planted_bugs_are_two_causes() {
    let dir = scratch("two-bugs");
    let c = Campaign {
        evaluator: Some(InProcess::new(two_bugs)),
        count: 400,
        seed: 3,
        jobs: 2,
        progress: false,
        ..Campaign::default()
    };
    c.preflight(&dir)
        .expect("the wrapper evaluates 1 and fails on throw");
    let sum = c.run(&dir);
    let causes: Vec<String> = sum
        .causes
        .iter()
        .map(|c| {
            let f = &sum.findings[c.representative()];
            format!("{} ({} findings): {}", c.key, c.findings.len(), f.program)
        })
        .collect();
    assert!(sum.findings.len() > 2, "too few findings: {causes:#?}");
    assert_eq!(sum.causes.len(), 2, "{causes:#?}");
    let keys: Vec<&str> = sum.causes.iter().map(|c| c.key.as_str()).collect();
    assert!(keys.contains(&"&&") && keys.contains(&"*"), "{keys:?}");
    // Every finding is under the cause of the operator it uses, and the representative is
    // the smallest program of its cause.
    for cause in &sum.causes {
        let op = if cause.key == "&&" { "&&" } else { "*" };
        for &i in &cause.findings {
            assert!(sum.findings[i].program.contains(op), "{causes:#?}");
        }
        let smallest = cause
            .findings
            .iter()
            .map(|&i| token_count(&sum.findings[i].program))
            .min();
        assert_eq!(
            Some(token_count(&sum.findings[cause.representative()].program)),
            smallest
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_broken_against_command_stops_before_any_program() {
    for cmd in ["/nonexistent/evaluator", "true", "echo 1; exit 1"] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_nixref"))
            .args(["diff", "--against", cmd, "--count", "5", "--no-progress"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{cmd}: {err}");
        assert!(err.contains("pre-flight check failed"), "{cmd}: {err}");
        assert!(out.stdout.is_empty(), "{cmd}: programs ran");
    }
}

/// A shell script that evaluates with nixref and prints every `true` as `false` (a bug of
/// the printer: unlike `flipping_wrapper`'s, it also shows in values of imported files).
fn printing_wrapper(dir: &Path) -> PathBuf {
    let script = dir.join("print-false.sh");
    let body = format!(
        "#!/bin/sh
out=$({} \"$@\")
rc=$?
printf '%s\\n' \"$out\" | sed 's/true/false/g'
exit $rc
",
        env!("CARGO_BIN_EXE_nixref")
    );
    std::fs::write(&script, body).unwrap();
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(&script)
        .status()
        .unwrap();
    script
}

#[test]
fn batching_changes_only_the_speed() {
    let dir = scratch("batch");
    let wrapper = printing_wrapper(&dir);
    let run = |batch: usize| {
        let c = Campaign {
            batch,
            minimise_checks: 0,
            ..campaign(wrapper.display().to_string(), 48, 5)
        };
        let sum = c.run(&dir.join(format!("b{batch}")));
        let found: Vec<(String, String)> = sum
            .findings
            .iter()
            .map(|f| (format!("{:?}", f.origin), f.pair()))
            .collect();
        (found, sum.other_runs, sum.programs)
    };
    let (one, runs_one, n1) = run(1);
    let (eight, runs_eight, n8) = run(8);
    assert_eq!((n1, n8), (48, 48));
    assert!(!one.is_empty(), "the wrapper's bug shows");
    assert_eq!(one, eight);
    assert!(
        runs_eight < runs_one,
        "{runs_eight} runs batched, {runs_one} not"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
