# groupBy requires string keys
builtins.groupBy (x: x) [ 1 ]
