# concatLists joins the lists in order
builtins.concatLists [ [ 1 ] [ ] [ 2 3 ] [ [ 4 ] ] ]
