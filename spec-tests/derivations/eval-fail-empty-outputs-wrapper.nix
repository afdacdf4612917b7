# derivation with no outputs fails before derivationStrict runs.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ ]; }).type
