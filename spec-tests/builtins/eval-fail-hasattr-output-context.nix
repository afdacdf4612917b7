# a name referring to a derivation output names it as !out!<drv> in the error
let d = derivation { name = "x"; builder = "b"; system = "s"; }; in builtins.hasAttr "${d}" { }
