# Frames seen before a fold stay seen: after recursing in `down` then in `up`, the
# second run of `down` is folded into the fold after `up`.
let
  down = again: n: if n > 0 then down again (n - 1) else if again then up 8 else throw "end";
  up = n: if n > 0 then up (n - 1) else down false 8;
in
down true 8
