# unevaluated attribute values print as <CODE>
{ a = 1 + 1; b = "literal"; c = 3; }
