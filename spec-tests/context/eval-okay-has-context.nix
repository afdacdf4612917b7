# hasContext tells whether a string refers to store paths.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; in [ (builtins.hasContext "plain") (builtins.hasContext "${d}") (builtins.hasContext "${../../fixtures/derivations/input.txt}") (builtins.hasContext (builtins.unsafeDiscardStringContext "${d}")) ]
