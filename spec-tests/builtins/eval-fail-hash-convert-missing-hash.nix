# the hash attribute is required
builtins.convertHash { toHashFormat = "sri"; }
