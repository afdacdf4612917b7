# fetchGit: an invalid branch name
builtins.fetchGit { url = ../../fixtures/store/repo.git; ref = "a..b"; }
