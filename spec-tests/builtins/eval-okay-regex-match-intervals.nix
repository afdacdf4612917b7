# match: counted repetitions
[ (builtins.match "a{2}" "aa") (builtins.match "a{2}" "aaa") (builtins.match "a{2,}" "aaaa") (builtins.match "(a){1,3}" "aa") (builtins.match "a{0}" "") (builtins.match "a{0,0}b" "b") (builtins.match "(ab){1,2}{3}" "ababab") (builtins.match "a{1}{2}" "aa") (builtins.match "a{00002}" "aa") ]
