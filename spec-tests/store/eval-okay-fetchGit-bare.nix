# fetchGit of a local bare repository: HEAD's branch, export-ignore honoured
builtins.fetchGit ../../fixtures/store/repo.git
