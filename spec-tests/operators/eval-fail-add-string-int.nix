# string + int is a type error
"a" + 1
