# booleans cannot be ordered
true < false
