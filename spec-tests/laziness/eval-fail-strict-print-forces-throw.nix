# --strict printing forces a throwing attribute
{ a = 1; b = throw "forced by printing"; }
