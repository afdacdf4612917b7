# Big sets: `listToAttrs`, `mapAttrs`, `attrNames`, lookups (`.`, `?`, `or`) over 200k names.
let
  n = 200000;
  names = builtins.genList (i: "key${toString i}") n;
  base = builtins.listToAttrs (
    map (name: {
      inherit name;
      value = builtins.stringLength name;
    }) names
  );
  doubled = builtins.mapAttrs (name: v: v * 2) base;
  sum = builtins.foldl' (acc: name: acc + doubled.${name}) 0 names;
  present = builtins.length (builtins.filter (name: base ? ${name}) (builtins.attrNames doubled));
  fallback = builtins.foldl' (acc: i: acc + (doubled."nokey${toString i}" or 1)) 0 (
    builtins.genList (i: i) n
  );
in
{
  inherit sum present fallback;
}
