# \\ and \" escapes
[ "back\\slash" "quo\"te" ]
