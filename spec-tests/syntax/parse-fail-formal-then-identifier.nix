# after a formal, bison expects the end of the formals or a comma
{ a, b c }: a
