# builtins.derivation is itself a value computed on first use.
{ inherit (builtins) derivation derivationStrict; }
