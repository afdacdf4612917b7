# the inherit source can be an arbitrary expression
{ inherit ({ a = 1; } // { b = 2; }) b; }
