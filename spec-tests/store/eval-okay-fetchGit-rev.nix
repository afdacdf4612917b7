# fetchGit with a rev
builtins.fetchGit { url = ../../fixtures/store/repo.git; rev = "8f14fc526daa2cd740bdcd83a9ee63d6ecad3a98"; }
