# a replacement is only forced when its pattern occurs
builtins.replaceStrings [ "a" "b" ] [ "c" (throw "not forced") ] "aa"
