#!/usr/bin/env python3
"""Checks nixref's model of C++ Nix's parser stack against C++ Nix itself.

    fuzz/depth_oracle.py [--nixref BIN] [--nix BIN] [--sequences N] [--seed S]

C++ Nix 2.26's bison parser fails with "memory exhausted" when its stack of states fills
(10000 states), at the token that filled it. nixref's parser (src/syntax/parse.rs) counts
that stack itself. This script builds programs by wrapping an expression in a random
sequence of constructs (parentheses, lists, sets, let, functions, if, with, assert,
strings with interpolation, operators, applications, selections ...), finds by bisection
the number of wrappers at which C++ Nix first fails, and checks that nixref fails there
too, at the same line and column, and not one wrapper earlier. Both are run with
`--parse`. It prints each mismatch and exits 1 if there was any.
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = os.path.dirname(HERE)

# (prefix, suffix, what the hole takes, what the result is)
# kinds: "full" (any expression), "op" (an operator expression: no function, let, if,
# with or assert at its start), "select" (an argument or list element), "simple" (what
# `.a` and `or` may follow).
FULL, OP, SELECT, SIMPLE = 0, 1, 2, 3
WRAPPERS = [
    ("(", ")", FULL, SIMPLE),
    ("[", "]", SELECT, SIMPLE),
    ("[ 1 ", " 2 ]", SELECT, SIMPLE),
    ("{a=", ";}", FULL, SIMPLE),
    ("{b=1;a=", ";}", FULL, SIMPLE),
    ("{inherit b;a=", ";}", FULL, SIMPLE),
    ("rec{a=", ";}", FULL, SIMPLE),
    ("let a=1;in ", "", FULL, FULL),
    ("let a=", ";in a", FULL, FULL),
    ("let b=1;a=", ";in a", FULL, FULL),
    ("let inherit b;in ", "", FULL, FULL),
    ("x: ", "", FULL, FULL),
    ("{a}: ", "", FULL, FULL),
    ("{a, b}: ", "", FULL, FULL),
    ("{a ? ", "}: 1", FULL, FULL),
    ("{b, a ? ", ", ...}: 1", FULL, FULL),
    ("x@{a}: ", "", FULL, FULL),
    ("{a}@x: ", "", FULL, FULL),
    ("if ", " then 1 else 2", FULL, FULL),
    ("if true then ", " else 2", FULL, FULL),
    ("if true then 1 else ", "", FULL, FULL),
    ("with {}; ", "", FULL, FULL),
    ("with ", "; 1", FULL, FULL),
    ("assert ", "; 1", FULL, FULL),
    ("assert true; ", "", FULL, FULL),
    ('"${', '}"', FULL, SIMPLE),
    ('"a${', '}"', FULL, SIMPLE),
    ('"${1}b${', '}c"', FULL, SIMPLE),
    ("''${", "}''", FULL, SIMPLE),
    ("''a\n${", "}''", FULL, SIMPLE),
    ("./a/${", "}", FULL, SIMPLE),
    ("./a/${", "}/b", FULL, SIMPLE),
    ("x.${", "}", FULL, SELECT),
    ("x.a.${", "} or 1", FULL, SELECT),
    ("{ ${", "} = 1; }", FULL, SIMPLE),
    ('{ a."${', '}" = 1; }', FULL, SIMPLE),
    ("{ inherit (", ") a; }", FULL, SIMPLE),
    ("x.a or ", "", SELECT, SELECT),
    ("f ", "", SELECT, OP),
    ("f 1 ", " 2", SELECT, OP),
    ("!", "", OP, OP),
    ("-", "", OP, OP),
    ("1 + ", "", OP, OP),
    ("1 * ", "", OP, OP),
    ("[] ++ ", "", OP, OP),
    ("{} // ", "", OP, OP),
    ("true -> ", "", OP, OP),
    ("true && ", "", OP, OP),
    ("1 == ", "", SELECT, OP),
    ("1 < ", "", SELECT, OP),
    ("", " + 1", OP, OP),
    ("", " ++ []", OP, OP),
    ("", " // {}", OP, OP),
    ("", " ? a", OP, OP),
    ("", " ? a.${b}", OP, OP),
    ("", ".a", SIMPLE, SELECT),
    ("", " or", SIMPLE, SELECT),
]


def fits(hole, kind, prefix, inner_text):
    """Whether an inner expression of `kind` may stand in a hole that takes `hole`."""
    if hole == FULL:
        return True
    if hole == OP:
        return kind != FULL
    if hole == SELECT:
        return kind in (SELECT, SIMPLE)
    return kind == SIMPLE


def build(seq, n):
    """The program of the first n wrappers of seq around `1` (parenthesised as needed)."""
    text, kind = "1", SIMPLE
    for w in seq[:n]:
        prefix, suffix, hole, result = WRAPPERS[w]
        if not fits(hole, kind, prefix, text) or needs_parens(prefix, text):
            text, kind = "(" + text + ")", SIMPLE
        text, kind = prefix + text + suffix, result
    # Names the wrappers use (`x`, `f`, `b`, `or` ...) come from a `with`, so that
    # `--parse`'s check for undefined variables passes.
    return "with {}; " + text


def needs_parens(prefix, text):
    # rnix reads `!` only where an operand of `//` or of a looser operator stands; keep
    # to what both parse alike. A suffix operator after a function-like or `!` operand
    # changes what it applies to, which is fine, but `- !x` and `1 + !x` are not rnix's.
    p = prefix.strip()
    if text.lstrip().startswith("!") and p in ("-", "1 +", "1 *", "[] ++"):
        return True
    # `x.a or` followed by a non-simple expression, a suffix `or` after an operator
    # expression and `.a` after a non-simple one are caught by the kinds.
    return False


def run(binary, text, tmp):
    path = os.path.join(tmp, "p.nix")
    with open(path, "w") as f:
        f.write(text)
    p = subprocess.run([binary, "--parse", path], capture_output=True, timeout=120,
                       env={**os.environ, "NIX_REMOTE": "dummy://"})
    if p.returncode == 0:
        return "ok"
    lines = p.stderr.decode("utf-8", "replace").splitlines()
    msg = lines[0] if lines else "?"
    at = next((l.strip() for l in lines[1:] if l.strip().startswith("at ")), "")
    return f"{msg} {at}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nixref", default=os.path.join(CRATE, "target/release/nixref"))
    ap.add_argument("--nix", default=os.path.join(CRATE, "..", "shared", "tools", "nix-oracle"))
    ap.add_argument("--sequences", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if not os.path.exists(args.nix):
        args.nix = os.path.join(CRATE, "..", "..", "shared", "tools", "nix-oracle")
    rng = random.Random(args.seed)
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for s in range(args.sequences):
            # Runs of one construct, mixed.
            seq = []
            while len(seq) < 12000:
                seq += [rng.randrange(len(WRAPPERS))] * rng.choice([1, 1, 2, 3, 10, 100])
            lo, hi = 0, 12000
            if run(args.nix, build(seq, hi), tmp) == "ok":
                print(f"sequence {s}: C++ Nix parses all 12000 wrappers", flush=True)
                continue
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if run(args.nix, build(seq, mid), tmp) == "ok":
                    lo = mid
                else:
                    hi = mid
            want = run(args.nix, build(seq, hi), tmp)
            if "memory exhausted" not in want:
                print(f"sequence {s}: C++ Nix rejects {hi} wrappers otherwise: {want}", flush=True)
                continue
            got_at = run(args.nixref, build(seq, hi), tmp)
            got_below = run(args.nixref, build(seq, lo), tmp)
            ok = got_below == "ok" and got_at == want
            bad += not ok
            print(f"sequence {s}: fails at {hi} wrappers: {'same' if ok else 'MISMATCH'}", flush=True)
            if not ok:
                print(f"  C++ Nix: {want}\n  nixref : {got_at}\n  nixref one wrapper less: {got_below}")
                with open(os.path.join(HERE, f"depth-mismatch-{args.seed}-{s}.nix"), "w") as f:
                    f.write(build(seq, hi))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
