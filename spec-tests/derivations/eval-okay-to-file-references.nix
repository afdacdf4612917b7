# Store paths in toFile's contents are references of the file; the result refers only to the file.
let
  a = builtins.toFile "a" "first";
  f = builtins.toFile "b" "uses ${a} and ${../../fixtures/derivations/input.txt}";
in { path = f; context = builtins.getContext f; }
