# a path is never equal to a string
/a == "/a"
