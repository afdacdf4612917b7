# A path as builder is copied to the store and becomes an input source.
let d = derivation { name = "hello"; system = "x86_64-linux"; builder = ../../fixtures/derivations/builder.sh; };
in [ (toString d.drvAttrs.builder == toString ../../fixtures/derivations/builder.sh) d.drvPath d.outPath ]
