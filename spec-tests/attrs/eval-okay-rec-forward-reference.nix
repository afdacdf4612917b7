# rec attributes may refer to later ones
rec { a = b; b = 2; }
