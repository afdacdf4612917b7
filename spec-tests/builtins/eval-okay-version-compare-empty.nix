# compareVersions with empty versions: the empty component is below numbers and words
map (p: builtins.compareVersions (builtins.elemAt p 0) (builtins.elemAt p 1)) [ [ "" "1" ] [ "1" "" ] [ "a" "" ] [ "" "a" ] [ "" "" ] [ "1.2.3" "1.2.3." ] [ "1.2.3" "1.2.3-" ] ]
