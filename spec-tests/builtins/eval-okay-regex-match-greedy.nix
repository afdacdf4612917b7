# match: repetitions are greedy and once a longer round succeeds a shorter one is not tried
[ (builtins.match "(a*)(a*)" "aaa") (builtins.match "(.*)(.*)" "ab") (builtins.match "(a*)+" "aa") (builtins.match "(a*)*" "aa") (builtins.match "(a*?)" "aa") (builtins.match "(a|aa)*" "aaa") ]
