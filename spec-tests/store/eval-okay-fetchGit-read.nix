# the tree fetchGit gives can be read
builtins.readDir (builtins.fetchGit ../../fixtures/store/repo.git)
