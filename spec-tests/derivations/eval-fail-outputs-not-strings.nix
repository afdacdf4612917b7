# With structured attributes, outputs must be a list of strings.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; __structuredAttrs = true; outputs = "out"; }).drvPath
