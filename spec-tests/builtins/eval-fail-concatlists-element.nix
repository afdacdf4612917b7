# concatLists requires lists inside the list
builtins.concatLists [ [ 1 ] 2 ]
