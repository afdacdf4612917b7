# control characters are escaped in JSON
builtins.fromJSON "\"\\u0001\\u001f\""
