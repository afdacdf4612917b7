# attribute values of the argument are lazy
({ a, b }: a) { a = 1; b = throw "unused"; }
