# - is left associative
10 - 3 - 2
