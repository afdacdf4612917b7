# booleans and null
{ t = true; f = false; n = null; }
