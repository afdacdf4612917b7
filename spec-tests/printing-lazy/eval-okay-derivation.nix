# A derivation printed lazily: drvPath, outPath and all stay unevaluated; out is the set itself.
derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; }
