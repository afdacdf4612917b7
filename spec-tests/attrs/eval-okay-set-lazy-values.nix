# attribute values are only evaluated when used
{ a = throw "unused"; b = 1; }.b
