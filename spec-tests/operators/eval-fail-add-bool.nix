# booleans cannot be added
true + 1
