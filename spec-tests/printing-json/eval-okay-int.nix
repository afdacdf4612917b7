# integers in JSON
[ 1 (-2) 9223372036854775807 ]
