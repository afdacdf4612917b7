# A name whose first dash-separated part is a dot is invalid.
(derivation { name = ".-hidden"; builder = "/bin/sh"; system = "x86_64-linux"; }).drvPath
