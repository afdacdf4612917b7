# ${ outside a string is not valid
${"a"}
