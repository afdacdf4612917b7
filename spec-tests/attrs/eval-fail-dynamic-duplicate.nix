# duplicate dynamic attributes are detected at evaluation time
{ ${"a"} = 1; ${"a"} = 2; }
