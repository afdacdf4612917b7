# attribute sets are JSON objects with sorted keys
{ b = 1; a = 2; "c d" = 3; }
