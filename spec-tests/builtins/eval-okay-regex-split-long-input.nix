# split on a long input: each search only recurses as deep as its own match
let s = builtins.concatStringsSep "" (builtins.genList (_: "ab") 300000); in builtins.length (builtins.split "b" s)
