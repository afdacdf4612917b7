# selecting with a quoted static name
{ a = 1; }."a"
