# \n in a double-quoted string is a newline
"a\nb"
