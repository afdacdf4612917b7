# fromTOML: a bad escape on a later line; the line number column widens for line 10
builtins.fromTOML "a = 1\nb = 2\nc = 3\nd = 4\ne = 5\nf = 6\ng = 7\nh = 8\ni = 9\nj = \"\\q\""
