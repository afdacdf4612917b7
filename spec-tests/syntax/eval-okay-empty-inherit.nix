# an inherit with no names is allowed
[ { inherit; } (let inherit; in 1) ]
