# sets with different attribute counts are unequal without forcing values
{ a = throw "x"; } == { a = throw "y"; b = 1; }
