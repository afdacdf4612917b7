# Attributes given as expressions stay unevaluated in the result and in drvAttrs.
derivation { name = "hel" + "lo"; builder = "/bin/sh"; system = "x86_64-linux"; extra = throw "never"; }
