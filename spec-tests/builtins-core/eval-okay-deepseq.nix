# deepSeq returns its second argument after forcing the first
builtins.deepSeq [ 1 [ 2 ] { a = 3; } ] "ok"
