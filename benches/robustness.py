#!/usr/bin/env python3
"""Deep, huge and odd inputs, run side by side in nixref and in C++ Nix (issue 15).

    benches/robustness.py [--nixref BIN] [--nix BIN] [--timeout S] [--only SUBSTR,...]
                          [--markdown FILE] [--json FILE] [--skip-nix]

Every case is run once in each evaluator, one after the other, under `timeout` and a
virtual-memory limit of 8 GB (`ulimit -v`), with `nix-instantiate --eval --strict`'s
arguments. For each it prints wall time, peak resident memory, bytes written to stderr and
the result class: `ok:<hash of stdout>` or the first line of the error message (positions
left out), `timeout`, `signal N`. A row is marked when the classes differ, when nixref
takes more than 2 s and longer than C++ Nix, or when nixref's peak memory is more than
twice C++ Nix's (and above 32 MB).

nixref is `--nixref` (default target/release/nixref), C++ Nix is `--nix` (default
../shared/tools/nix-oracle, else nix-instantiate). It is a measurement, not a test: CI does
not run it; the tests that pin the outcomes are the fixtures under spec-tests/deep/.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = os.path.dirname(HERE)

# ---- deep constructs: (name, function of depth n -> source text) ----

DEEP = [
    ("paren", lambda n: "(" * n + "1" + ")" * n),
    ("list", lambda n: "[" * n + "1" + "]" * n),
    ("list-spaced", lambda n: "[ " * n + "1" + " ]" * n),
    ("set", lambda n: "{a=" * n + "1" + ";}" * n),
    ("rec-set", lambda n: "rec{a=" * n + "1" + ";}" * n),
    ("let", lambda n: "let a=1;in " * n + "a"),
    ("lambda", lambda n: "(" + "x: " * n + "1)" + " 1" * n),
    ("lambda-nested-call", lambda n: "(x: " * n + "x" + ") 1" * n),
    ("call-nested", lambda n: "let f = x: x; in " + "f (" * n + "1" + ")" * n),
    ("if", lambda n: "if true then " * n + "1" + " else 2" * n),
    ("if-else", lambda n: "if false then 0 else " * n + "1"),
    ("with", lambda n: "with {};" * n + "1"),
    ("assert", lambda n: "assert true;" * n + "1"),
    ("interpolation", lambda n: '"${' * n + '"x"' + '}"' * n),
    ("indented-interpolation", lambda n: "''${" * n + "''x''" + "}''" * n),
    ("update-paren", lambda n: "({}//(" * n + "{}" + "))" * n),
    ("update", lambda n: "{}//" * n + "{}"),
    ("concat", lambda n: "[]++" * n + "[]"),
    ("implication", lambda n: "true -> " * n + "true"),
    ("apply", lambda n: "let f = x: f; in f" + " 1" * n),
    ("negate", lambda n: "- " * n + "1"),
    ("not", lambda n: "!" * n + "true"),
    ("add", lambda n: "1" + "+1" * n),
    ("sub", lambda n: "1" + "-1" * n),
    ("and", lambda n: "true" + "&&true" * n),
    ("or", lambda n: "false" + "||false" * n),
    ("string-add", lambda n: '"a"' + '+"a"' * n),
    ("select", lambda n: "let s={" + "a." * n + "b=1;}; in s" + ".a" * n + ".b"),
    ("select-or", lambda n: "({}.a or " * n + "1" + ")" * n),
    ("formals", lambda n: "({a?1}: " * n + "a" + ") {}" * n),
    ("attrpath", lambda n: "{" + "a." * n + "a=1;}"),
    ("pipe", lambda n: "1" + " |> (x: x)" * n),
]

DEPTHS = [1000, 10000, 100000]


def big_set(n):
    return "{" + "".join(f"a{i}={i};" for i in range(n)) + "}"


def nested_derivation(depth, wrap=None):
    """The fuzzer's finding: an error that passes through nested derivations."""
    body = (
        'let f = i: derivation { name = "x"; system = "x"; builder = "/bin/sh"; '
        + ("a = if i == %d then throw \"deep\" else f (i + 1); " % depth if depth else "a = f i; ")
        + "}; in "
    )
    e = "f 1"
    if wrap == "tryEval":
        e = "builtins.tryEval (f 1).outPath"
    elif wrap == "drvPath":
        e = "(f 1).drvPath"
    return body + e


def many_derivations(n):
    return (
        "builtins.length (builtins.filter (d: d.drvPath != \"\") (builtins.genList (i: "
        'builtins.derivationStrict { name = "d${toString i}"; system = "x"; builder = "/bin/sh"; '
        'args = [ "-c" "echo ${toString i}" ]; }) %d))' % n
    )


def deep_value(n):
    return "builtins.foldl' (acc: _: [ acc ]) 0 (builtins.genList (x: x) %d)" % n


