# match: both sides of | are tried and the longest wins; groups come from the first path reaching it
[ (builtins.match "(a|ab)(c|bcd)(d*)" "abcd") (builtins.match "(a|ab)(bc|c)" "abc") (builtins.match "(ab|a)(bc|c)" "abc") (builtins.match "(a|ab)(b*)" "abb") ]
