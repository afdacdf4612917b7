# split: each match is the longest among the alternatives at the leftmost position
[ (builtins.split "(a|ab)" "xabx") (builtins.split "(ab|a)" "xabx") (builtins.split "a|ab" "xabx") (builtins.split "(a)(b)?" "aab") ]
