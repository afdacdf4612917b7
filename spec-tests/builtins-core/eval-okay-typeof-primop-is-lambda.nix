# builtins report type lambda
[ (builtins.typeOf builtins.typeOf) (builtins.typeOf import) ]
