# match: a range of bytes 0x80-0xc3 (built with substring, as source files hold UTF-8)
let lo = builtins.substring 1 1 ""; hi = builtins.substring 0 1 "é"; in [ (builtins.match "[${lo}-${hi}]+" "éü") (builtins.match "[${lo}-${hi}]" "a") ]
