# trace returns its second argument
builtins.trace { a = 1; b = [ 2 ]; } "result"
