# Without --show-trace the calls add no frames; the five repeated attribute frames are
# few enough to be shown after all.
let f = n: if n == 0 then throw "bottom" else { v = f (n - 1); }.v; in f 5
