# scalars at the top level print normally
[ 1 2.5 "x" true null ]
