# attribute sets in XML with sorted names
{ b = 1; a = "x"; "c d" = { }; }
