# a trailing dot in a file name is part of the name
[ (baseNameOf ./a.) (baseNameOf /x/b..) ]
