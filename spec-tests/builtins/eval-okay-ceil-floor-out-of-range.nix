# ceil and floor of huge, infinite and NaN floats give the smallest integer, no error
let inf = 1.0e308 * 10; in [ (builtins.ceil 1.0e300) (builtins.floor (-1.0e300)) (builtins.ceil inf) (builtins.floor (-inf)) (builtins.floor (0.0 * inf)) (builtins.ceil 9.2233720368547e18) ]
