# With several outputs the first is the result; the others are not evaluated yet.
derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "bin" "out" "dev" ]; }
