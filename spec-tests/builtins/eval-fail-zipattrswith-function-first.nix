# zipAttrsWith checks the function before the list
builtins.zipAttrsWith 1 (throw "list")
