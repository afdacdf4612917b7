# the algo: prefix is looked for before the SRI algo- prefix
builtins.convertHash { hash = "md5-abc:def"; toHashFormat = "sri"; }
