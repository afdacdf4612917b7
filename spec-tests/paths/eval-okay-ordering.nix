# paths are ordered by their text
[ (/a/b < /a/c) (/b < /a/z) (/a < /a/b) ]
