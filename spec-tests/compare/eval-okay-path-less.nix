# paths are ordered by their text
[ (/a < /b) (/a/b < /a/c) (/z < /a/b) ]
