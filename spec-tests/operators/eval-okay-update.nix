# // merges two sets, right wins
{ a = 1; b = 1; } // { b = 2; }
