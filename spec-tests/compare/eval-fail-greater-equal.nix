# >= reports incomparable types too
"a" >= 1
