# hashFile follows a symlink
builtins.hashFile "sha256" ../../fixtures/store/tree/link == builtins.hashFile "sha256" ../../fixtures/store/tree/a.txt
