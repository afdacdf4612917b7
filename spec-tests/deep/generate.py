#!/usr/bin/env python3
"""Writes the deep-nesting fixtures of this folder and records their expectations from C++
Nix 2.26 (issue 15): each construct nested 1 000 and 10 000 times, and 100 000 times where
C++ Nix parses that (at 100 000 every construct that 10 000 already takes past bison's
10 000-state stack is the same 'memory exhausted', so those are left out: they would add
megabytes and test nothing new).

    spec-tests/deep/generate.py [NAME...]

One level per line, so that an error's excerpt is one short line and not the whole
program. The kind of each fixture (parse-fail, eval-okay, eval-fail) is what C++ Nix does
with it; the expectations are written by spec-tests/record, never by nixref.
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.environ.get("NIX_INSTANTIATE") or os.path.join(HERE, "..", "..", "..", "shared", "tools", "nix-oracle")
RECORD = os.path.join(HERE, "..", "record")


def nest(prefix, opening, middle, closing, n, suffix=""):
    """`prefix`, `opening` n times, `middle`, `closing` n times, `suffix`: a line each."""
    lines = ([prefix] if prefix else []) + [opening] * n + [middle] + ([closing] * n if closing else [])
    return "\n".join(lines + ([suffix] if suffix else [])) + "\n"


def chain(first, link, n):
    """`first` and then `link` n times (left-nested operators, applications)."""
    return "\n".join([first] + [link] * n) + "\n"


def deep_value(shape, n):
    return "builtins.foldl' (acc: _: %s) 0 (builtins.genList (x: x) %d)" % (shape, n)


# (name, function of the depth -> source). Strings never hold a newline: each is closed
# on its own line or holds an interpolation whose expression the newline is part of.
CONSTRUCTS = [
    ("paren", lambda n: nest("", "(", "1", ")", n)),
    ("list", lambda n: nest("", "[", "1", "]", n)),
    ("set", lambda n: nest("", "{ a =", "1", "; }", n)),
    ("rec-set", lambda n: nest("", "rec { a =", "1", "; }", n)),
    ("let", lambda n: nest("", "let a = 1; in", "a", "", n)),
    ("lambda", lambda n: nest("(", "x:", "1)", "1", n)),
    ("lambda-nested-call", lambda n: nest("", "(x:", "x", ") 1", n)),
    ("call-nested", lambda n: nest("let f = x: x; in", "f (", "1", ")", n)),
    ("if", lambda n: nest("", "if true then", "1", "else 2", n)),
    ("if-else", lambda n: nest("", "if false then 0 else", "1", "", n)),
    ("with", lambda n: nest("", "with {};", "1", "", n)),
    ("assert", lambda n: nest("", "assert true;", "1", "", n)),
    ("interpolation", lambda n: nest("", '"${', '"x"', '}"', n)),
    ("indented-interpolation", lambda n: nest("", "''${", "''x''", "}''", n)),
    ("update-paren", lambda n: nest("", "({} // (", "{}", "))", n)),
    ("update", lambda n: nest("", "{} //", "{}", "", n)),
    ("concat", lambda n: nest("", "[] ++", "[]", "", n)),
    ("implication", lambda n: nest("", "true ->", "true", "", n)),
    ("negate", lambda n: nest("", "-", "1", "", n)),
    ("not", lambda n: nest("", "!", "true", "", n)),
    ("select-or", lambda n: nest("", "({}.a or", "1", ")", n)),
    ("formals", lambda n: nest("", "({ a ? 1 }:", "a", ") {}", n)),
    ("select", lambda n: "let s = {\n" + "a.\n" * n + "b = 1; }; in s\n" + ".a\n" * n + ".b\n"),
    ("attrpath", lambda n: "{\n" + "a.\n" * n + "a = 1; }\n"),
    ("apply", lambda n: chain("let f = x: f; in f", "1", n)),
    ("add", lambda n: chain("1", "+ 1", n)),
    ("sub", lambda n: chain("1", "- 1", n)),
    ("and", lambda n: chain("true", "&& true", n)),
    ("or", lambda n: chain("false", "|| false", n)),
    ("string-add", lambda n: chain('"a"', '+ "a"', n)),
    ("pipe", lambda n: chain("1", "|> (x: x)", n)),
    # Deep values, built at run time: walks 2.26 does by native recursion.
    ("value-list", lambda n: deep_value("[ acc ]", n) + "\n"),
    ("value-set", lambda n: deep_value("{ a = acc; }", n) + "\n"),
    ("deepSeq-list", lambda n: "builtins.deepSeq (%s) 1\n" % deep_value("[ acc ]", n)),
    ("toJSON-list", lambda n: "builtins.stringLength (builtins.toJSON (%s))\n" % deep_value("[ acc ]", n)),
    ("toJSON-set", lambda n: "builtins.stringLength (builtins.toJSON (%s))\n" % deep_value("{ a = acc; }", n)),
    ("toXML-list", lambda n: "builtins.stringLength (builtins.toXML (%s))\n" % deep_value("[ acc ]", n)),
]

DEPTHS = [1000, 10000, 100000]

# toXML's output grows with the square of the depth: 10 000 nested lists are 200 MB, and
# 100 000 would be 20 GB (C++ Nix runs out of memory after minutes).
# `- 1` 100 000 times is max-call-depth past 10 000 calls, whose expectation is 1.7 MB of
# trace (sub-10000 is kept).
SKIP = {("toXML-list", 100000), ("sub", 100000)}


def oracle(args, src, stdin=None):
    env = {k: v for k, v in os.environ.items() if k != "NIX_PATH"}
    env.update({"HOME": "/fake-home", "NIX_REMOTE": "dummy://", "NIX_STORE_DIR": "/nix/store"})
    with open(os.path.join(HERE, ".probe.nix"), "w") as f:
        f.write(src)
    try:
        p = subprocess.run([ORACLE] + args + ([] if stdin else [".probe.nix"]), cwd=HERE, env=env,
                           stdin=open(os.path.join(HERE, ".probe.nix")) if stdin else None,
                           capture_output=True, timeout=600)
    finally:
        os.unlink(os.path.join(HERE, ".probe.nix"))
    return p.returncode


def main():
    only = set(sys.argv[1:])
    for name, gen in CONSTRUCTS:
        if only and name not in only:
            continue
        for n in DEPTHS:
            if (name, n) in SKIP:
                continue
            src = gen(n)
            stem = f"{name}-{n}"
            for kind in ("parse-fail", "eval-okay", "eval-fail"):
                for ext in (".nix", ".exp", ".err.exp"):
                    p = os.path.join(HERE, f"{kind}-{stem}{ext}")
                    if os.path.exists(p):
                        os.unlink(p)
            if oracle(["--parse", "-"], src, stdin=True) != 0:
                if n > 10000:
                    print(f"{stem}: parse-fail, as at 10000: left out")
                    continue
                kind = "parse-fail"
            else:
                kind = "eval-okay" if oracle(["--eval", "--strict"], src) == 0 else "eval-fail"
            path = os.path.join(HERE, f"{kind}-{stem}.nix")
            with open(path, "w") as f:
                f.write(src)
            subprocess.run([RECORD, path], check=True)
            print(f"{stem}: {kind}")


if __name__ == "__main__":
    main()
