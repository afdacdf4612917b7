# fetchGit: negative integers are rejected
builtins.fetchGit { url = ../../fixtures/store/repo.git; revCount = -1; }
