# removeAttrs requires a list of names
removeAttrs { a = 1; } "a"
