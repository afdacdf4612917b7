# equality of lists of different lengths does not force elements
[ (throw "a") ] == [ (throw "b") (throw "c") ]
