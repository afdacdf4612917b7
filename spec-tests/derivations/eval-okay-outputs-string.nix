# A string outputs attribute is split at whitespace.
builtins.derivationStrict { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = " out\tdev\nman  "; }
