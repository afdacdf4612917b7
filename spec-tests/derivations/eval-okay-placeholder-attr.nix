# A placeholder is an ordinary string in the environment.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "bin" ]; binDir = "${placeholder "bin"}/bin"; }).drvPath
