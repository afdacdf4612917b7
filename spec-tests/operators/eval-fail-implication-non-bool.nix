# -> requires booleans
null -> true
