# With __structuredAttrs, args still goes to the builder's arguments, not the JSON.
[
  (derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; __structuredAttrs = true; args = [ "-e" "x" ]; }).drvPath
  (derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; __structuredAttrs = true; }).drvPath
]
