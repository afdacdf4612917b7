# a pipe operator is rejected when read, before a later syntax error
1 |> x: x
