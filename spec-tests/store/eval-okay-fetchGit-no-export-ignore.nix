# fetchGit with exportIgnore = false keeps ignored files
builtins.fetchGit { url = ../../fixtures/store/repo.git; exportIgnore = false; }
