# passAsFile is an ordinary attribute for the evaluator.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; passAsFile = [ "script" ]; script = "echo hi"; }).drvPath
