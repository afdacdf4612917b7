# with an empty set pattern as an argument, the error is at the colon
f { }: 1
