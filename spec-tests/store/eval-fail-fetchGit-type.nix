# fetchGit does not take a type
builtins.fetchGit { type = "git"; url = "x"; }
