# splitVersion: components split at . and - and between digits and non-digits
map builtins.splitVersion [ "1.2.3" "1.2-pre3" "1a2b" "a-b.c" "1_2" "2.3a" "10000000000000000000.1" "é1" "nix-2.26.3pre20250101_abcdef" ]
