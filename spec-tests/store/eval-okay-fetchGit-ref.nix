# fetchGit with a branch
builtins.fetchGit { url = ../../fixtures/store/repo.git; ref = "other"; }
