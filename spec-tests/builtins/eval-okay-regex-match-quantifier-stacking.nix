# match: quantifiers can follow quantifiers
[ (builtins.match "a**" "aa") (builtins.match "a+*" "") (builtins.match "a?+" "a") (builtins.match "(a*)+?" "aa") ]
