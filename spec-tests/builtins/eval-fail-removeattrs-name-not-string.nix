# removeAttrs requires string names, even unused ones
removeAttrs { a = 1; } [ "a" 1 ]
