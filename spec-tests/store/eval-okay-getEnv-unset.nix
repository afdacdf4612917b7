# getEnv of an unset variable is the empty string
builtins.getEnv "NIXREF_SURELY_UNSET_VARIABLE"
