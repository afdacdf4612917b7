# an attribute binding without its semicolon
{ a = 1 b = 2; }
