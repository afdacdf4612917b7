# list elements are separated by whitespace
[ 1 "two" 3.0 [ 4 ] { five = 5; } ]
