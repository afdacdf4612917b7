# derivationStrict returns only drvPath and one path per output.
builtins.derivationStrict { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "doc" ]; }
