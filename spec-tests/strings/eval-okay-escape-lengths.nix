# escapes produce single characters
map builtins.stringLength [ "\n" "\t" "\r" "\\" "\"" "\$" "\q" ]
