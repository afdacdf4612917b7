# match: a backslash makes the special characters .[\()*+?{|^$ ordinary; ] and } are ordinary anyway
[ (builtins.match "\\.\\*\\+\\?" ".*+?") (builtins.match "\\(\\)\\[\\{\\|" "()[{|") (builtins.match "\\^\\$\\\\" "^$\\") (builtins.match "]}" "]}") (builtins.match "a\\{2}" "a{2}") ]
