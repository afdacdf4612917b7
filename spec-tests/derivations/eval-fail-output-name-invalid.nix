# Output names end up in store path names.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "bad!" ]; }).drvPath
