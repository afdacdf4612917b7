# fetchGit of a bare repository with shallow = true has no revCount
(builtins.fetchGit { url = ../../fixtures/store/repo.git; shallow = true; }).revCount
