# __ignoreNulls must be a Boolean.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; __ignoreNulls = 1; }).drvPath
