# an empty pattern matches at every position, including the end
[ (builtins.replaceStrings [ "" ] [ "X" ] "abc") (builtins.replaceStrings [ "" ] [ "X" ] "") (builtins.replaceStrings [ "" "b" ] [ "X" "Y" ] "abc") (builtins.replaceStrings [ "b" "" ] [ "Y" "X" ] "abc") ]
