# a long match overflows C++ Nix's stack (libstdc++ recurses once per state it passes)
let s = builtins.concatStringsSep "" (builtins.genList (_: "a") 600000); in builtins.match "a*" s
