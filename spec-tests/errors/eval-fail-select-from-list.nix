# selecting an attribute from a list
[ 1 2 ].a
