# attribute names can be quoted strings in selection
{ "a b" = 1; }."a b"
