# An attribute that cannot become a string is an error naming it.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; f = x: x; }).drvPath
