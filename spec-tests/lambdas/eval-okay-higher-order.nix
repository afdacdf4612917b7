# functions as arguments and results
let twice = f: x: f (f x); in twice (twice (x: x + 3)) 0
