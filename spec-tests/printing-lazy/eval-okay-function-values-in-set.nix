# function-valued attributes print as <CODE> until forced
{ f = x: x; g = builtins.add; }
