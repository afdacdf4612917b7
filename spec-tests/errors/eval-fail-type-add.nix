# adding an integer to a string
1 + "a"
