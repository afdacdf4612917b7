# paths compare equal after normalisation
[ (/a/b == /a/./b) (/a == /a/b/..) (/a == /b) ]
