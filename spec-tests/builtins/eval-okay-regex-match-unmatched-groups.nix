# match: groups that did not take part are null
[ (builtins.match "(a)|b" "b") (builtins.match "(a)|(b)" "b") (builtins.match "(a)?b" "b") (builtins.match "(a?)((ab)?)(b?)" "ab") (builtins.match "((a)|b)+" "b") ]
