# a rec set whose attribute refers to another
rec { a = b; b = 1; }
