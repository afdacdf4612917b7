# match: a repeated group holds its last round, and inner groups keep values from earlier rounds
[ (builtins.match "(a|b)*" "ab") (builtins.match "((a)|b)*" "ab") (builtins.match "(a|(b))*" "ba") (builtins.match "(a+|b+)*c" "aabbc") (builtins.match "([ab])+" "abba") ]
