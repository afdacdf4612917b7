# compareVersions: "pre" sorts before everything, even the missing component
map (p: builtins.compareVersions (builtins.elemAt p 0) (builtins.elemAt p 1)) [ [ "2.3pre1" "2.3" ] [ "2.3" "2.3pre1" ] [ "2.3pre3" "2.3pre12" ] [ "2.3pre1" "2.3c" ] [ "pre" "" ] [ "" "pre" ] [ "pre" "a" ] [ "1.pre" "1" ] [ "1pre" "1.0" ] [ "1.2.3" "1.2.3.pre" ] [ "pre" "pre" ] ]
