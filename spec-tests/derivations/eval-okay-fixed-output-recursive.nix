# A recursive (NAR) SHA-256 fixed output: its path is a source path.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputHashMode = "recursive"; outputHashAlgo = "sha256"; outputHash = "1b8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s"; };
in [ d.drvPath d.outPath ]
