# any and all stop at the first deciding element
[ (builtins.any (x: x) [ true (throw "no") ]) (builtins.all (x: x) [ false (throw "no") ]) ]
