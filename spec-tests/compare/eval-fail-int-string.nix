# comparing an int with a string
1 < "a"
