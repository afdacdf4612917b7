# fetchGit with a tag
builtins.fetchGit { url = ../../fixtures/store/repo.git; ref = "refs/tags/v1"; }
