# fetchGit: a rev that is not a SHA-1
builtins.fetchGit { url = ../../fixtures/store/repo.git; rev = "abc"; }
