# match: empty groups and empty patterns
[ (builtins.match "" "") (builtins.match "" "a") (builtins.match "()" "") (builtins.match "(|a)" "a") (builtins.match "a||b" "b") (builtins.match "|" "") (builtins.match "(^)*" "") ]
