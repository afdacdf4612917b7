# genericClosure compares list keys lazily: a second element is only forced against a key with the same first
let
  mk = i: { key = [ (i / 8) (if i == 13 then throw "13 compared" else i) ]; };
in map (x: builtins.head x.key) (builtins.genericClosure {
  startSet = map mk [ 23 4 17 19 22 5 7 4 50 51 52 53 1 2 3 30 31 13 ];
  operator = x: [ ];
})
