# toString of a function
toString (x: x)
