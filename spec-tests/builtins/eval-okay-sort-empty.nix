# sort of an empty list does not look at the comparator
builtins.sort 1 [ ]
