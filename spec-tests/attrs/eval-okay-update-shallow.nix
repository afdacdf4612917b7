# // is not recursive
{ a = { x = 1; }; } // { a = { y = 2; }; }
