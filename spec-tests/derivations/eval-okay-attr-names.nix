# The attributes of a derivation's result with the default output.
builtins.attrNames (derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; })
