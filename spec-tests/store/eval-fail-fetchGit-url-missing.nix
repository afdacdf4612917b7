# fetchGit needs a url
builtins.fetchGit { ref = "x"; }
