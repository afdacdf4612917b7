# only six significant digits are printed
[ 3.14159265 2.718281828 (1.0 / 3) 0.1234567 ]
