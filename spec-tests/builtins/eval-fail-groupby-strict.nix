# groupBy calls the function on every element at once
(builtins.groupBy (x: if x == 2 then throw "two" else "k") [ 1 2 ]).k
