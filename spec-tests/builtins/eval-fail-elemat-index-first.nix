# elemAt checks the index before the list
builtins.elemAt (throw "list") "0"
