# or requires a default expression
{ a = 1; }.b or
