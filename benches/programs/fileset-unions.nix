# nixpkgs lib's file sets: `lib.fileset.unions` of 10,000 files, then `toList`, a
# `difference` and an `intersection`. Needs NIXPKGS_LIB; NIXREF_BENCH_TREE is a folder
# `d0` ... `d99`, each with files `f0` ... `f99`, that the runner creates.
let
  lib = import (/. + builtins.getEnv "NIXPKGS_LIB");
  inherit (lib) fileset;
  root = /. + builtins.getEnv "NIXREF_BENCH_TREE";
  file = i: root + "/d${toString (i / 100)}/f${toString (i - i / 100 * 100)}";
  all = fileset.unions (builtins.genList file 10000);
  evens = fileset.unions (builtins.genList (i: file (2 * i)) 5000);
  firstDirs = fileset.unions (builtins.genList (d: root + "/d${toString d}") 10);
  count = s: builtins.length (fileset.toList s);
in
{
  all = count all;
  odd = count (fileset.difference all evens);
  firstDirs = count (fileset.intersection evens firstDirs);
}
