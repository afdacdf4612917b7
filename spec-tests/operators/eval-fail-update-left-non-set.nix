# // requires a set on the left
1 // { }
