# lambdas capture their lexical environment
let mk = n: (x: x + n); f = mk 10; n = 1000; in f 1
