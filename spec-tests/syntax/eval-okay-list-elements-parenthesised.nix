# inside a list, adjacent parenthesised expressions are separate elements
[ (1) (2) ]
