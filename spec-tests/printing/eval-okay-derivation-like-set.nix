# a set with type = "derivation" is printed as a plain set by --strict
{ type = "derivation"; name = "x"; }
