# a simple attribute set prints with sorted names
{ b = 2; a = 1; c = 3; }
