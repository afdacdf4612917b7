# the same nested attribute path twice
{ a.b = 1; a.b = 2; }
