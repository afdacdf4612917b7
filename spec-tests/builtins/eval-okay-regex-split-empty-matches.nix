# split: empty matches at every position, a non-empty match is tried first after an empty one
[ (builtins.split "x*" "ab") (builtins.split "" "abc") (builtins.split "()" "ab") (builtins.split "a*" "baaac") (builtins.split "a|" "bab") (builtins.split "b*|a" "ab") ]
