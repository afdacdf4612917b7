# a function with an '@' pattern as an argument fails at the '@'
f args@{ a }: a
