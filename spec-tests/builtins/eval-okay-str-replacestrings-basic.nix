# replaceStrings replaces every occurrence, left to right
[ (builtins.replaceStrings [ "oo" "a" ] [ "a" "i" ] "foobar") (builtins.replaceStrings [ "a" "b" ] [ "b" "a" ] "abba") (builtins.replaceStrings [ ] [ ] "abc") (builtins.replaceStrings [ "x" ] [ "y" ] "") (builtins.replaceStrings [ "aa" ] [ "b" ] "aaaaa") ]
