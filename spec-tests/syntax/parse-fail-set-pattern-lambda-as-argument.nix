# a function with a set pattern as an argument is read as a set literal, which fails at the first formal
f { a, b }: a
