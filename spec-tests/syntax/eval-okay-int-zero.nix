# zero and leading zeros in integer literals
[ 0 00 007 ]
