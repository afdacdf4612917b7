# whitespace and newlines are insignificant between tokens
let
  x
  =
  1
  ;
in
  x
