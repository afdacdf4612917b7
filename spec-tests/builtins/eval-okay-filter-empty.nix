# filter on an empty list does not look at the predicate
builtins.filter 1 [ ]
