# Only derivations producing a .drv file may have a name ending in .drv.
(derivation { name = "x.drv"; builder = "/bin/sh"; system = "x86_64-linux"; }).drvPath
