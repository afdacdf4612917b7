# fetchGit rejects unknown attributes
builtins.fetchGit { url = ../../fixtures/store/repo.git; owner = "x"; }
