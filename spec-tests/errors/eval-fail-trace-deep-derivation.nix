# A derivation 2000 deep whose innermost input fails: the trace is cut short and its
# repeated frames folded, so the message stays a few lines long.
let mk = n: derivation { name = "d${toString n}"; builder = "/bin/sh"; system = "x86_64-linux"; dep = if n == 0 then throw "bottom" else mk (n - 1); }; in (mk 2000).drvPath
