# functions print as <LAMBDA>, builtins as <PRIMOP>, partial builtins as <PRIMOP-APP>
[ (x: x) builtins.map (builtins.map (x: x)) ]
