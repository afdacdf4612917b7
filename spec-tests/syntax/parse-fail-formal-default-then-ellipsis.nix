# after a formal with a default, bison expects the end of the formals or a comma
{ b ? 0 ... }: b
