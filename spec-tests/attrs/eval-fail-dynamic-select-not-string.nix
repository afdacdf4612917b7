# a dynamic selector must evaluate to a string
{ a = 1; }.${1}
