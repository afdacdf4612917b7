# a formal listed twice
{ a, a }: a
