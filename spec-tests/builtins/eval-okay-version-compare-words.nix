# compareVersions: a number sorts after a word, words compare bytewise
map (p: builtins.compareVersions (builtins.elemAt p 0) (builtins.elemAt p 1)) [ [ "2.3.1" "2.3a" ] [ "2.3a" "2.3c" ] [ "2.3a" "2.3" ] [ "a" "b" ] [ "B" "a" ] [ "1a" "1" ] [ "1" "1a" ] [ "1.a" "1.1" ] ]