# ---- the cases: (name, kind, payload) ----
# kind "src": payload is the source text, written to a file and evaluated;
# kind "argv": payload is a function of the scratch folder returning extra arguments.


def cases():
    out = []
    for name, gen in DEEP:
        for n in DEPTHS:
            out.append((f"deep-{name}-{n}", "src", lambda gen=gen, n=n: gen(n)))
    out += [
        ("huge-set-1e6", "src", lambda: big_set(1_000_000)),
        ("huge-list-1e6", "src", lambda: "[" + " ".join(str(i) for i in range(1_000_000)) + "]"),
        ("huge-string-1e7", "src", lambda: "builtins.stringLength \"" + "a" * 10_000_000 + "\""),
        ("huge-let-1e5", "src", lambda: "let " + "".join(f"a{i}={i};" for i in range(100_000)) + "in a99999"),
        ("huge-ident-1e6", "src", lambda: "let " + "a" * 1_000_000 + "=1; in " + "a" * 1_000_000),
        ("drv-nested-infinite", "src", lambda: nested_derivation(0)),
        ("drv-nested-throw-1000", "src", lambda: nested_derivation(1000)),
        ("drv-nested-throw-2000", "src", lambda: nested_derivation(2000)),
        ("drv-nested-throw-4000", "src", lambda: nested_derivation(4000)),
        ("drv-nested-throw-2000-tryEval", "src", lambda: nested_derivation(2000, "tryEval")),
        ("drv-nested-throw-4000-tryEval", "src", lambda: nested_derivation(4000, "tryEval")),
        ("derivationStrict-10000", "src", lambda: many_derivations(10000)),
        ("toXML-depth-10000", "src", lambda: "builtins.stringLength (builtins.toXML (%s))" % deep_value(10000)),
        ("toXML-depth-20000", "src", lambda: "builtins.stringLength (builtins.toXML (%s))" % deep_value(20000)),
        ("toJSON-depth-20000", "src", lambda: "builtins.stringLength (builtins.toJSON (%s))" % deep_value(20000)),
        ("print-depth-20000", "src", lambda: deep_value(20000)),
        ("import-dev-zero", "src", lambda: "import /dev/zero"),
        ("import-dev-urandom", "src", lambda: "import /dev/urandom"),
        ("import-proc-self-mem", "src", lambda: "import /proc/self/mem"),
        ("import-dev-null", "src", lambda: "import /dev/null"),
        ("import-symlink-loop", "loop", None),
        ("import-fifo", "fifo", None),
        ("unterminated-comment", "src", lambda: "1 /* never closed"),
        ("unterminated-string", "src", lambda: '"never closed'),
        ("unterminated-indented", "src", lambda: "''never closed"),
        ("lone-cr-error", "src", lambda: "let\ra = 1;\rb = 2;\rin\rc"),
        ("lone-cr-ok", "src", lambda: "let\ra = 1;\rin\ra"),
        ("non-utf8-string", "bytes", lambda: b'builtins.stringLength "\xff\xfe"'),
        ("non-utf8-comment", "bytes", lambda: b"# \xff\n1"),
        ("non-utf8-toJSON", "bytes", lambda: b'builtins.toJSON "\xff"'),
        ("non-utf8-ident", "bytes", lambda: b"let \xff = 1; in 2"),
        ("nul-in-string", "bytes", lambda: b'"a\x00b"'),
        ("nul-in-comment", "bytes", lambda: b"# \x00\n1"),
        ("empty-file", "src", lambda: ""),
    ]
    return out


def classify(rc, out, err, timed_out):
    if timed_out:
        return "timeout"
    if rc < 0:
        return f"signal {-rc}"
    if rc == 0:
        return "ok:" + hashlib.sha1(out).hexdigest()[:10]
    text = err.decode("utf-8", "replace")
    m = re.search(r"^error:(.*)$", text, re.M)
    line = m.group(1).strip() if m else (text.strip().splitlines() or ["exit %d" % rc])[0]
    # Leave out paths and positions: the class is the message.
    line = re.sub(r"/[^ '\"]*", "PATH", line)
    return "error: " + line[:90]


