# from and to must have the same length
builtins.replaceStrings [ "a" ] [ ] "abc"
