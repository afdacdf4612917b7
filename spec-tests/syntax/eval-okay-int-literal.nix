# a plain decimal integer literal
42
