# toXML keeps the contexts of the strings it writes (a repeated derivation adds none)
let d = derivation { name = "x"; builder = "b"; system = "s"; }; in builtins.getContext (builtins.toXML [ d d ])
