# With __structuredAttrs, a derivation inside the JSON is its output path and becomes an input.
let dep = derivation { name = "dep"; builder = "/bin/sh"; system = "x86_64-linux"; };
in (derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; __structuredAttrs = true; deps = [ dep ]; }).drvPath
