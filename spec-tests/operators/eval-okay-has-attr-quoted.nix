# ? accepts a quoted attribute name
{ a = 1; } ? "a"
