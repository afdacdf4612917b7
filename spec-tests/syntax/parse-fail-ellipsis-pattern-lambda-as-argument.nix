# a set pattern of only an ellipsis, as an argument, fails at the ellipsis
f { ... }: 1
