# attributes are printed sorted by name
{ z = 1; a = 2; m = 3; A = 4; _ = 5; }
