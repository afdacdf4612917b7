# split: without a match the result is the input alone
[ (builtins.split "x" "abc") (builtins.split "a" "") (builtins.split "." "") ]
