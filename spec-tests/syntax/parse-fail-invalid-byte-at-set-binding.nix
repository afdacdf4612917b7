# an invalid byte where a binding of a set starts
{ a = 1;  = 2; }
