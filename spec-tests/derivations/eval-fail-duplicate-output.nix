# Output names must be distinct.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" "out" ]; }).drvPath
