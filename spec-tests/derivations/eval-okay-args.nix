# args gives the builder's arguments, each coerced like an attribute.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; args = [ "-c" "echo hi" 7 null true [ "a" "b" ] ]; }).drvPath
