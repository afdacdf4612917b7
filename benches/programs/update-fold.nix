# `//` in a fold: 20k updates, each adding one attribute to a growing set.
let
  n = 20000;
  s = builtins.foldl' (acc: i: acc // { "a${toString i}" = i; }) { } (builtins.genList (i: i) n);
in
{
  size = builtins.length (builtins.attrNames s);
  some = s.a12345;
}
