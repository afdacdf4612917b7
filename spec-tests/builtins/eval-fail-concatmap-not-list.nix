# concatMap requires the function to return lists
builtins.concatMap (x: x) [ 1 ]
