# split: ^ only matches at the very start, $ at the very end
[ (builtins.split "^" "ab") (builtins.split "$" "ab") (builtins.split "^|a" "ba") (builtins.split "(^a)" "aaa") (builtins.split "a$" "aaa") ]
