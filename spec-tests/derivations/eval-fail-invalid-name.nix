# The name must be a valid store path name.
(derivation { name = "hello world"; builder = "/bin/sh"; system = "x86_64-linux"; }).drvPath
