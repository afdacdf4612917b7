# `builtins.sort` of 400k pseudo-random ints with a lambda comparator.
let
  n = 400000;
  m = 2147483648;
  # one linear congruential step per element, reduced modulo 2^31
  rand = i: let x = i * 1103515245 + 12345; in x - x / m * m;
  xs = builtins.genList rand n;
  sorted = builtins.sort (a: b: a < b) xs;
  at = builtins.elemAt sorted;
in
{
  length = builtins.length sorted;
  first = at 0;
  middle = at (n / 2);
  last = at (n - 1);
}
