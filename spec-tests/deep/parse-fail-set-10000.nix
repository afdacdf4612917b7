{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
{ a =
1
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
