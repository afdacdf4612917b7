# all checks the function before the list
builtins.all 1 (throw "list")
