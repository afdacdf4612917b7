# warn returns its second argument
builtins.warn "careful\nsecond line" [ 1 ]