def run(cmd, timeout, cwd):
    """Runs one command; returns (wall seconds, peak RSS MB, rc, stdout, stderr, timed out)."""
    limit = 8 * 1024 * 1024  # KB, for ulimit -v
    shell = f"ulimit -v {limit}; exec \"$@\""
    full = ["/usr/bin/time", "-f", "%M", "-o", os.path.join(cwd, ".rss"), "bash", "-c", shell, "bash"] + cmd
    env = dict(os.environ)
    env.pop("NIX_PATH", None)
    env.update({"HOME": "/fake-home", "NIX_REMOTE": "dummy://", "NIX_STORE_DIR": "/nix/store"})
    start = time.monotonic()
    p = subprocess.Popen(full, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, env=env,
                         start_new_session=True)
    timed_out = False
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(p.pid, 9)
        out, err = p.communicate()
    wall = time.monotonic() - start
    rss = 0.0
    try:
        with open(os.path.join(cwd, ".rss")) as f:
            lines = [l for l in f.read().split("\n") if l.strip().isdigit()]
            rss = int(lines[-1]) / 1024 if lines else 0.0
        os.unlink(os.path.join(cwd, ".rss"))
    except OSError:
        pass
    rc = p.returncode
    # time(1) reports a child killed by a signal as "Command terminated by signal N".
    m = re.search(rb"Command terminated by signal (\d+)", err)
    if m:
        rc = -int(m.group(1))
    return wall, rss, rc, out, err, timed_out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nixref", default=os.path.join(CRATE, "target/release/nixref"))
    default_nix = os.path.join(CRATE, "..", "shared", "tools", "nix-oracle")
    if not os.path.exists(default_nix):
        default_nix = os.path.join(CRATE, "..", "..", "shared", "tools", "nix-oracle")
    if not os.path.exists(default_nix):
        default_nix = shutil.which("nix-instantiate") or "nix-instantiate"
    ap.add_argument("--nix", default=default_nix)
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--only", default=None)
    ap.add_argument("--markdown", default=None)
    ap.add_argument("--json", default=None)
    ap.add_argument("--skip-nix", action="store_true")
    args = ap.parse_args()
    args.nixref = os.path.abspath(args.nixref)
    args.nix = os.path.abspath(args.nix) if os.path.exists(args.nix) else args.nix
    only = args.only.split(",") if args.only else None
    results = []
    with tempfile.TemporaryDirectory(prefix="nixref-robust-") as tmp:
        os.symlink(os.path.join(tmp, "loop-a.nix"), os.path.join(tmp, "loop-b.nix"))
        os.symlink(os.path.join(tmp, "loop-b.nix"), os.path.join(tmp, "loop-a.nix"))
        os.mkfifo(os.path.join(tmp, "fifo.nix"))
        for name, kind, payload in cases():
            if only and not any(o in name for o in only):
                continue
            file = os.path.join(tmp, "case.nix")
            if kind == "src":
                with open(file, "w") as f:
                    f.write(payload())
            elif kind == "bytes":
                with open(file, "wb") as f:
                    f.write(payload())
            elif kind == "loop":
                file = os.path.join(tmp, "loop-a.nix")
            elif kind == "fifo":
                with open(file, "w") as f:
                    f.write("import ./fifo.nix")
            row = {"case": name}
            tools = [("nixref", args.nixref)] + ([] if args.skip_nix else [("cpp", args.nix)])
            for label, binary in tools:
                wall, rss, rc, out, err, to = run([binary, "--eval", "--strict", file], args.timeout, tmp)
                row[label] = {"time": round(wall, 3), "rss_mb": round(rss, 1), "stderr_bytes": len(err),
                              "class": classify(rc, out, err, to)}
            flags = []
            a = row["nixref"]
            b = row.get("cpp")
            if b:
                if a["class"] != b["class"]:
                    flags.append("CLASS")
                if a["time"] > 2 and a["time"] > b["time"]:
                    flags.append("TIME")
                if a["rss_mb"] > 2 * b["rss_mb"] and a["rss_mb"] > 32:
                    flags.append("MEM")
            row["flags"] = flags
            results.append(row)
            print(format_row(row), flush=True)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(markdown(results))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    bad = [r for r in results if r["flags"]]
    print(f"{len(results)} cases, {len(bad)} flagged", file=sys.stderr)
    return 1 if bad else 0


def format_row(r):
    a = r["nixref"]
    s = f"{r['case']:36} nixref {a['time']:7.2f}s {a['rss_mb']:8.1f}MB {a['stderr_bytes']:8}B  {a['class'][:60]}"
    if "cpp" in r:
        b = r["cpp"]
        s += f"\n{'':36} c++    {b['time']:7.2f}s {b['rss_mb']:8.1f}MB {b['stderr_bytes']:8}B  {b['class'][:60]}"
    if r["flags"]:
        s += "   <-- " + " ".join(r["flags"])
    return s


def markdown(results):
    lines = ["| case | nixref s | nixref MB | C++ s | C++ MB | nixref result | C++ result | |",
             "|---|---:|---:|---:|---:|---|---|---|"]
    for r in results:
        a, b = r["nixref"], r.get("cpp", {"time": 0, "rss_mb": 0, "class": ""})
        same = "same" if a["class"] == b["class"] else b["class"]
        lines.append(f"| {r['case']} | {a['time']:.2f} | {a['rss_mb']:.0f} | {b['time']:.2f} | {b['rss_mb']:.0f} "
                     f"| {a['class'][:50]} | {same[:50]} | {' '.join(r['flags'])} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
