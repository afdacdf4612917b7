# splitVersion: leading, repeated and trailing separators give no empty components
map builtins.splitVersion [ "" "." "-" "..1..a" "1.2." "1.2.-" "--1" ]
