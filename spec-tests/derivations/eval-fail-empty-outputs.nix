# derivationStrict needs at least one output.
builtins.derivationStrict { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ ]; }
