# readFileType: the type of the file itself; a symbolic link is not followed
map builtins.readFileType [ ../../fixtures/store/tree ../../fixtures/store/tree/a.txt ../../fixtures/store/tree/link ]
