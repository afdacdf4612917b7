# args must be a list.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; args = "-c"; }).drvPath
