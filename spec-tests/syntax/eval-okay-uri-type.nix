# URI literals have type string
builtins.typeOf https://nixos.org
