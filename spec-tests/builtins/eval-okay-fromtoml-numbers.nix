# fromTOML numbers: bases, underscores, special floats
builtins.fromTOML ''
  hex = 0xDEAD_beef
  oct = 0o755
  bin = 0b1010
  big = 9223372036854775807
  small = -9223372036854775808
  under = 1_000_000
  plus = +5
  f1 = 6.626e-34
  f2 = -0.0
  f3 = 1e10
  pinf = inf
  ninf = -inf
  nan = nan
  mnan = -nan
''
