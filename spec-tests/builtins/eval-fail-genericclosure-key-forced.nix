# genericClosure forces the second element of a list key compared with a key of the same first element
let
  mk = i: { key = [ (i / 8) (if i == 13 then throw "13 compared" else i) ]; };
in builtins.genericClosure {
  startSet = map mk [ 23 4 17 19 22 5 7 4 50 51 52 53 1 2 3 30 31 13 14 ];
  operator = x: [ ];
}
