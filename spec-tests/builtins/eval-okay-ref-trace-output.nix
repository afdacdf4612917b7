# trace writes a string as it is and other values with the error printer, unforced parts as «thunk»
builtins.trace "a string" (builtins.trace { a = 1; b = 1 + 1; c = [ 1 ]; } (builtins.trace [ (x: x) null ] "done"))
