# currentTime is an integer, the same at each use
[ (builtins.isInt builtins.currentTime) (builtins.currentTime == builtins.currentTime) ]
