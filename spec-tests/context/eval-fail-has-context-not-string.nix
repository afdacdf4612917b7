# hasContext does not coerce sets.
builtins.hasContext { outPath = "x"; }
