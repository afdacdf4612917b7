# a path with an empty segment is a syntax error
/a//b
