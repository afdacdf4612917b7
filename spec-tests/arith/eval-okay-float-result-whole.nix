# a whole-number float prints without a fraction but stays a float
let x = 4.0 / 2; in [ x (builtins.typeOf x) ]
