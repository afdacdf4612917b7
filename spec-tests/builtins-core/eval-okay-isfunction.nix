# isFunction
[ (builtins.isFunction (x: x)) (builtins.isFunction ({ a }: a)) (builtins.isFunction builtins.head) (builtins.isFunction { __functor = s: s; }) ]
