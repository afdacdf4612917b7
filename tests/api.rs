//! The public API as a VM's test suite uses it: evaluations against files held in memory,
//! with their messages captured, in a process whose other tests write to standard error.

use nixref::io::MemoryFs;
use nixref::output::{Captured, MessageKind};
use nixref::{Builder, ErrorKind, ValueType};
use std::path::Path;

/// A project that imports, reads files and directories, warns and traces.
fn project() -> MemoryFs {
    MemoryFs::new()
        .file(
            "/proj/default.nix",
            r#"let lib = import ./lib.nix; in {
  sum = builtins.trace "summing" (lib.add 1 2);
  names = builtins.attrNames (builtins.readDir ./data);
  text = builtins.readFile ./data/hello.txt;
  kind = builtins.readFileType ./data/sub;
  exists = [ (builtins.pathExists ./data/hello.txt) (builtins.pathExists ./nope) ];
  hash = builtins.hashFile "sha256" ./data/hello.txt;
  linked = builtins.readFile ./link;
  warned = builtins.warn "careful" 1;
}
"#,
        )
        .file("/proj/lib.nix", "{ add = a: b: a + b; }")
        .file("/proj/data/hello.txt", "hello\n")
        .dir("/proj/data/sub")
        .symlink("/proj/link", "data/hello.txt")
}

/// What the project's evaluation gives, and the messages it sent, in order.
fn evaluate_project() -> (String, String) {
    let messages = Captured::new();
    let nix = Builder::new()
        .file_system(project())
        .sink(messages.clone())
        .build();
    let v = nix.eval_file("/proj").expect("evaluates");
    let printed = v.to_nix_string().expect("prints");
    (printed, messages.text())
}

#[test]
fn in_memory_files_and_captured_messages() {
    let (printed, messages) = evaluate_project();
    assert_eq!(
        printed,
        "{ exists = [ true false ]; hash = \"5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03\"; \
         kind = \"directory\"; linked = \"hello\\n\"; names = [ \"hello.txt\" \"sub\" ]; sum = 3; \
         text = \"hello\\n\"; warned = 1; }"
    );
    // The attributes are forced in order, so `sum`'s trace comes before `warned`'s warning.
    assert_eq!(messages, "trace: summing\nevaluation warning: careful\n");
}

