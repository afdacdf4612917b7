# Without --show-trace, C++ Nix stops the trace once more than three frames are shown
# (a frame with a position counts twice), but still shows addErrorContext frames.
let f = n: if n == 0 then throw "bottom" else builtins.addErrorContext "at ${toString n}" (f (n - 1)); in builtins.toJSON [ [ [ [ (f 3) ] ] ] ]
