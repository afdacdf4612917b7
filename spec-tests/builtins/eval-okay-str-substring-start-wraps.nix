# C++ Nix compares the start with the length as a 32-bit value: 2^32 - 1 is past the end
[ (builtins.substring 4294967295 1 "abc") (builtins.substring 4294967301 1 "abc") (builtins.substring 9223372036854775807 9223372036854775807 "abc") ]
