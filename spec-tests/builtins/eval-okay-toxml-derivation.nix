# toXML of derivations: drvPath and outPath as attributes, a repeated one elided
let d = { type = "derivation"; drvPath = "/nix/store/x.drv"; outPath = "/nix/store/x"; name = "x"; }; in builtins.toXML [ d d ]
