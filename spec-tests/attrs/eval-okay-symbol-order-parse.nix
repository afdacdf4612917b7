# The order in which C++ Nix's parser creates names decides the order in which a set's
# attributes are forced: source order, except that a lambda's parameter is created after
# its body and a formal after its default; a string name without interpolation is static.
let
  t = builtins.trace;
  f = pp: qq: { ss = 1; };
  g = { dd ? (ee: 0), ff }: 1;
  h = gg@{ hh }: hh;
  i = { jj }@kk: jj;
in
builtins.deepSeq {
  kk = t "kk" 0; jj = t "jj" 0; ii = t "ii" 0; hh = t "hh" 0; gg = t "gg" 0;
  ff = t "ff" 0; ee = t "ee" 0; dd = t "dd" 0; ss = t "ss" 0; qq = t "qq" 0; pp = t "pp" 0;
  ${"mm"} = t "mm" 0; "ll" = t "ll" 0; ${"nn" + ""} = t "nn" 0; "o${"o"}" = t "oo" 0;
} null
