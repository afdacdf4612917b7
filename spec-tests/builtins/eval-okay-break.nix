# break returns its argument outside the debugger
builtins.break { a = 1; }
