# @ must combine an identifier with a set pattern
a@b: a
