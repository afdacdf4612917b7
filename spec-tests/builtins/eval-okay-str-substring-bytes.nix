# substring counts bytes, not characters
[ (builtins.stringLength (builtins.substring 0 1 "é")) (builtins.substring 0 1 "é" + builtins.substring 1 1 "é" == "é") (builtins.substring 1 3 "aéb") ]