/// Messages go to the sink of their own evaluation, each with its kind, even while
/// other threads evaluate and write to the process's standard error.
#[test]
fn concurrent_evaluations_keep_their_messages_apart() {
    let threads: Vec<_> = (0..4)
        .map(|i| {
            std::thread::spawn(move || {
                for round in 0..20 {
                    eprintln!("harness output {i}/{round}");
                    let messages = Captured::new();
                    let nix = Builder::new().sink(messages.clone()).build();
                    let v = nix
                        .eval(&format!("builtins.trace \"t{i}-{round}\" {round}"))
                        .expect("evaluates");
                    assert_eq!(v.as_int().expect("an integer"), round);
                    assert_eq!(
                        messages.messages(),
                        vec![(
                            MessageKind::Trace,
                            format!("trace: t{i}-{round}\n").into_bytes()
                        )]
                    );
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("no thread fails");
    }
}

/// Run as a child process by [`nothing_reaches_the_process_stderr`]: evaluates the
/// project (which traces and warns) between two lines of its own on standard error.
#[test]
fn child_writes_its_own_stderr_only() {
    if std::env::var_os("NIXREF_API_CHILD").is_none() {
        return;
    }
    eprintln!("before");
    let (_, messages) = evaluate_project();
    assert!(!messages.is_empty());
    eprintln!("after");
}

/// The evaluator writes nothing to the process's standard error when given a sink: a
/// child running the evaluation has only its own two lines there.
#[test]
fn nothing_reaches_the_process_stderr() {
    let out = std::process::Command::new(std::env::current_exe().expect("the test binary"))
        .args(["--exact", "child_writes_its_own_stderr_only", "--nocapture"])
        .args(["--test-threads", "1", "-q"])
        .env("NIXREF_API_CHILD", "1")
        .output()
        .expect("runs");
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr, "before\nafter\n");
}

#[test]
fn values_are_inspected_without_panics() {
    let nix = Builder::new().build();
    let v = nix
        .eval_in(
            r#"{ i = 1; f = 2.5; s = "x"; p = ./a; l = [ 1 (throw "no") ]; n = null; g = x: x; }"#,
            Path::new("/base"),
        )
        .expect("evaluates");
    let attr = |n: &str| v.attr(n).expect("a set").expect("present");
    assert_eq!(attr("i").type_of().unwrap(), ValueType::Int);
    assert_eq!(attr("f").as_float().unwrap(), 2.5);
    assert_eq!(attr("s").as_str().unwrap(), "x");
    assert_eq!(attr("p").as_path().unwrap(), Path::new("/base/a"));
    assert_eq!(attr("n").type_of().unwrap(), ValueType::Null);
    assert!(v.attr("missing").unwrap().is_none());
    let names: Vec<String> = v.attrs().unwrap().into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, v.attr_names().unwrap());
    assert_eq!(names, ["f", "g", "i", "l", "n", "p", "s"]);
    // A value of the wrong type is C++ Nix's error, not a panic.
    let e = attr("s").as_int().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Type);
    assert_eq!(e.message(), "expected an integer but found a string: \"x\"");
    let items = attr("l").items().unwrap();
    assert_eq!(items[1].force().unwrap_err().kind(), ErrorKind::Throw);
    assert_eq!(attr("g").call(&attr("i")).unwrap().as_int().unwrap(), 1);
    // A value of another evaluation is refused.
    let other = Builder::new().build();
    let x = other.eval("1").unwrap();
    assert_eq!(attr("g").call(&x).unwrap_err().kind(), ErrorKind::Usage);
}

#[test]
fn settings_and_search_path() {
    let messages = Captured::new();
    let nix = Builder::new()
        .option("system", "riscv64-linux")
        .unwrap()
        .option("pure-eval", "maybe")
        .unwrap()
        .search_path("p=/roots/p")
        .file_system(MemoryFs::new().file("/roots/p/x.nix", "41 + 1"))
        .sink(messages.clone())
        .build();
    assert_eq!(
        nix.eval("[ builtins.currentSystem (import <p/x.nix>) ]")
            .unwrap()
            .to_nix_string()
            .unwrap(),
        "[ \"riscv64-linux\" 42 ]"
    );
    assert_eq!(
        messages.text(),
        "warning: error: Boolean setting 'pure-eval' has invalid value 'maybe'\n"
    );
    let messages = Captured::new();
    let verbose = Builder::new()
        .option("trace-verbose", "maybe")
        .unwrap()
        .sink(messages.clone())
        .build();
    assert_eq!(
        verbose
            .eval("builtins.traceVerbose \"x\" 1")
            .unwrap()
            .as_int()
            .unwrap(),
        1
    );
    assert_eq!(
        messages.text(),
        "warning: error: Boolean setting 'trace-verbose' has invalid value 'maybe'\n"
    );
    let piped = Builder::new()
        .option("extra-experimental-features", "pipe-operators")
        .unwrap()
        .build();
    assert_eq!(piped.eval("1 |> (x: x + 1)").unwrap().as_int().unwrap(), 2);
    let e = Builder::new().build().eval("1 |> (x: x + 1)").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Parse);
    let e = Builder::new().option("no-such-setting", "1").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Usage);
}

#[test]
fn errors_render_as_cpp_nix_prints_them() {
    let nix = Builder::new()
        .file_system(MemoryFs::new().file("/m/missing.nix", "import ./gone.nix\n"))
        .build();
    let e = nix.eval_file("/m/missing.nix").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Io);
    // `nix-instantiate --eval /m/missing.nix` with the same files on disk.
    assert_eq!(
        e.render(),
        "error:\n       … while calling the 'import' builtin\n         at /m/missing.nix:1:1:\n            1| import ./gone.nix\n             | ^\n            2|\n\n       error: path '/m/gone.nix' does not exist\n"
    );
}

