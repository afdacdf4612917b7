# booleans and null in JSON
[ true false null ]
