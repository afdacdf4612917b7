# __ignoreNulls leaves out attributes that are null; without it they are empty strings.
[
  (derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; opt = null; }).drvPath
  (derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; opt = null; __ignoreNulls = false; }).drvPath
  (derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; opt = null; __ignoreNulls = true; }).drvPath
  (derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; __ignoreNulls = true; }).drvPath
]
