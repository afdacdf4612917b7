# shared empty containers are printed in full
let e = { }; l = [ ]; in [ e e l l ]
