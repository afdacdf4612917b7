# double-quoted strings may span lines literally
"line1
line2"
