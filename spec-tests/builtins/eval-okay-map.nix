# map applies lazily
builtins.elemAt (builtins.map (x: if x == 2 then throw "two" else x * 10) [ 1 2 3 ]) 2
