# elements are coerced as in interpolation: sets with outPath or __toString, and paths (copied to the store)
builtins.concatStringsSep " " [ { outPath = "o"; } { __toString = self: "t"; } ../../fixtures/paths/data.txt ]
