# an attribute literally named or can be selected
{ a = { or = "yes"; }; }.a.or
