# fetchGit with a name
(builtins.fetchGit { url = ../../fixtures/store/repo.git; name = "renamed"; }).outPath
