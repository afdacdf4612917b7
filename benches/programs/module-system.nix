# nixpkgs lib's module system: 3000 options, each a submodule with 4 typed sub-options
# with defaults, 8 modules defining values (mkDefault, mkForce, mkIf, mkMerge), the whole
# `config` forced. Needs NIXPKGS_LIB (a folder with nixpkgs lib's default.nix).
let
  lib = import (/. + builtins.getEnv "NIXPKGS_LIB");
  inherit (lib)
    types
    mkOption
    mkDefault
    mkForce
    mkIf
    mkMerge
    ;
  n = 3000;
  mod = a: b: a - a / b * b;
  name = i: "service${toString i}";
  # one attribute per service, `f i` its value
  forAll = f: builtins.listToAttrs (builtins.genList (i: { name = name i; value = f i; }) n);

  service = types.submodule {
    options = {
      enable = mkOption {
        type = types.bool;
        default = false;
      };
      port = mkOption {
        type = types.int;
        default = 0;
      };
      user = mkOption {
        type = types.str;
        default = "nobody";
      };
      tags = mkOption {
        type = types.listOf types.str;
        default = [ ];
      };
    };
  };

  declarations = {
    options.services = forAll (
      i:
      mkOption {
        type = service;
        default = { };
        description = "service number ${toString i}";
      }
    );
  };

  definitions = [
    # enable every service by default
    { services = forAll (i: { enable = mkDefault true; }); }
    # ports
    { services = forAll (i: { port = 1000 + i; }); }
    # a tag for every service
    { services = forAll (i: { tags = [ "base" ]; }); }
    # users, for a third of them
    { services = forAll (i: mkIf (mod i 3 == 0) { user = "user${toString i}"; }); }
    # every seventh is forced off
    { services = forAll (i: mkIf (mod i 7 == 0) { enable = mkForce false; }); }
    # several definitions merged
    {
      services = forAll (
        i:
        mkMerge [
          { tags = [ "merged" ]; }
          (mkIf (mod i 2 == 0) { tags = [ "even" ]; })
        ]
      );
    }
    # definitions that read the configuration
    (
      { config, ... }:
      {
        services = forAll (
          i:
          let
            self = config.services.${name i};
          in
          {
            tags = mkIf self.enable [ "on:${toString self.port}" ];
          }
        );
      }
    )
    # a default overridden by the definition above
    { services = forAll (i: { port = mkDefault 1; }); }
  ];

  result = lib.evalModules { modules = [ declarations ] ++ definitions; };
  services = builtins.attrValues result.config.services;
  count = f: builtins.length (builtins.filter f services);
in
builtins.deepSeq result.config {
  enabled = count (s: s.enable);
  withUser = count (s: s.user != "nobody");
  ports = builtins.foldl' (acc: s: acc + s.port) 0 services;
  tags = builtins.foldl' (acc: s: acc + builtins.length s.tags) 0 services;
}
