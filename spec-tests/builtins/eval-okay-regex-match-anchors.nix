# match: ^ and $ only match at the ends of the input, and count as terms
[ (builtins.match "^a$" "a") (builtins.match "a^" "a") (builtins.match "(^a)" "a") (builtins.match "a$b" "ab") (builtins.match "(a|^)b" "b") ]
