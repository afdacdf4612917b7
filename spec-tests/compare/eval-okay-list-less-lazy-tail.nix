# list comparison stops at the first difference
[ 1 (throw "unused") ] < [ 2 (throw "unused") ]
