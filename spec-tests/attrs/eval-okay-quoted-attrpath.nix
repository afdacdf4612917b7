# a quoted first component in an attribute path
{ "a".b = 1; "c d".e = 2; }
