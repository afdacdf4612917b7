# Overlay fixpoints in the style of nixpkgs (our own `fix` / `extends`): 200 overlays over
# a 2000-attribute package set, using `//`, `with`, `or`, then every package forced.
let
  inherit (builtins) genList listToAttrs foldl' attrValues length;
  mod = a: b: a - a / b * b;
  n = 2000;
  layers = 200;
  name = i: "pkg${toString i}";

  fix = f: let x = f x; in x;
  extends =
    overlay: f: final:
    let
      prev = f final;
    in
    prev // overlay final prev;

  # the base set: each package depends on two earlier ones, through `final`
  base =
    final:
    listToAttrs (
      genList (i: {
        name = name i;
        value = {
          pname = name i;
          version = 1;
          deps = if i < 2 then [ ] else [ final.${name (i / 2)} final.${name (i - 1)} ];
          size = i;
        };
      }) n
    )
    // {
      lib = {
        bump = p: p // { version = p.version + 1; };
      };
    };

  # overlay k rewrites 1000 packages and adds one of its own
  overlay =
    k: final: prev:
    listToAttrs (
      genList (
        j:
        let
          pkgName = name (mod (k * 37 + j * 101) n);
          old = prev.${pkgName};
        in
        {
          name = pkgName;
          value =
            with prev.lib;
            bump old
            // {
              patches = (old.patches or [ ]) ++ [ "overlay${toString k}" ];
              size = old.size + (prev.${name (mod k n)}.version or 0);
            };
        }
      ) 1000
    )
    // (with final; {
      "extra${toString k}" = {
        pname = "extra${toString k}";
        version = pkg0.version + k;
        deps = [ pkg1 ];
        size = (prev."extra${toString (k - 1)}".size or 0) + 1;
      };
    });

  pkgs = fix (foldl' (f: k: extends (overlay k) f) base (genList (k: k) layers));
  packages = builtins.filter (p: p ? pname) (attrValues pkgs);
  # force every package and what it depends on
  weight = p: p.version + p.size + length (p.patches or [ ]) + length p.deps;
in
{
  packages = length packages;
  weight = foldl' (acc: p: acc + weight p + foldl' (a: d: a + weight d) 0 p.deps) 0 packages;
}
