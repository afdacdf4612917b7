# line and block comments are whitespace
[ 1 /* block */ 2 # line
  3 /* multi
  line */ 4 ]
