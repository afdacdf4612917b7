# No output may be called drvPath.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "drvPath" ]; }).drvPath
