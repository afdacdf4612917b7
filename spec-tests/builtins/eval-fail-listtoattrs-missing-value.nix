# listToAttrs requires a value for a new name
builtins.listToAttrs [ { name = "a"; } ]
