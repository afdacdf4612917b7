# other control characters are printed raw
"a" + builtins.fromJSON "\"\\u0001\"" + "b"
