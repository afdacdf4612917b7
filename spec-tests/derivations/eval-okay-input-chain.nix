# A chain of three derivations, each using the previous one.
let
  one = derivation { name = "one"; builder = "/bin/sh"; system = "x86_64-linux"; };
  two = derivation { name = "two"; builder = "/bin/sh"; system = "x86_64-linux"; prev = one; };
  three = derivation { name = "three"; builder = "${two}/bin/build"; system = "x86_64-linux"; args = [ one ]; };
in [ three.drvPath three.outPath ]
