# the first name that differs, in creation order: `key` exists before the file is read,
# `""` and `b` are created by it, so `key` is reported, not `""`
assert { key = 0; b = 0; y = 0; } == { "" = 0; b = 0; y = 0; };
0
