# // is right associative and chains
{ a = 1; } // { a = 2; } // { a = 3; b = 1; }