/// Bad inputs through the API give errors (C++ Nix's kind where it has one), never a panic.
#[test]
fn bad_inputs_are_errors() {
    let fs = MemoryFs::new()
        .file("/b/latin1.nix", b"\"caf\xe9\"".to_vec())
        .file("/b/nul.nix", b"1 +\0 2".to_vec())
        .file("/b/data", b"a\0b".to_vec())
        .dir("/b/empty")
        .symlink("/b/loop", "/b/loop")
        .symlink("/b/dangling", "/b/nowhere");
    let nix = Builder::new().file_system(fs).build();
    let kind =
        |r: nixref::Result<nixref::Value<'_>>| r.and_then(|v| v.force_deep()).unwrap_err().kind();
    // Source files are bytes, as C++ Nix reads them: a string need not be UTF-8.
    assert_eq!(
        nix.eval_file("/b/latin1.nix").unwrap().as_bytes().unwrap(),
        b"caf\xe9"
    );
    assert_eq!(kind(nix.eval_file("/b/nul.nix")), ErrorKind::Parse);
    assert_eq!(kind(nix.eval_file("/b/empty")), ErrorKind::Io);
    assert_eq!(kind(nix.eval_file("/b/loop")), ErrorKind::Io);
    assert_eq!(kind(nix.eval_file("")), ErrorKind::Io);
    assert_eq!(kind(nix.eval("builtins.readFile /b/data")), ErrorKind::Io);
    assert_eq!(kind(nix.eval("builtins.readFile /b/empty")), ErrorKind::Io);
    assert_eq!(kind(nix.eval("builtins.readDir /b/data")), ErrorKind::Io);
    assert_eq!(
        kind(nix.eval("builtins.readFileType /b/nowhere")),
        ErrorKind::Io
    );
    // As in C++ Nix, a link exists even when what it names does not.
    assert_eq!(
        nix.eval("[ (builtins.pathExists /b/dangling) (builtins.pathExists /b/loop) ]")
            .and_then(|v| v.to_nix_string())
            .unwrap(),
        "[ true true ]"
    );
    assert_eq!(
        kind(nix.eval("let x = x; in x")),
        ErrorKind::InfiniteRecursion
    );
    assert_eq!(
        kind(nix.eval("(x: x x) (x: x x)")),
        ErrorKind::StackOverflow
    );
    assert_eq!(kind(nix.eval("{")), ErrorKind::Parse);
    let v = nix.eval("x: x").unwrap();
    assert_eq!(v.attr("a").unwrap_err().kind(), ErrorKind::Type);
    assert_eq!(v.items().unwrap_err().kind(), ErrorKind::Type);
    assert_eq!(v.to_nix_string().unwrap(), "<LAMBDA>");
}

/// A tree held in memory gets the store paths C++ Nix gives the same tree on disk when it
/// is copied to the store (its NAR is read through the file system too), with the path
/// filter seeing the in-memory entries.
#[test]
fn in_memory_trees_get_their_store_paths() {
    let nix = Builder::new().file_system(project()).build();
    let v = nix
        .eval(
            r#"let d = /proj/data; in [ "${d}" (builtins.path { path = d; name = "x"; })
               (builtins.filterSource (p: t: t != "directory") d)
               (builtins.path { path = d + "/hello.txt"; recursive = false; }) ]"#,
        )
        .and_then(|v| v.to_nix_string())
        .unwrap();
    // `nix-instantiate --eval --strict --readonly-mode` with the same tree on disk.
    assert_eq!(
        v,
        "[ \"/nix/store/8p3fxvpc3ac2r05lvvplg7qpa4620l9b-data\" \
         \"/nix/store/v0phgqq33vkhkd36vqcb1vq0sikbbm2p-x\" \
         \"/nix/store/n6z84a22q8zcsknrz10dshds2a9prc07-data\" \
         \"/nix/store/gy454w1cxaq731grqwylhzf4pp9r5izh-hello.txt\" ]"
    );
    // An executable file and a symbolic link keep what they are in the NAR.
    let nix = Builder::new()
        .file_system(
            MemoryFs::new()
                .executable("/t/exe/run", "#!/bin/sh\necho hi\n")
                .symlink("/t/exe/alias", "run"),
        )
        .build();
    assert_eq!(
        nix.eval(r#""${/t/exe}""#).unwrap().as_str().unwrap(),
        "/nix/store/2915ik06xbg9lywlixpwd2pqyg1dd85a-exe"
    );
}
