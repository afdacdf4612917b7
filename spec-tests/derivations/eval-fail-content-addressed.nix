# Floating content-addressed derivations are an experimental feature.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; __contentAddressed = true; }).drvPath
