# the constants true, false and null
[ true false null ]
