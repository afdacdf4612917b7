# only the attributes used are evaluated
with { a = throw "unused"; b = 1; }; b
