# a set with outPath is printed as its outPath
{ a = { outPath = "/some/path"; other = 1; }; }
