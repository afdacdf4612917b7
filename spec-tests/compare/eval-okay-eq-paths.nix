# path equality after normalisation
[ (/a/b == /a/b) (/a/./b == /a/b) (/a == /b) ]
