# With several outputs, each is an attribute, next to the given ones.
builtins.attrNames (derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" "lib" ]; })
