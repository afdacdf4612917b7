# toString of a list joins elements with spaces
toString [ 1 "a" true false null 2.5 ]
