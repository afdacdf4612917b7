# The output paths replace attributes of the same name in the environment.
[
  (derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; out = "ignored"; }).drvPath
  (derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; }).drvPath
]
