# // requires sets on both sides
{ a = 1; } // [ 1 ]
