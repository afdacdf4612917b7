# a block comment that is never closed
1 /* never closed
