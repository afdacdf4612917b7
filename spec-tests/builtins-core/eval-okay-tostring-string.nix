# toString of a string is the string
toString "abc"
