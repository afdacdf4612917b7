# the optional copies of a{0,n} count towards the state limit
builtins.split "(a{0,50000})" "a"
