# unsafeDiscardStringContext coerces like interpolation: paths go to the store, sets use outPath.
map builtins.unsafeDiscardStringContext [ ../../fixtures/derivations/input.txt { outPath = "out"; } { __toString = s: "str"; } ]
