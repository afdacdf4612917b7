# && requires booleans
1 && true
