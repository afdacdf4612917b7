# rec set attributes beat an enclosing with
with { a = "with"; }; rec { a = "rec"; b = a; }
