# `f or` (a call of f on a variable named `or`) is warned about where its meaning would
# change: as an argument, a list element, a selection's default; in C++ Nix's order (a
# call inside another first). Not as the head of a call, alone, or in parentheses.
let
  or = 1;
  f = x: x;
  g = x: [ x ];
  h = x: y: x + y;
in
{
  argument = g f or;
  element = [ f or ];
  nested = g (h f or) or;
  default = { }.a or f or;
  lambda = (x: x * 2) (x: x + 1) or;
  head = h or 2;
  alone = f or;
  parens = g (f or);
  multiline = h (f or) (x:
    x) or;
}
