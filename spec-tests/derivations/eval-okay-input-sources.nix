# Store paths from interpolated files and toFile become input sources.
let
  script = builtins.toFile "script.sh" "echo hello";
  d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; data = ../../fixtures/derivations/input.txt; script = "${script}"; };
in [ d.drvPath d.outPath ]
