# any expression evaluating to a string can be interpolated
"n=${toString (1 + 2)} s=${if true then "yes" else "no"}"
