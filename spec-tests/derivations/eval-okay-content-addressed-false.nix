# __contentAddressed = false and __impure = false are ordinary attributes.
[
  (derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; __contentAddressed = false; }).drvPath
  (derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; __impure = false; }).drvPath
]
