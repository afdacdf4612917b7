# compareVersions: digit runs beyond a C int are words, not numbers
map (p: builtins.compareVersions (builtins.elemAt p 0) (builtins.elemAt p 1)) [ [ "99999999999" "1" ] [ "1" "99999999999" ] [ "2147483647" "2147483648" ] [ "2147483648" "2147483649" ] [ "00000000002147483647" "2147483646" ] [ "00000000002147483648" "2" ] [ "99999999999" "a" ] ]
