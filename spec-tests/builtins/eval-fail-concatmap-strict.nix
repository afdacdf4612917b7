# concatMap calls the function on every element at once
builtins.length (builtins.concatMap (x: if x == 2 then throw "two" else [ x ]) [ 1 2 ])
