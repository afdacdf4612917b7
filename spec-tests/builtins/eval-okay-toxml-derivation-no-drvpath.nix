# toXML writes a derivation without a (non-empty) drvPath as <repeated />
builtins.toXML [ { type = "derivation"; name = "a"; } { type = "derivation"; drvPath = ""; } ]
