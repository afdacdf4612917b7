# Attribute values of every type become environment strings (null and false are empty, lists are joined).
(derivation {
  name = "hello"; builder = "/bin/sh"; system = "x86_64-linux";
  anInt = 42;
  aFloat = 1.5;
  yes = true;
  no = false;
  nothing = null;
  aList = [ 1 "two" [ ] [ 3 [ 4 ] ] null false true 2.5 ];
  nested = [ [ ] [ ] "x" ];
  withToString = { __toString = self: "from __toString"; };
  withOutPath = { outPath = "an out path"; };
}).drvPath
