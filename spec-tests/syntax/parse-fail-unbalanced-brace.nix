# an attribute set that is never closed
{ a = 1;
