# Strings: 1M interpolations, `concatStringsSep`, `replaceStrings`, `split`.
let
  n = 1000000;
  parts = builtins.genList (
    i: "item-${toString i}-${if i / 2 * 2 == i then "even" else "odd"}"
  ) n;
  joined = builtins.concatStringsSep "," parts;
  replaced = builtins.replaceStrings [ "item-" "even" "odd" ] [ "" "E" "O" ] joined;
  # `split` on a slice, so that C++ Nix's std::regex does not dominate
  pieces = builtins.split "," (builtins.substring 0 200000 replaced);
in
{
  joined = builtins.stringLength joined;
  replaced = builtins.stringLength replaced;
  pieces = builtins.length pieces;
}
