# A drvPath (the derivation with its closure) cannot be an input when nothing is in the store.
let dep = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; }; in (derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; d = dep.drvPath; }).drvPath
