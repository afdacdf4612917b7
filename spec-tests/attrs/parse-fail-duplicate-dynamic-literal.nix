# ${"a"} is static, so a duplicate with a is caught by the parser
{ ${"a"} = 1; a = 2; }
