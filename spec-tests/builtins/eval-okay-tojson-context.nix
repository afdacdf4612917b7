# toJSON keeps the contexts of the strings it writes
let d = derivation { name = "x"; builder = "b"; system = "s"; }; in builtins.getContext (builtins.toJSON { inherit d; p = d.drvPath; })
