# derivation takes a set with an optional outputs attribute.
builtins.functionArgs derivation
