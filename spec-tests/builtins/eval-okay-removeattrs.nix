# removeAttrs drops the listed names; missing ones are fine
removeAttrs { a = 1; b = 2; c = 3; } [ "a" "z" "c" "a" ]
