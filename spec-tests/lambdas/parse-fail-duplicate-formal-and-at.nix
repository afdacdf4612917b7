# the @ name cannot repeat a formal
{ a, ... }@a: a
