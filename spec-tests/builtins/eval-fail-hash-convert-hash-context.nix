# the hash must not have a context
builtins.convertHash { hash = "${../../fixtures/paths/data.txt}"; toHashFormat = "sri"; }
