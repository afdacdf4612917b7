# selecting an attribute with .
{ a = 1; b = 2; }.b
