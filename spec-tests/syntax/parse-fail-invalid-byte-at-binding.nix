# an invalid byte where a binding starts: bison says what may start one
let a = 1;  = 2; in a
